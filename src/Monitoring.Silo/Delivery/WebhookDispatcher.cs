using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Monitoring.Grains;
using Monitoring.Storage;

namespace Monitoring.Silo.Delivery;

/// <summary>
/// Works the outbox: every subscription with a delivery due is delivered on its own task, in
/// sequence order, so a receiver that is slow or down holds up only its own subscription. A
/// failure is retried with backoff until the horizon, then dead-lettered; 410 Gone disables
/// the subscription. A delivery leaves the outbox only once the receiver accepted it.
/// </summary>
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
    private readonly DeliveryOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, byte> _running = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _again = new(StringComparer.Ordinal);
    private readonly Random _random = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(_options.MaxConcurrentSubscriptions);
        var tasks = new ConcurrentDictionary<Task, byte>();
        var nextCatchUp = DateTimeOffset.MinValue;
        var nextPoll = DateTimeOffset.MinValue;
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
                    ready.AddRange(await store.DueSubscriptionsAsync(time.GetUtcNow(), stoppingToken));
                    nextPoll = time.GetUtcNow() + _options.PollInterval;
                }
                foreach (var id in ready.Distinct(StringComparer.Ordinal))
                {
                    if (!_running.TryAdd(id, 0))
                    {
                        // Its task may be past its last read: it looks again when it ends.
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
                            signal.DeliveriesAdded([id]);
                        }
                        tasks.TryRemove(t, out _);
                        if (t.IsFaulted)
                        {
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
                LogFailed(e, "outbox");
                await Task.Delay(_options.PollInterval, time, CancellationToken.None);
            }
        }
        await Task.WhenAll(tasks.Keys).WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task DeliverAsync(string subscriptionId, CancellationToken ct)
    {
        var subscription = await store.GetAsync(subscriptionId, ct);
        if (subscription is null || subscription.DisabledReason is not null || subscription.Channel.Url is null)
        {
            return;
        }
        while (!ct.IsCancellationRequested)
        {
            var pending = await store.PendingAsync(subscriptionId, BatchSize, ct);
            if (pending.Count == 0)
            {
                return;
            }
            foreach (var entry in pending)
            {
                var now = time.GetUtcNow();
                if (entry.NextAttemptAt > now)
                {
                    return; // the head is waiting out its backoff; later alerts wait behind it
                }
                var (outcome, error) = await client.SendAsync(subscription, entry, ct);
                switch (outcome)
                {
                    case AttemptOutcome.Delivered:
                        await store.AcknowledgeAsync(subscriptionId, [entry.Sequence], ct);
                        metrics.Deliveries.Add(1);
                        metrics.DeliveryLag.Record((time.GetUtcNow() - entry.EnqueuedAt).TotalSeconds);
                        continue;
                    case AttemptOutcome.Gone:
                        await store.SetDisabledAsync(subscriptionId, "the receiver answered 410 Gone", ct);
                        LogGone(subscriptionId);
                        return;
                }
                var firstFailure = entry.FirstFailureAt ?? now;
                var failed = entry with { Attempts = entry.Attempts + 1, FirstFailureAt = firstFailure, LastError = error };
                if (now - firstFailure >= _options.Horizon)
                {
                    await store.DeadLetterAsync(failed, ct);
                    metrics.DeadLetters.Add(1);
                    LogDead(subscriptionId, entry.Sequence, failed.Attempts, error);
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
                LogRetry(subscriptionId, entry.Sequence, failed.Attempts, error, next);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queued {Count} deliveries for alerts that were logged but not yet queued")]
    private partial void LogCaughtUp(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook delivery for {Subscription} failed unexpectedly")]
    private partial void LogFailed(Exception e, string subscription);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscription {Subscription} disabled: its receiver answered 410 Gone")]
    private partial void LogGone(string subscription);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {Sequence} for {Subscription} dead-lettered after {Attempts} attempts: {Error}")]
    private partial void LogDead(string subscription, long sequence, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert {Sequence} for {Subscription} failed (attempt {Attempts}: {Error}); next try at {Next}")]
    private partial void LogRetry(string subscription, long sequence, int attempts, string? error, DateTimeOffset next);
}
