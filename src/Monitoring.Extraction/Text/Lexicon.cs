using Monitoring.Extraction.Actors;
using Monitoring.Extraction.Measures;

namespace Monitoring.Extraction.Text;

/// <summary>
/// Every word a reading rule looks for, with its <see cref="WordClass"/>es: the rules' own word lists
/// and the first words of the gazetteer's names. One lookup per token (two for a word with capitals).
/// </summary>
internal sealed class Lexicon
{
    private readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _classes;

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
        _classes = classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The classes of a token written <paramref name="text"/>, <paramref name="lower"/> in lower case.</summary>
    public WordClass Classify(ReadOnlySpan<char> text, ReadOnlySpan<char> lower, bool lowered)
    {
        if (!lowered)
        {
            return Of(text);
        }
        return (Of(lower) & ~WordClasses.ExactCase) | (Of(text) & WordClasses.ExactCase);
    }

    private WordClass Of(ReadOnlySpan<char> word) => _classes.TryGetValue(word, out var c) ? c : WordClass.None;
}
