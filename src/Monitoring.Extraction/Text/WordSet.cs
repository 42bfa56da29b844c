namespace Monitoring.Extraction.Text;

/// <summary>A fixed set of words, looked up by span so that a token's text never has to become a string.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words, StringComparer? comparer = null) =>
        _lookup = new HashSet<string>(words, comparer ?? StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words of a space-separated list.</summary>
    public static WordSet Of(string words) => new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
