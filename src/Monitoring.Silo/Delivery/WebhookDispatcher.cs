using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Monitoring.Grains;
using Monitoring.Storage;

namespace Monitoring.Silo.Delivery;

/// <summary>
/// Works the outbox: every subscription with a delivery due is delivered on its own task, in
/// sequence order, so a receiver that is slow or down holds up only its own subscription. A
/// failure is retried with backoff until the horizon, then dead-lettered; meanwhile later alerts
/// go ahead of it, unless the subscription asked for strict order. 410 Gone disables the
/// subscription. A delivery leaves the outbox only once the receiver accepted it.
/// </summary>
/// <remarks>
/// A subscription whose outbox was last found empty is in step: what this silo queues for it is
/// delivered as handed over, without reading it back. Anything else (a failure, a retry come due,
/// work stored by a catch-up or a replay) puts it back to reading the outbox until it is empty again.
/// A subscription is delivered only under its lease in the store (<see cref="ISubscriptionStore.TryLeaseAsync"/>):
/// with several silos on one database, one delivers it at a time; the others leave its work in the outbox.
/// </remarks>
public sealed partial class WebhookDispatcher(
    ISubscriptionStore store,
    WebhookClient client,
    OutboxCatchUp catchUp,
    MonitoringMetrics metrics,
    AlertSignal signal,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 50;

    private static readonly TimeSpan CatchUpInterval = TimeSpan.FromMinutes(1);

    /// <summary>How long a subscription read for delivery is reused; changes made through this silo take effect at once.</summary>
    private static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromSeconds(2);

    private readonly DeliveryOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, byte> _running = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _again = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lane> _lanes = new(StringComparer.Ordinal);
    private readonly Random _random = new();

    /// <summary>Names this process in lease rows: host and process id, so an operator can tell who holds what.</summary>
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("n")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(_options.MaxConcurrentSubscriptions);
        var tasks = new ConcurrentDictionary<Task, byte>();
        var nextCatchUp = DateTimeOffset.MinValue;
        var nextPoll = DateTimeOffset.MinValue;
        var failedLooks = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.NextDeliveryAsync();
            try
            {
                if (time.GetUtcNow() >= nextCatchUp)
                {
                    // At start, then now and then: alerts logged but never queued are queued.
                    var queued = await catchUp.RunAsync(stoppingToken);
                    if (queued > 0)
                    {
                        LogCaughtUp(queued);
                    }
                    nextCatchUp = time.GetUtcNow() + CatchUpInterval;
                }
                // Subscriptions this silo just queued for start at once; the database is asked on the
                // poll interval, for retries come due and for work queued elsewhere.
                var ready = signal.TakeReady();
                if (time.GetUtcNow() >= nextPoll)
                {
                    ready.AddRange((await store.DueSubscriptionsAsync(time.GetUtcNow(), stoppingToken)).Select(id => new ReadySubscription(id, Stored: true)));
                    nextPoll = time.GetUtcNow() + _options.PollInterval;
                }
                foreach (var id in Distinct(ready))
                {
                    if (!_running.TryAdd(id, 0))
                    {
                        // Its task may be past its last look: it looks again when it ends.
                        _again.TryAdd(id, 0);
                        continue;
                    }
                    await slots.WaitAsync(stoppingToken);
                    var task = Task.Run(() => DeliverAsync(id, stoppingToken), CancellationToken.None);
                    tasks[task] = 0;
                    _ = task.ContinueWith(t =>
                    {
                        _running.TryRemove(id, out _);
                        slots.Release();
                        if (_again.TryRemove(id, out _))
                        {
                            signal.Again(id);
                        }
                        tasks.TryRemove(t, out _);
                        if (t.IsFaulted)
                        {
                            // The outbox still holds whatever was not acknowledged.
                            Lane(id).OutOfStep();
                            LogFailed(t.Exception!.GetBaseException(), id);
                        }
                    }, TaskScheduler.Default);
                }
                await Task.WhenAny(wake, Task.Delay(_options.PollInterval, time, stoppingToken));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The store down fails every look: the first failure in a row in full, then one line a hundred.
                if (failedLooks++ % 100 == 0)
                {
                    LogLookFailed(failedLooks == 1 ? e : null, failedLooks, e.Message);
                }
                await Task.Delay(_options.PollInterval, time, CancellationToken.None);
                continue;
            }
            if (failedLooks > 0)
            {
                LogLooksAgain(failedLooks);
                failedLooks = 0;
            }
        }
        await Task.WhenAll(tasks.Keys).WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
        await ReleaseLeasesAsync();
    }

    /// <summary>At a clean stop, the leases held are given up, so another silo delivers at once rather than after they run out.</summary>
    private async Task ReleaseLeasesAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        foreach (var (id, lane) in _lanes)
        {
            if (lane.LeaseUntil > time.GetUtcNow())
            {
                try
                {
                    await store.ReleaseLeaseAsync(id, _owner, cts.Token);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    LogFailed(e, id); // it runs out on its own
                    return;
                }
            }
        }
    }

    /// <summary>
    /// True when this silo holds the subscription's lease long enough for one more attempt, renewing it when
    /// less is left; false when another silo holds it. A lease newly taken puts the lane out of step: the
    /// silo that held it before may have left work in the outbox.
    /// </summary>
    private async Task<bool> HoldLeaseAsync(string subscriptionId, Lane lane, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (lane.LeaseUntil - now >= _options.Timeout + DeliveryOptions.LeaseMargin)
        {
            return true;
        }
        var until = now + _options.LeaseDuration;
        if (!await store.TryLeaseAsync(subscriptionId, _owner, now, until, ct))
        {
            lane.LeaseUntil = DateTimeOffset.MinValue;
            return false;
        }
        if (lane.LeaseUntil <= now)
        {
            lane.OutOfStep();
        }
        lane.LeaseUntil = until;
        return true;
    }

    /// <summary>Each subscription once; one whose work is in the database is put out of step first.</summary>
    private IEnumerable<string> Distinct(List<ReadySubscription> ready)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, stored) in ready)
        {
            if (stored)
            {
                Lane(id).OutOfStep();
            }
            if (seen.Add(id))
            {
                yield return id;
            }
        }
    }

    private Lane Lane(string id) => _lanes.GetOrAdd(id, _ => new Lane());

    private async Task DeliverAsync(string subscriptionId, CancellationToken ct)
    {
        var lane = Lane(subscriptionId);
        var subscription = await SubscriptionAsync(lane, subscriptionId, ct);
        if (subscription is null || subscription.DisabledReason is not null || subscription.Channel.Url is null)
        {
            // Gone, disabled or a stream: nothing to hold for it until it changes.
            signal.ForgetFresh(subscriptionId);
            _lanes.TryRemove(subscriptionId, out _);
            return;
        }
        if (!await HoldLeaseAsync(subscriptionId, lane, ct))
        {
            // Another silo delivers it; what was handed over here is in the outbox, where that silo finds it.
            await signal.DropFreshAsync(subscriptionId);
            lane.OutOfStep();
            return;
        }
        while (!ct.IsCancellationRequested)
        {
            List<OutboxEntry> batch;
            var committed = Task.CompletedTask;
            if (lane.InStep())
            {
                // Handed over as they were queued; any at or before the last delivered was read from the outbox.
                (batch, committed) = signal.TakeFresh(subscriptionId, BatchSize);
                batch.RemoveAll(e => e.Sequence <= lane.LastDelivered);
                if (batch.Count == 0)
                {
                    return;
                }
            }
            else
            {
                // Whatever was handed over is in the outbox too, which is read instead.
                await signal.DropFreshAsync(subscriptionId);
                batch = subscription.Ordered
                    ? [.. await store.PendingAsync(subscriptionId, BatchSize, ct)]
                    : [.. await store.DueAsync(subscriptionId, time.GetUtcNow(), BatchSize, ct)];
                if (batch.Count == 0)
                {
                    lane.Caught();
                    continue;
                }
            }
            if (!await DeliverBatchAsync(subscription, lane, batch, committed, ct))
            {
                lane.OutOfStep();
                return;
            }
        }
    }

    /// <summary>
    /// Delivers a batch in sequence order; false when a failure, a backoff or a 410 stopped it or left an
    /// alert behind. An ordered subscription stops at the first alert in retry; any other passes it by.
    /// Rows handed over before their commit may be sent at once, but are written to only after
    /// <paramref name="committed"/>: an acknowledgement that ran first would delete nothing.
    /// </summary>
    private async Task<bool> DeliverBatchAsync(Subscription subscription, Lane lane, List<OutboxEntry> batch, Task committed, CancellationToken ct)
    {
        var delivered = new PendingAcknowledgements(store, time, subscription.Id, lane, committed);
        var complete = true;
        try
        {
            foreach (var entry in batch)
            {
                var now = time.GetUtcNow();
                if (entry.NextAttemptAt > now)
                {
                    if (subscription.Ordered)
                    {
                        return false; // the head is waiting out its backoff; later alerts wait behind it
                    }
                    complete = false;
                    continue;
                }
                if (!await HoldLeaseAsync(subscription.Id, lane, ct))
                {
                    return false; // the lease ran out and another silo took it: it goes on from the outbox
                }
                var (outcome, error) = await delivered.WhileAsync(client.SendAsync(subscription, entry, ct), ct);
                switch (outcome)
                {
                    case AttemptOutcome.Delivered:
                        delivered.Add(entry.Sequence);
                        metrics.Deliveries.Add(1);
                        metrics.DeliveryLag.Record((time.GetUtcNow() - entry.EnqueuedAt).TotalSeconds);
                        await delivered.WriteIfDueAsync(ct);
                        continue;
                    case AttemptOutcome.Gone:
                        await delivered.WriteAsync(ct);
                        await store.SetDisabledAsync(subscription.Id, "the receiver answered 410 Gone", ct);
                        lane.Subscription = null;
                        LogGone(subscription.Id);
                        return false;
                }
                await delivered.WriteAsync(ct); // also waits for the commit: the failure is recorded on the row, which must be there
                var firstFailure = entry.FirstFailureAt ?? now;
                var failed = entry with { Attempts = entry.Attempts + 1, FirstFailureAt = firstFailure, LastError = error };
                if (now - firstFailure >= _options.Horizon)
                {
                    await store.DeadLetterAsync(failed, ct);
                    metrics.DeadLetters.Add(1);
                    LogDead(subscription.Id, entry.Sequence, failed.Attempts, error);
                    lane.LastDelivered = Math.Max(lane.LastDelivered, entry.Sequence);
                    continue;
                }
                var wait = Backoff.After(failed.Attempts, _options.InitialBackoff, _options.MaxBackoff, _random);
                var next = now + wait;
                if (next - firstFailure > _options.Horizon)
                {
                    next = firstFailure + _options.Horizon; // one last try at the horizon
                }
                await store.RecordFailureAsync(failed with { NextAttemptAt = next }, ct);
                metrics.DeliveryFailures.Add(1);
                LogRetry(subscription.Id, entry.Sequence, failed.Attempts, error, next);
                if (subscription.Ordered)
                {
                    return false;
                }
                // The retry is in the outbox, found again when it comes due; the next alert goes now.
                complete = false;
            }
            return complete;
        }
        finally
        {
            // Delivered ones leave the outbox even when the batch stopped early or was cancelled.
            await delivered.WriteAsync(CancellationToken.None);
        }
    }

    /// <summary>The subscription, read again when changed through this silo or older than <see cref="SubscriptionLifetime"/>.</summary>
    private async Task<Subscription?> SubscriptionAsync(Lane lane, string id, CancellationToken ct)
    {
        var version = signal.SubscriptionsVersion;
        var now = time.GetUtcNow();
        if (lane.Subscription is null || lane.SubscriptionVersion != version || now - lane.SubscriptionRead > SubscriptionLifetime)
        {
            lane.Subscription = await store.GetAsync(id, ct);
            lane.SubscriptionVersion = version;
            lane.SubscriptionRead = now;
        }
        return lane.Subscription;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queued {Count} deliveries for alerts that were logged but not yet queued")]
    private partial void LogCaughtUp(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook delivery could not look at the outbox ({Failures} in a row): {Error}")]
    private partial void LogLookFailed(Exception? e, int failures, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery looks at the outbox again after {Failures} failed looks")]
    private partial void LogLooksAgain(int failures);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook delivery for {Subscription} failed unexpectedly")]
    private partial void LogFailed(Exception e, string subscription);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscription {Subscription} disabled: its receiver answered 410 Gone")]
    private partial void LogGone(string subscription);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {Sequence} for {Subscription} dead-lettered after {Attempts} attempts: {Error}")]
    private partial void LogDead(string subscription, long sequence, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert {Sequence} for {Subscription} failed (attempt {Attempts}: {Error}); next try at {Next}")]
    private partial void LogRetry(string subscription, long sequence, int attempts, string? error, DateTimeOffset next);
}

/// <summary>
/// What the dispatcher knows of one subscription between deliveries. Only the subscription's own
/// delivery task reads and writes it, except <see cref="OutOfStep"/>, which anyone may call.
/// </summary>
internal sealed class Lane
{
    private int _outOfStep = 1;
    private bool _inStep;

    public Subscription? Subscription { get; set; }
    public long SubscriptionVersion { get; set; }
    public DateTimeOffset SubscriptionRead { get; set; }

    /// <summary>Until when this silo holds the subscription's delivery lease; in the past when it does not.</summary>
    public DateTimeOffset LeaseUntil { get; set; } = DateTimeOffset.MinValue;

    /// <summary>The highest sequence delivered (or dead-lettered) through this silo.</summary>
    public long LastDelivered { get; set; }

    /// <summary>The outbox may hold work this silo was not handed: read it until it is empty.</summary>
    public void OutOfStep() => Volatile.Write(ref _outOfStep, 1);

    /// <summary>The outbox was read empty: from now on what is handed over is all there is.</summary>
    public void Caught() => _inStep = true;

    public bool InStep()
    {
        if (Interlocked.Exchange(ref _outOfStep, 0) == 1)
        {
            _inStep = false;
        }
        return _inStep;
    }
}
