using Microsoft.Extensions.Options;
using Monitoring.Abstractions;
using Monitoring.Feeds;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Sources;
using Monitoring.Storage;

namespace Monitoring.Silo.Api;

/// <summary>What became of one item of a bulk registration: <c>created</c>, <c>exists</c> or <c>invalid</c> (with the reason).</summary>
public sealed record BulkItemResult(int Index, string? Url, string Result, string? Id, string? Error, SourceCheckResult? Check);

/// <summary>What a bulk registration did, item by item in the order given.</summary>
public sealed record BulkRegistrationResult(int Created, int Existing, int Invalid, IReadOnlyList<BulkItemResult> Items);

/// <summary>
/// Registers many feeds at once: every item is checked on its own (a bad one is reported, the rest go on),
/// the new ones are written to the catalog in one transaction, and no source grain is called: each
/// takes its registration from its catalog row when the scheduler first wakes it.
/// </summary>
public sealed class BulkRegistration(
    ISourceCatalog catalog,
    FeedFetcher fetcher,
    TimeProvider time,
    IOptions<PollingOptions> polling,
    IOptions<SchedulerOptions> scheduler)
{
    public const string Created = "created";
    public const string Exists = "exists";
    public const string Invalid = "invalid";

    /// <summary>
    /// Feed checks in flight at once. A check waits on the network, not the CPU; the bound keeps a batch of dead
    /// hosts from holding hundreds of sockets, and per-host politeness still applies inside it.
    /// </summary>
    public const int CheckConcurrency = 32;

    /// <param name="validate">Fetch and parse each feed not yet registered first, refusing those that fail (as a single add does).</param>
    public async Task<BulkRegistrationResult> RegisterAsync(IReadOnlyList<(string? Url, string? Title)> items, bool validate, CancellationToken ct)
    {
        var results = new BulkItemResult?[items.Count];
        var inputs = new SourceInput[items.Count];
        var firstOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var candidates = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            inputs[i] = SourceInput.Parse(items[i].Url, items[i].Title);
            if (inputs[i].Error is { } error)
            {
                results[i] = new BulkItemResult(i, items[i].Url, Invalid, null, error, null);
            }
            else if (!firstOf.TryAdd(inputs[i].Id!, i))
            {
                // The same feed listed twice: registered once, by its first mention.
                results[i] = new BulkItemResult(i, inputs[i].Canonical, Exists, inputs[i].Id, null, null);
            }
            else
            {
                candidates.Add(i);
            }
        }

        var checks = new SourceCheckResult?[items.Count];
        if (validate)
        {
            var unknown = new List<int>();
            foreach (var i in candidates)
            {
                if (await catalog.GetAsync(inputs[i].Id!, ct) is null)
                {
                    unknown.Add(i);
                }
            }
            await Parallel.ForEachAsync(unknown, new ParallelOptions { MaxDegreeOfParallelism = CheckConcurrency, CancellationToken = ct },
                async (i, token) => checks[i] = await SourceCheck.RunAsync(fetcher, new Uri(inputs[i].Canonical!), token));
            foreach (var i in unknown.Where(i => checks[i] is { Ok: false }))
            {
                results[i] = new BulkItemResult(i, inputs[i].Canonical, Invalid, inputs[i].Id, checks[i]!.Error, checks[i]);
            }
            candidates.RemoveAll(i => results[i] is not null);
        }

        var now = time.GetUtcNow();
        var rows = candidates.Select(i => new NewSource(
            new CatalogEntry(inputs[i].Id!, inputs[i].Canonical!, inputs[i].Title, now,
                new SourceHealth { State = SourceState.New, NextPollAt = now, Interval = polling.Value.DefaultInterval }),
            SourceIds.Shard(inputs[i].Id!, scheduler.Value.Shards), now)).ToList();
        var inserted = await catalog.AddManyAsync(rows, ct);
        for (var k = 0; k < candidates.Count; k++)
        {
            var i = candidates[k];
            results[i] = new BulkItemResult(i, inputs[i].Canonical, inserted[k] ? Created : Exists, inputs[i].Id, null, checks[i]);
        }

        var all = results.Select(r => r!).ToList();
        return new BulkRegistrationResult(
            all.Count(r => r.Result == Created), all.Count(r => r.Result == Exists), all.Count(r => r.Result == Invalid), all);
    }
}
