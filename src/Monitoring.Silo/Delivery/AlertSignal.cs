using System.Collections.Concurrent;
using Monitoring.Storage;

namespace Monitoring.Silo.Delivery;

/// <summary>
/// Wakes whoever waits for a topic's new alerts (live streams) or for new deliveries (the
/// dispatcher) in this process, and hands the dispatcher the deliveries this silo just queued so
/// it need not read them back. Waiters also poll, so work stored through another silo is seen
/// within a poll interval.
/// </summary>
public sealed class AlertSignal
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _topics = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(OutboxEntry Entry, Task Stored)>> _fresh = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ReadySubscription> _ready = new();
    private TaskCompletionSource _outbox = New();
    private long _subscriptionsVersion;

    /// <summary>A task that completes at the topic's next alert.</summary>
    public Task NextAlertAsync(string topicId) => _topics.GetOrAdd(topicId, _ => New()).Task;

    public Task NextDeliveryAsync() => Volatile.Read(ref _outbox).Task;

    /// <summary>Grows whenever a subscription is added, changed or removed through this silo.</summary>
    public long SubscriptionsVersion => Interlocked.Read(ref _subscriptionsVersion);

    public void SubscriptionsChanged() => Interlocked.Increment(ref _subscriptionsVersion);

    public void AlertsAdded(string topicId)
    {
        if (_topics.TryRemove(topicId, out var waiting))
        {
            waiting.TrySetResult();
        }
    }

    /// <summary>
    /// Deliveries just queued for the outbox, handed over as they are, in sequence order per
    /// subscription; <paramref name="stored"/> completes when they are committed. They may be sent
    /// before that, but nothing is written about them (acknowledged, failed, dead) until it has
    /// completed: on a store with several writers an acknowledgement that ran first would find no
    /// row, and the row committed after it would be sent again. A delivery whose row is lost is
    /// queued again from the alert log by the catch-up (with the same webhook-id).
    /// </summary>
    public void DeliveriesQueued(IReadOnlyList<OutboxEntry> entries, Task stored)
    {
        string? last = null;
        foreach (var entry in entries)
        {
            _fresh.GetOrAdd(entry.SubscriptionId, _ => new()).Enqueue((entry, stored));
            if (entry.SubscriptionId != last)
            {
                _ready.Enqueue(new ReadySubscription(entry.SubscriptionId, Stored: false));
                last = entry.SubscriptionId;
            }
        }
        Wake();
    }

    /// <summary>Deliveries were queued or changed in the database by other means (a dead-letter replay): the dispatcher reads them there.</summary>
    public void DeliveriesStored(IEnumerable<string> subscriptions)
    {
        foreach (var id in subscriptions)
        {
            _ready.Enqueue(new ReadySubscription(id, Stored: true));
        }
        Wake();
    }

    /// <summary>Asks the dispatcher to look at a subscription again, without news of where its work is.</summary>
    internal void Again(string subscriptionId)
    {
        _ready.Enqueue(new ReadySubscription(subscriptionId, Stored: false));
        Wake();
    }

    /// <summary>Subscriptions named since the last call.</summary>
    internal List<ReadySubscription> TakeReady()
    {
        var ready = new List<ReadySubscription>();
        while (_ready.TryDequeue(out var next))
        {
            ready.Add(next);
        }
        return ready;
    }

    /// <summary>
    /// Up to <paramref name="limit"/> of the deliveries handed over for a subscription, oldest first,
    /// and a task that completes once all of them were committed or failed to be.
    /// </summary>
    internal (List<OutboxEntry> Entries, Task Committed) TakeFresh(string subscriptionId, int limit)
    {
        var taken = new List<OutboxEntry>();
        var writes = new HashSet<Task>();
        if (_fresh.TryGetValue(subscriptionId, out var queue))
        {
            while (taken.Count < limit && queue.TryDequeue(out var item))
            {
                taken.Add(item.Entry);
                writes.Add(item.Stored);
            }
        }
        return (taken, Settled(writes));
    }

    /// <summary>
    /// Forgets what was handed over for a subscription once it is committed, so that reading the
    /// outbox next finds all of it (a write that failed is left to the catch-up).
    /// </summary>
    internal async Task DropFreshAsync(string subscriptionId)
    {
        if (!_fresh.TryGetValue(subscriptionId, out var queue))
        {
            return;
        }
        var writes = new HashSet<Task>();
        while (queue.TryDequeue(out var item))
        {
            writes.Add(item.Stored);
        }
        // Every write, not only the last: with several writers (PostgreSQL) they commit in any order,
        // and an ordered subscription read before an earlier one committed would skip past it.
        await Settled(writes);
    }

    /// <summary>Completes when every write has ended, committed or not (a failed one is the catch-up's).</summary>
    private static Task Settled(HashSet<Task> writes) => writes.Count switch
    {
        0 => Task.CompletedTask,
        1 when writes.First().IsCompleted => Task.CompletedTask,
        _ => Task.WhenAll(writes).ContinueWith(_ => { }, TaskScheduler.Default),
    };

    /// <summary>Forgets a subscription's queue altogether (it is gone or disabled).</summary>
    internal void ForgetFresh(string subscriptionId) => _fresh.TryRemove(subscriptionId, out _);

    private void Wake() => Interlocked.Exchange(ref _outbox, New()).TrySetResult();

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>A subscription with work; <c>Stored</c> when the work is known only to the database.</summary>
internal readonly record struct ReadySubscription(string Id, bool Stored);
