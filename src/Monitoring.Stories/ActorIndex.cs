namespace Monitoring.Stories;

/// <summary>
/// A story's actors filed by the resolver's keys (<see cref="IActorResolver.FilingKeys"/>), their aliases and their
/// names, so that a name the story has not seen is compared with the few actors it could be, not with every
/// actor a long-running story has met. Kept beside the state in memory; rebuilt when the state was replaced
/// or changed behind it.
/// </summary>
internal sealed class ActorIndex
{
    private readonly Dictionary<string, ActorRecord> _source;
    private readonly IActorResolver _resolver;
    private readonly Dictionary<ActorRecord, int> _order = new(ReferenceEqualityComparer.Instance);
    // By the keys' hashes, each holding one actor or a list of them: a long story files thousands of actors under
    // about a dozen keys each, and most keys name one actor. Two keys sharing a hash only add a candidate.
    private readonly Dictionary<int, object> _byKey = [];
    private readonly Dictionary<string, List<ActorRecord>> _byAlias = new(StringComparer.OrdinalIgnoreCase);

    private ActorIndex(Dictionary<string, ActorRecord> source, IActorResolver resolver)
    {
        _source = source;
        _resolver = resolver;
        foreach (var record in source.Values)
        {
            Add(record);
        }
    }

    /// <summary>The index of <paramref name="state"/>'s actors for <paramref name="resolver"/>; null when the resolver gives no keys.</summary>
    public static ActorIndex? Of(StoryState state, IActorResolver resolver)
    {
        if (state.Index is { } index && index._source == state.Actors && index._resolver == resolver && index._order.Count == state.Actors.Count)
        {
            return index;
        }
        if (resolver.FilingKeys([], "") is null)
        {
            // A resolver without keys answers null for every name.
            return null;
        }
        return state.Index = new ActorIndex(state.Actors, resolver);
    }

    public void Add(ActorRecord record)
    {
        if (!_order.TryAdd(record, _order.Count))
        {
            return;
        }
        foreach (var key in _resolver.FilingKeys(record.NameParts, record.Kind)!)
        {
            FileByHash(StringComparer.Ordinal.GetHashCode(key), record);
        }
        foreach (var alias in record.Aliases)
        {
            File(_byAlias, alias, record);
        }
    }

    public void AddAlias(ActorRecord record, string alias) => File(_byAlias, alias, record);

    /// <summary>
    /// Every actor that may be the one named <paramref name="name"/> (split into <paramref name="parts"/>, with the
    /// article's <paramref name="forms"/>), in the order the story met them: those sharing a key, an alias, or a
    /// name among the forms. Any actor left out is one the resolver, the aliases and the forms all tell apart.
    /// </summary>
    public IEnumerable<ActorRecord> Candidates(string name, string[] parts, string kind, IReadOnlyList<string> forms)
    {
        var found = new List<ActorRecord>();
        foreach (var key in _resolver.LookupKeys(parts, kind) ?? [])
        {
            switch (_byKey.GetValueOrDefault(StringComparer.Ordinal.GetHashCode(key)))
            {
                case ActorRecord one:
                    found.Add(one);
                    break;
                case List<ActorRecord> several:
                    found.AddRange(several);
                    break;
            }
        }
        if (_byAlias.TryGetValue(name, out var aliased))
        {
            found.AddRange(aliased);
        }
        foreach (var form in forms)
        {
            if (_source.TryGetValue(form, out var named))
            {
                found.Add(named);
            }
        }
        if (found.Count > 1)
        {
            found.Sort((a, b) => _order.GetValueOrDefault(a, int.MaxValue).CompareTo(_order.GetValueOrDefault(b, int.MaxValue)));
        }
        return found; // an actor filed under two keys comes twice, and is compared twice: the first answers
    }

    private void FileByHash(int hash, ActorRecord record)
    {
        switch (_byKey.GetValueOrDefault(hash))
        {
            case null:
                _byKey[hash] = record;
                break;
            case ActorRecord one when !ReferenceEquals(one, record):
                _byKey[hash] = new List<ActorRecord>(2) { one, record };
                break;
            case List<ActorRecord> several when !ReferenceEquals(several[^1], record):
                several.Add(record);
                break;
        }
    }

    private static void File(Dictionary<string, List<ActorRecord>> index, string key, ActorRecord record)
    {
        if (!index.TryGetValue(key, out var records))
        {
            index[key] = records = [];
        }
        if (records.Count == 0 || !ReferenceEquals(records[^1], record))
        {
            records.Add(record);
        }
    }
}
