using System.Runtime.CompilerServices;
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
    private readonly Slot[] _slots;
    private readonly int _mask;

    private readonly record struct Slot(string? Word, uint Hash, WordClass Classes);

    public Lexicon(IEnumerable<string> nameStarts)
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
        foreach (var start in nameStarts)
        {
            classes[start] = classes.GetValueOrDefault(start) | WordClass.NameStart;
        }
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, classes.Count * 4));
        _slots = new Slot[size];
        _mask = size - 1;
        foreach (var (word, wordClasses) in classes)
        {
            var hash = Hash(word);
            var i = (int)hash & _mask;
            while (_slots[i].Word is not null)
            {
                i = (i + 1) & _mask;
            }
            _slots[i] = new Slot(word, hash, wordClasses);
        }
    }

    /// <summary>The classes of a token written <paramref name="text"/>, <paramref name="lower"/> in lower case.</summary>
    public WordClass Classify(ReadOnlySpan<char> text, ReadOnlySpan<char> lower, bool lowered) =>
        lowered ? Classify(text, lower, Hash(text), Hash(lower)) : Of(text, Hash(text));

    /// <summary>
    /// As <see cref="Classify(ReadOnlySpan{char}, ReadOnlySpan{char}, bool)"/> for a word with capitals whose
    /// hashes (<see cref="Start"/>, <see cref="Step"/>, <see cref="Finish"/>) the caller made while lowering it.
    /// </summary>
    public WordClass Classify(ReadOnlySpan<char> text, ReadOnlySpan<char> lower, uint textHash, uint lowerHash) =>
        (Of(lower, lowerHash) & ~WordClasses.ExactCase) | (Of(text, textHash) & WordClasses.ExactCase);

    /// <summary>The classes of a word written in lower case, hashed by the caller.</summary>
    public WordClass Of(ReadOnlySpan<char> word, uint hash)
    {
        for (var i = (int)hash & _mask; ; i = (i + 1) & _mask)
        {
            ref readonly var slot = ref _slots[i];
            if (slot.Word is null)
            {
                return WordClass.None;
            }
            if (slot.Hash == hash && word.SequenceEqual(slot.Word))
            {
                return slot.Classes;
            }
        }
    }

    // FNV-1a over the characters, mixed at the end so that the low bits index well.
    public const uint Start = 2166136261u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Finish(uint hash) => hash ^ (hash >> 15);

    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = Start;
        foreach (var c in word)
        {
            hash = Step(hash, c);
        }
        return Finish(hash);
    }
}
