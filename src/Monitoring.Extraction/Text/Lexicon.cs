using System.Runtime.InteropServices;
using Monitoring.Extraction.Actors;
using Monitoring.Extraction.Measures;

namespace Monitoring.Extraction.Text;

/// <summary>
/// Every word a reading rule looks for, with its <see cref="WordClass"/>es: the rules' own word lists
/// and the first words of the gazetteer's names. One lookup per token (two for a word with capitals),
/// in an open-addressed table at most a quarter full, so that a word the rules do not know (most
/// words) is passed over after one probe.
/// </summary>
internal sealed class Lexicon
{
    // The hashes apart from the words and classes, so that a probe for a word the rules do not know
    // reads four bytes of a table small enough to stay in the processor's nearest cache.
    private readonly uint[] _hashes;
    private readonly Entry[] _entries;
    private readonly int _mask;

    private readonly record struct Entry(string Word, WordClass Classes, int Name);

    /// <param name="nameStarts">The first words of the gazetteer's names; a token written as word k of them gets <see cref="Token.Name"/> k + 1.</param>
    public Lexicon(IReadOnlyList<string> nameStarts)
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        // In list order; a status word met again takes the later status ("lifted" over "enacted").
        foreach (var (wordClass, words) in CueFinder.Vocabulary().Concat(StatusReader.Vocabulary()).Concat(Roles.Vocabulary())
                     .Concat(MeasureFinder.Vocabulary()).Concat(PersonCues.Vocabulary()))
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var known = classes.GetValueOrDefault(word);
                if ((wordClass & WordClasses.Statuses) != 0)
                {
                    known &= ~WordClasses.Statuses;
                }
                classes[word] = known | wordClass;
            }
        }
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var start in nameStarts)
        {
            classes[start] = classes.GetValueOrDefault(start) | WordClass.NameStart;
            names.TryAdd(start, names.Count + 1);
        }
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, classes.Count * 4));
        _hashes = new uint[size];
        _entries = new Entry[size];
        _mask = size - 1;
        foreach (var (word, wordClasses) in classes)
        {
            var hash = Hash(word);
            var i = (int)hash & _mask;
            while (_hashes[i] != Empty)
            {
                i = (i + 1) & _mask;
            }
            _hashes[i] = hash;
            _entries[i] = new Entry(word, wordClasses, names.GetValueOrDefault(word));
        }
    }

    /// <summary>The classes of a token written <paramref name="text"/>, <paramref name="lower"/> in lower case.</summary>
    public WordClass Classify(ReadOnlySpan<char> text, ReadOnlySpan<char> lower, bool lowered) => Classify(text, lower, lowered, out _);

    /// <summary>As <see cref="Classify(ReadOnlySpan{char}, ReadOnlySpan{char}, bool)"/>, with the <see cref="Token.Name"/> of the word as written.</summary>
    public WordClass Classify(ReadOnlySpan<char> text, ReadOnlySpan<char> lower, bool lowered, out int name)
    {
        var asWritten = Find(text);
        name = asWritten.Name;
        if (!lowered)
        {
            return asWritten.Classes;
        }
        return (Find(lower).Classes & ~WordClasses.ExactCase) | (asWritten.Classes & WordClasses.ExactCase);
    }

    private Entry Find(ReadOnlySpan<char> word)
    {
        var hash = Hash(word);
        for (var i = (int)hash & _mask; ; i = (i + 1) & _mask)
        {
            var probe = _hashes[i];
            if (probe == Empty)
            {
                return default;
            }
            if (probe == hash && word.SequenceEqual(_entries[i].Word))
            {
                return _entries[i];
            }
        }
    }

    /// <summary>The hash of no word (<see cref="Hash"/> never gives it): a free slot.</summary>
    private const uint Empty = 0;

    /// <summary>
    /// A multiply-mix over four characters at a time (a word's last block read overlapping the one before),
    /// so that a word costs a multiplication or two, not one per character; the high half is kept, where
    /// every character has been mixed in.
    /// </summary>
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var bytes = MemoryMarshal.AsBytes(word);
        var h = (ulong)word.Length * 0x9E3779B97F4A7C15UL;
        if (bytes.Length >= 8)
        {
            var i = 0;
            for (; i + 8 < bytes.Length; i += 8)
            {
                h = (h ^ MemoryMarshal.Read<ulong>(bytes[i..])) * 0xC2B2AE3D27D4EB4FUL;
                h ^= h >> 31;
            }
            h = (h ^ MemoryMarshal.Read<ulong>(bytes[^8..])) * 0xC2B2AE3D27D4EB4FUL;
        }
        else if (bytes.Length > 0)
        {
            ulong block = bytes.Length switch
            {
                2 => MemoryMarshal.Read<ushort>(bytes),
                4 => MemoryMarshal.Read<uint>(bytes),
                _ => MemoryMarshal.Read<uint>(bytes) | ((ulong)MemoryMarshal.Read<ushort>(bytes[4..]) << 32),
            };
            h = (h ^ block) * 0xC2B2AE3D27D4EB4FUL;
        }
        return (uint)(h >> 32) | 0x8000_0000;
    }
}
