using Monitoring.Extraction.Actors;

namespace Monitoring.Stories;

/// <summary>
/// Whether an article belongs to a topic: its actors, then either a measure the reader found between
/// them or one of its keywords. A found measure is the strongest sign of topic, whatever the words
/// ("export ban" names no "sanction"); keywords widen a topic, they are not required on top of it.
/// </summary>
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
        if (topic.Keywords.Count == 0 || HasMeasureBetweenActors(topic, article))
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

    /// <summary>A measure whose imposer and target are both the topic's actors (the one actor, when the topic names one).</summary>
    private static bool HasMeasureBetweenActors(TopicDefinition topic, StoryArticle article)
    {
        var actors = topic.AllActors.Count + topic.AnyActors.Count;
        if (actors == 0)
        {
            return false;
        }
        for (var i = 0; i < article.Measures.Count; i++)
        {
            var m = article.Measures[i];
            var imposer = IsTopicActor(topic, NameSimilarity.Fold(m.Imposer));
            var target = IsTopicActor(topic, NameSimilarity.Fold(m.Target));
            if (actors == 1 ? imposer || target : imposer && target)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsTopicActor(TopicDefinition topic, string folded)
    {
        for (var i = 0; i < topic.AllActors.Count; i++)
        {
            if (Key(topic.AllActors[i]) == folded)
            {
                return true;
            }
        }
        for (var i = 0; i < topic.AnyActors.Count; i++)
        {
            if (Key(topic.AnyActors[i]) == folded)
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
