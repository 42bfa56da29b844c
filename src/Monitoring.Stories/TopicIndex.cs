using Monitoring.Extraction.Actors;

namespace Monitoring.Stories;

/// <summary>
/// Finds the topics an article can match without asking every topic. Each topic is filed under
/// one key it cannot match without: its first all-of actor, else each any-of actor, else each
/// keyword. An article looks up its actor names and, for keyword-only topics, its words.
/// </summary>
public sealed class TopicIndex
{
    private readonly Dictionary<string, HashSet<string>> _byActor = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byKeyword = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Dictionary<string, HashSet<string>> Map, string Key)>> _filed = new(StringComparer.Ordinal);
    private int _longestKeyword;

    public int Count => _filed.Count;

    public void Add(TopicDefinition topic)
    {
        Remove(topic.Id);
        var filed = new List<(Dictionary<string, HashSet<string>>, string)>();
        if (topic.AllActors.Count > 0)
        {
            filed.Add((_byActor, TopicMatcher.Key(topic.AllActors[0])));
        }
        else if (topic.AnyActors.Count > 0)
        {
            filed.AddRange(topic.AnyActors.Select(a => (_byActor, TopicMatcher.Key(a))));
        }
        else
        {
            // A keyword of several words is filed under its first; the matcher checks the rest.
            filed.AddRange(topic.Keywords.Select(k => (_byKeyword, k.Trim().Split(' ')[0].ToLowerInvariant())));
        }
        foreach (var (map, key) in filed)
        {
            if (!map.TryGetValue(key, out var ids))
            {
                map[key] = ids = new HashSet<string>(StringComparer.Ordinal);
            }
            ids.Add(topic.Id);
            if (map == _byKeyword)
            {
                _longestKeyword = Math.Max(_longestKeyword, key.Length);
            }
        }
        _filed[topic.Id] = filed;
    }

    public void Remove(string topicId)
    {
        if (!_filed.Remove(topicId, out var filed))
        {
            return;
        }
        foreach (var (map, key) in filed)
        {
            if (map.TryGetValue(key, out var ids) && ids.Remove(topicId) && ids.Count == 0)
            {
                map.Remove(key);
            }
        }
    }

    /// <summary>Topics that may match; confirm each with <see cref="TopicMatcher.Matches"/>.</summary>
    public IReadOnlySet<string> Candidates(StoryArticle article) => Candidates(ArticleTerms.Of(article));

    /// <summary>Topics that may match an article whose terms are already computed.</summary>
    public IReadOnlySet<string> Candidates(ArticleTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in terms.Names)
        {
            if (_byActor.TryGetValue(name, out var ids))
            {
                found.UnionWith(ids);
            }
        }
        if (_byKeyword.Count > 0)
        {
            foreach (var word in terms.Words)
            {
                // Keywords match word prefixes: try each prefix up to the longest keyword.
                for (var length = 1; length <= Math.Min(word.Length, _longestKeyword); length++)
                {
                    if (_byKeyword.TryGetValue(word[..length], out var ids))
                    {
                        found.UnionWith(ids);
                    }
                }
            }
        }
        return found;
    }
}
