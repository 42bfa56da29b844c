using System.Text.Json;
using Microsoft.Extensions.Options;
using Monitoring.Grains.Articles;
using Monitoring.Storage;
using Monitoring.Stories;

namespace Monitoring.Grains.Topics;

/// <summary>
/// This silo's copy of the topic routing index. Rebuilt from the topic list when it is older
/// than <see cref="RoutingOptions.IndexMaxAge"/>, so topics defined through another silo are picked
/// up; updated at once for topics defined through this one.
/// </summary>
/// <remarks>
/// Its age counts from before the list is read: a topic stored while the list was being read may be
/// missing from it, and must be in the next one within the bound a backfill waits out.
/// </remarks>
public sealed class TopicRoutingIndex(ITopicStore store, TimeProvider time, IOptions<RoutingOptions> options) : IDisposable
{
    private readonly TimeSpan _maxAge = options.Value.IndexMaxAge;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Snapshot? _snapshot;
    private long _invalidations;

    public async Task<IReadOnlyList<string>> CandidatesAsync(StoryArticle article, CancellationToken ct)
    {
        var snapshot = await CurrentAsync(ct);
        var terms = ArticleTerms.Of(article);
        var matching = new List<string>();
        foreach (var id in snapshot.Index.Candidates(terms))
        {
            if (snapshot.Topics.TryGetValue(id, out var definition) && TopicMatcher.Matches(definition, article, terms))
            {
                matching.Add(id);
            }
        }
        return matching;
    }

    /// <summary>Whether any topic is defined: with none, no article can be routed, so none needs reading.</summary>
    public async Task<bool> AnyTopicAsync(CancellationToken ct) => (await CurrentAsync(ct)).Topics.Count > 0;

    public void Dispose() => _refresh.Dispose();

    /// <summary>Forgets the snapshot so the next article sees a topic just defined or deleted.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _invalidations);
        _snapshot = null;
    }

    private async Task<Snapshot> CurrentAsync(CancellationToken ct)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && time.GetUtcNow() - snapshot.BuiltAt < _maxAge)
        {
            return snapshot;
        }
        await _refresh.WaitAsync(ct);
        try
        {
            snapshot = _snapshot;
            if (snapshot is not null && time.GetUtcNow() - snapshot.BuiltAt < _maxAge)
            {
                return snapshot;
            }
            var readFrom = time.GetUtcNow();
            var invalidations = Interlocked.Read(ref _invalidations);
            var index = new TopicIndex();
            var topics = new Dictionary<string, TopicDefinition>(StringComparer.Ordinal);
            foreach (var row in await store.ListTopicsAsync(ct))
            {
                var spec = JsonSerializer.Deserialize<TopicSpec>(row.DefinitionJson, Json);
                if (spec is null)
                {
                    continue;
                }
                var definition = StoryAdapter.ToDefinition(spec);
                index.Add(definition);
                topics[spec.Id] = definition;
            }
            snapshot = new Snapshot(index, topics, readFrom);
            if (Interlocked.Read(ref _invalidations) == invalidations)
            {
                // Kept only if no topic changed through this silo while the list was read: one that did may be missing.
                _snapshot = snapshot;
            }
            return snapshot;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private sealed record Snapshot(TopicIndex Index, Dictionary<string, TopicDefinition> Topics, DateTimeOffset BuiltAt);
}
