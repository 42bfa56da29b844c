using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitoring.Storage;
using Orleans.Placement;
using Orleans.Runtime;

namespace Monitoring.Grains.Scheduling;

/// <summary>
/// Scans one shard of the schedule and wakes due sources. The schedule is in storage, so
/// any silo can host the shard and nothing is lost when it moves. A shard keeps no more than its
/// part of <see cref="SchedulerOptions.MaxPollsInFlight"/> polls running, so a schedule with
/// everything due at once is worked through at the rate polls finish instead of woken all together.
/// Placed at random, so the shards (all woken first by whichever silo started first) spread over
/// the silos rather than gather on the caller.
/// </summary>
[RandomPlacement]
public sealed class ScheduleShardGrain(
    ISourceCatalog catalog,
    ScheduledPolls polls,
    TimeProvider time,
    IOptions<SchedulerOptions> options,
    ILogger<ScheduleShardGrain> logger) : Grain, IScheduleShardGrain
{
    private readonly SchedulerOptions _options = options.Value;

    /// <summary>Polls this shard woke that have not finished (their calls complete when the poll does).</summary>
    private int _inFlight;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        polls.ShardActivated();
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions
        {
            DueTime = TimeSpan.Zero,
            Period = _options.TickInterval,
            // Ticks keep the shard alive: it must keep scanning while sources are idle.
            KeepAlive = true,
        });
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        polls.ShardDeactivated();
        return Task.CompletedTask;
    }

    public Task Wake() => Task.CompletedTask;

    private void Finished(Task call)
    {
        Interlocked.Decrement(ref _inFlight);
        if (call.Exception is { } e)
        {
            // The source records its own poll failures; this is a call that did not get through (a silo lost, a timeout).
            logger.LogDebug(e.GetBaseException(), "A scheduled poll call from shard {Shard} failed", this.GetPrimaryKeyLong());
        }
    }

    private async Task TickAsync(CancellationToken ct)
    {
        var shard = (int)this.GetPrimaryKeyLong();
        try
        {
            var free = PollBudget.Free(_options.MaxPollsInFlight, polls.Shards, Volatile.Read(ref _inFlight));
            while (free > 0 && !ct.IsCancellationRequested)
            {
                var limit = Math.Min(_options.BatchSize, free);
                var now = time.GetUtcNow();
                var due = await catalog.ClaimDueAsync(shard, now, now + _options.Lease, limit, ct);
                foreach (var id in due)
                {
                    Interlocked.Increment(ref _inFlight);
                    // Not awaited: the shard moves on; the count drops when the poll ends, or fails, or times out.
                    _ = GrainFactory.GetGrain<ISourceGrain>(id).Due().ContinueWith(
                        (call, shard) => ((ScheduleShardGrain)shard!).Finished(call), this, CancellationToken.None,
                        TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                }
                free -= due.Count;
                if (due.Count < limit)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Schedule shard {Shard} could not scan for due sources", shard);
        }
    }
}
