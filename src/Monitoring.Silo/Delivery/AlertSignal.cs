using System.Collections.Concurrent;

namespace Monitoring.Silo.Delivery;

/// <summary>
/// Wakes whoever waits for a topic's new alerts (live streams) or for new deliveries (the
/// dispatcher) in this process. Waiters also poll, so alerts written through another silo
/// are seen within a poll interval.
/// </summary>
public sealed class AlertSignal
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _topics = new(StringComparer.Ordinal);
    private TaskCompletionSource _outbox = New();

    /// <summary>A task that completes at the topic's next alert.</summary>
    public Task NextAlertAsync(string topicId) => _topics.GetOrAdd(topicId, _ => New()).Task;

    public Task NextDeliveryAsync() => Volatile.Read(ref _outbox).Task;

    public void AlertsAdded(string topicId)
    {
        if (_topics.TryRemove(topicId, out var waiting))
        {
            waiting.TrySetResult();
        }
    }

    private readonly ConcurrentQueue<string> _ready = new();

    /// <summary>Deliveries were queued; <paramref name="subscriptions"/> names whose, so they can start without asking the database.</summary>
    public void DeliveriesAdded(IEnumerable<string>? subscriptions = null)
    {
        foreach (var id in subscriptions ?? [])
        {
            _ready.Enqueue(id);
        }
        Interlocked.Exchange(ref _outbox, New()).TrySetResult();
    }

    /// <summary>Subscriptions named by <see cref="DeliveriesAdded"/> since the last call.</summary>
    public List<string> TakeReady()
    {
        var ids = new List<string>();
        while (_ready.TryDequeue(out var id))
        {
            ids.Add(id);
        }
        return ids;
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
