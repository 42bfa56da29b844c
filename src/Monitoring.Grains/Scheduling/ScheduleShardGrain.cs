using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitoring.Storage;
using Orleans.Placement;
using Orleans.Runtime;

namespace Monitoring.Grains.Scheduling;

/// <summary>
/// Scans one shard of the schedule and wakes due sources. The schedule is in storage, so
/// any silo can host the shard and nothing is lost when it moves. Placed at random, so the shards (all
/// woken first by whichever silo started first) spread over the silos rather than gather on the caller.
/// </summary>
[RandomPlacement]
public sealed class ScheduleShardGrain(
    ISourceCatalog catalog,
    TimeProvider time,
    IOptions<SchedulerOptions> options,
    ILogger<ScheduleShardGrain> logger) : Grain, IScheduleShardGrain
{
    private readonly SchedulerOptions _options = options.Value;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions
        {
            DueTime = TimeSpan.Zero,
            Period = _options.TickInterval,
            // Ticks keep the shard alive: it must keep scanning while sources are idle.
            KeepAlive = true,
        });
        return Task.CompletedTask;
    }

    public Task Wake() => Task.CompletedTask;

    private async Task TickAsync(CancellationToken ct)
    {
        var shard = (int)this.GetPrimaryKeyLong();
        try
        {
            IReadOnlyList<string> due;
            do
            {
                var now = time.GetUtcNow();
                due = await catalog.ClaimDueAsync(shard, now, now + _options.Lease, _options.BatchSize, ct);
                foreach (var id in due)
                {
                    await GrainFactory.GetGrain<ISourceGrain>(id).Due();
                }
            }
            while (due.Count == _options.BatchSize && !ct.IsCancellationRequested);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Schedule shard {Shard} could not scan for due sources", shard);
        }
    }
}
