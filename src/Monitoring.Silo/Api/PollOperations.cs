using System.Collections.Concurrent;
using Monitoring.Abstractions;
using Monitoring.Storage;

namespace Monitoring.Silo.Api;

/// <summary>Which sources a poll-all polls; every field null polls them all.</summary>
public sealed record PollFilter(SourceState? State, string? Host, IReadOnlyList<string>? Ids)
{
    private HashSet<string>? _ids;

    public bool Matches(CatalogEntry entry) =>
        (State is null || entry.Health.State == State)
        && (Host is null || (Uri.TryCreate(entry.Url, UriKind.Absolute, out var url) && string.Equals(url.IdnHost, Host, StringComparison.OrdinalIgnoreCase)))
        && (Ids is null || (_ids ??= new HashSet<string>(Ids, StringComparer.Ordinal)).Contains(entry.Id));
}

/// <summary>One source a poll-all could not poll, and why.</summary>
public sealed record PollFailure(string SourceId, string? Error, int? HttpStatus);

/// <summary>
/// Where a poll-all stands: <see cref="Polled"/> counts sources done (failed ones included) out of
/// <see cref="Total"/>; <see cref="Failures"/> names the first failures.
/// </summary>
public sealed record PollProgress(
    string Id, string Status, PollFilter Filter, int Total, int Polled, int Failed,
    DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, IReadOnlyList<PollFailure> Failures);

/// <summary>
/// Polls a set of sources now, in the background, and keeps its progress for <c>GET /api/sources/poll/{id}</c>.
/// Progress lives in the memory of the silo that started the operation; it is lost with that process.
/// </summary>
public sealed class PollOperations(IGrainFactory grains, ISourceCatalog catalog, TimeProvider time, IHostApplicationLifetime lifetime)
{
    /// <summary>Polls in flight at once: enough to keep the network busy; per-host politeness still applies to each.</summary>
    public const int Concurrency = 64;

    /// <summary>Failures kept per operation (the count goes on).</summary>
    public const int MaxFailuresShown = 100;

    /// <summary>Finished operations remembered; the oldest are forgotten first.</summary>
    public const int MaxKept = 100;

    private readonly ConcurrentDictionary<string, Operation> _operations = new(StringComparer.Ordinal);

    /// <summary>Selects the sources now and starts polling them; returns at once.</summary>
    public async Task<PollProgress> StartAsync(PollFilter filter, CancellationToken ct)
    {
        var ids = await SelectAsync(filter, ct);
        var operation = new Operation(Guid.NewGuid().ToString("n"), filter, ids.Count, time.GetUtcNow());
        Forget();
        _operations[operation.Id] = operation;
        _ = Task.Run(() => RunAsync(operation, ids), CancellationToken.None);
        return operation.Progress();
    }

    public PollProgress? Get(string id) => _operations.TryGetValue(id, out var operation) ? operation.Progress() : null;

    private async Task<List<string>> SelectAsync(PollFilter filter, CancellationToken ct)
    {
        var ids = new List<string>();
        const int page = 1000;
        for (string? after = null; ;)
        {
            var batch = await catalog.ListAfterAsync(after, page, ct);
            ids.AddRange(batch.Where(filter.Matches).Select(e => e.Id));
            if (batch.Count < page)
            {
                return ids;
            }
            after = batch[^1].Id;
        }
    }

    private async Task RunAsync(Operation operation, List<string> ids)
    {
        try
        {
            await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = lifetime.ApplicationStopping },
                async (id, _) =>
                {
                    try
                    {
                        var report = await grains.GetGrain<ISourceGrain>(id).PollNow();
                        operation.Done(report.Succeeded ? null : new PollFailure(id, report.Error, report.HttpStatus));
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // A source removed since it was selected, or a silo gone: counted, not fatal to the rest.
                        operation.Done(new PollFailure(id, e.Message, null));
                    }
                });
            operation.Finish(time.GetUtcNow(), "done");
        }
        catch (OperationCanceledException)
        {
            operation.Finish(time.GetUtcNow(), "stopped");
        }
    }

    private void Forget()
    {
        var finished = _operations.Values.Where(o => o.FinishedAt is not null).OrderBy(o => o.StartedAt).ToList();
        foreach (var old in finished.Take(Math.Max(0, finished.Count - MaxKept + 1)))
        {
            _operations.TryRemove(old.Id, out _);
        }
    }

    private sealed class Operation(string id, PollFilter filter, int total, DateTimeOffset startedAt)
    {
        private readonly object _lock = new();
        private readonly List<PollFailure> _failures = [];
        private int _polled;
        private int _failed;
        private string _status = total == 0 ? "done" : "running";

        public string Id => id;

        public DateTimeOffset StartedAt => startedAt;

        public DateTimeOffset? FinishedAt { get; private set; } = total == 0 ? startedAt : null;

        public void Done(PollFailure? failure)
        {
            lock (_lock)
            {
                _polled++;
                if (failure is not null)
                {
                    _failed++;
                    if (_failures.Count < MaxFailuresShown)
                    {
                        _failures.Add(failure);
                    }
                }
            }
        }

        public void Finish(DateTimeOffset at, string status)
        {
            lock (_lock)
            {
                FinishedAt = at;
                _status = status;
            }
        }

        public PollProgress Progress()
        {
            lock (_lock)
            {
                return new PollProgress(id, _status, filter, total, _polled, _failed, startedAt, FinishedAt, _failures.ToList());
            }
        }
    }
}
