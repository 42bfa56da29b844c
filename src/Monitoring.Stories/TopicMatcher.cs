using Monitoring.Extraction.Actors;

namespace Monitoring.Stories;

/// <summary>Whether an article belongs to a topic: its actors and keywords, nothing else.</summary>
public static class TopicMatcher
{
    public static bool Matches(TopicDefinition topic, StoryArticle article) => Matches(topic, article, ArticleTerms.Of(article));

    /// <summary><see cref="Matches(TopicDefinition, StoryArticle)"/> with the article's terms computed once for many topics.</summary>
    public static bool Matches(TopicDefinition topic, StoryArticle article, ArticleTerms terms)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(terms);
        // Indexed loops rather than lambdas or enumerators: this runs for every candidate topic of every article.
        var names = terms.Names;
        for (var i = 0; i < topic.AllActors.Count; i++)
        {
            if (!names.Contains(Key(topic.AllActors[i])))
            {
                return false;
            }
        }
        if (topic.AnyActors.Count > 0 && !NamesAny(topic.AnyActors, names))
        {
            return false;
        }
        if (topic.Keywords.Count == 0)
        {
            return true;
        }
        for (var i = 0; i < topic.Keywords.Count; i++)
        {
            if (HasKeyword(topic.Keywords[i], article, terms))
            {
                return true;
            }
        }
        return false;
    }

    private static bool NamesAny(IReadOnlyList<string> actors, HashSet<string> names)
    {
        for (var i = 0; i < actors.Count; i++)
        {
            if (names.Contains(Key(actors[i])))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Keys = new(StringComparer.Ordinal);

    /// <summary>A topic's actor as the reader names it: "EU" is the European Union, "Tokyo" is Japan. Kept once computed: topics name few actors.</summary>
    public static string Key(string actor) =>
        Keys.TryGetValue(actor, out var key) ? key : Keys.GetOrAdd(actor, a => NameSimilarity.Fold(Gazetteer.Default.Find(a)?.Name ?? a));

    /// <summary>
    /// A keyword matches the start of a word ("sanction" in "sanctions"), ignoring case; a keyword of
    /// several words is looked for as written, at a word start.
    /// </summary>
    private static bool HasKeyword(string keyword, StoryArticle article, ArticleTerms terms)
    {
        var k = keyword.Trim().ToLowerInvariant();
        if (!k.Contains(' ', StringComparison.Ordinal))
        {
            return k.Length > 0 && terms.HasWordStartingWith(k);
        }
        foreach (var text in new[] { article.Title ?? "", article.Text })
        {
            var at = 0;
            while ((at = text.IndexOf(k, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
                {
                    return true;
                }
                at += k.Length;
            }
        }
        return false;
    }
}
