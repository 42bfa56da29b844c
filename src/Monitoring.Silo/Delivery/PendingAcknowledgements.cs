using Monitoring.Storage;

namespace Monitoring.Silo.Delivery;

/// <summary>
/// The alerts of one batch delivered but not yet removed from the outbox. What a silo killed mid-batch
/// delivered and had not removed is delivered again (same <c>webhook-id</c>) by the next silo, so they are
/// written at least every <see cref="Every"/>: after a delivery, and also while a slow receiver holds the
/// next one, so the window does not grow with the receiver's answer time.
/// </summary>
internal sealed class PendingAcknowledgements(ISubscriptionStore store, TimeProvider time, string subscriptionId, Lane lane, Task committed)
{
    /// <summary>Longest a delivered alert waits for its acknowledgement, give or take one write.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    private readonly List<long> _delivered = [];
    private DateTimeOffset _written = time.GetUtcNow();

    public void Add(long sequence) => _delivered.Add(sequence);

    /// <summary>Writes what is pending when the last write is <see cref="Every"/> old.</summary>
    public Task WriteIfDueAsync(CancellationToken ct) => time.GetUtcNow() - _written >= Every ? WriteAsync(ct) : Task.CompletedTask;

    /// <summary>Awaits <paramref name="attempt"/>, writing what is pending whenever it falls due meanwhile.</summary>
    public async Task<T> WhileAsync<T>(Task<T> attempt, CancellationToken ct)
    {
        while (_delivered.Count > 0 && !attempt.IsCompleted)
        {
            var wait = _written + Every - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
                var due = Task.Delay(wait, time, stop.Token);
                var first = await Task.WhenAny(attempt, due);
                await stop.CancelAsync();
                if (first == attempt || due.IsCanceled)
                {
                    break;
                }
            }
            await WriteAsync(ct);
        }
        return await attempt;
    }

    /// <summary>Removes the delivered rows in one write and remembers the last one.</summary>
    public async Task WriteAsync(CancellationToken ct)
    {
        // Rows handed over before their commit are written to only after it: a removal that ran first would remove nothing.
        await committed;
        if (_delivered.Count > 0)
        {
            await store.AcknowledgeAsync(subscriptionId, [.. _delivered], ct);
            lane.LastDelivered = Math.Max(lane.LastDelivered, _delivered[^1]);
            _delivered.Clear();
        }
        _written = time.GetUtcNow();
    }
}
