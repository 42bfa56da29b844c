using Monitoring.Extraction.Actors;

namespace Monitoring.Stories;

/// <summary>
/// What routing and matching look up in an article, computed once however many topics ask:
/// the folded names and forms of its actors and the imposers and targets of its measures (what the
/// Council of the EU adopts concerns the EU; sanctions on a minister concern the minister's state),
/// and its distinct lower-case words, sorted so that a keyword's prefix match is a binary search.
/// </summary>
public sealed class ArticleTerms
{
    private readonly StoryArticle _article;
    private string[]? _words;

    private ArticleTerms(HashSet<string> names, StoryArticle article)
    {
        Names = names;
        _article = article;
    }

    public HashSet<string> Names { get; }

    /// <summary>Distinct lower-case words of title and text, sorted; made on first use, as only keyword topics need them.</summary>
    public string[] Words => _words ??= WordsOf(_article);

    public static ArticleTerms Of(StoryArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in article.Actors)
        {
            names.Add(NameSimilarity.Fold(actor.Name));
            foreach (var form in actor.Forms)
            {
                names.Add(NameSimilarity.Fold(form));
            }
        }
        foreach (var measure in article.Measures)
        {
            names.Add(NameSimilarity.Fold(measure.Imposer));
            names.Add(NameSimilarity.Fold(measure.Target));
        }
        return new ArticleTerms(names, article);
    }

    private static string[] WordsOf(StoryArticle article)
    {
        var title = article.Title ?? "";
        var words = new HashSet<string>((title.Length + article.Text.Length) / 12, StringComparer.Ordinal);
        // Looked up by span: a word seen before costs no string.
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[64];
        foreach (var text in (ReadOnlySpan<string>)[title, article.Text])
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
                if (letter && start < 0)
                {
                    start = i;
                }
                else if (!letter && start >= 0)
                {
                    var word = text.AsSpan(start, i - start);
                    if (word.Length <= lower.Length)
                    {
                        var length = word.ToLowerInvariant(lower);
                        lookup.Add(lower[..length]);
                    }
                    else
                    {
                        words.Add(word.ToString().ToLowerInvariant());
                    }
                    start = -1;
                }
            }
        }
        var sorted = words.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    /// <summary>Whether a word of the article starts with <paramref name="prefix"/> (lower case).</summary>
    public bool HasWordStartingWith(string prefix)
    {
        var at = Array.BinarySearch(Words, prefix, StringComparer.Ordinal);
        if (at >= 0)
        {
            return true;
        }
        at = ~at;
        return at < Words.Length && Words[at].StartsWith(prefix, StringComparison.Ordinal);
    }
}
