using Monitoring.Extraction.Actors;

namespace Monitoring.Stories;

/// <summary>Whether an article belongs to a topic: its actors and keywords, nothing else.</summary>
public static class TopicMatcher
{
    public static bool Matches(TopicDefinition topic, StoryArticle article)
    {
        var names = NamesOf(article);
        if (topic.AllActors.Any(a => !names.Contains(Key(a))))
        {
            return false;
        }
        if (topic.AnyActors.Count > 0 && !topic.AnyActors.Any(a => names.Contains(Key(a))))
        {
            return false;
        }
        return topic.Keywords.Count == 0 || HasKeyword(topic.Keywords, article);
    }

    /// <summary>A topic's actor as the reader names it: "EU" is the European Union, "Tokyo" is Japan.</summary>
    public static string Key(string actor) => NameSimilarity.Fold(Gazetteer.Default.Find(actor)?.Name ?? actor);

    /// <summary>Canonical names and surface forms of the article's actors, folded.</summary>
    internal static HashSet<string> NamesOf(StoryArticle article)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in article.Actors)
        {
            names.Add(NameSimilarity.Fold(actor.Name));
            foreach (var form in actor.Forms)
            {
                names.Add(NameSimilarity.Fold(form));
            }
        }
        return names;
    }

    /// <summary>A keyword matches the start of a word ("sanction" in "sanctions"), ignoring case.</summary>
    private static bool HasKeyword(IReadOnlyList<string> keywords, StoryArticle article)
    {
        foreach (var text in new[] { article.Title ?? "", article.Text })
        {
            foreach (var keyword in keywords)
            {
                var at = 0;
                while ((at = text.IndexOf(keyword, at, StringComparison.OrdinalIgnoreCase)) >= 0)
                {
                    if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
                    {
                        return true;
                    }
                    at += keyword.Length;
                }
            }
        }
        return false;
    }
}
