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

    /// <summary>
    /// Topics that may match an article whose terms are already computed. When one key alone finds
    /// topics, the index's own set is returned: read it before the index changes.
    /// </summary>
    public IReadOnlySet<string> Candidates(ArticleTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        HashSet<string>? only = null;
        HashSet<string>? found = null;
        void Add(HashSet<string> ids)
        {
            if (only is null && found is null)
            {
                only = ids;
                return;
            }
            if (found is null)
            {
                found = new HashSet<string>(only!.Count + ids.Count, StringComparer.Ordinal);
                found.UnionWith(only);
            }
            found.UnionWith(ids);
        }
        foreach (var name in terms.Names)
        {
            if (_byActor.TryGetValue(name, out var ids))
            {
                Add(ids);
            }
        }
        if (_byKeyword.Count > 0)
        {
            var byPrefix = _byKeyword.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var word in terms.Words)
            {
                // Keywords match word prefixes: try each prefix up to the longest keyword.
                for (var length = 1; length <= Math.Min(word.Length, _longestKeyword); length++)
                {
                    if (byPrefix.TryGetValue(word.AsSpan(0, length), out var ids))
                    {
                        Add(ids);
                    }
                }
            }
        }
        return (IReadOnlySet<string>?)found ?? only ?? Empty;
    }

    private static readonly HashSet<string> Empty = [];
}
