using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitoring.Storage;

namespace Monitoring.Grains.Scheduling;

/// <summary>
/// Wakes every schedule shard when the silo starts and now and then after, so polling
/// resumes after a restart and after a shard's silo leaves the cluster.
/// </summary>
public sealed class ScheduleStarter(
    IGrainFactory grains,
    ISourceCatalog catalog,
    TimeProvider time,
    IOptions<SchedulerOptions> options,
    ILogger<ScheduleStarter> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogWarning("Scheduled polling is off (Scheduler:Enabled=false); sources poll only on request");
            return;
        }
        try
        {
            // Sources claimed by polls of a process that died would otherwise wait out the whole lease. A catalog
            // shared by many silos releases only claims already run out (see ISourceCatalog.ReleaseClaimsAsync).
            var released = await catalog.ReleaseClaimsAsync(time.GetUtcNow(), stoppingToken);
            if (released > 0)
            {
                logger.LogInformation("Released {Count} claims on sources left by polls that did not report back", released);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not release the sources claimed before the last stop; they poll when their lease ends");
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.WhenAll(Enumerable.Range(0, options.Value.Shards)
                    .Select(shard => grains.GetGrain<IScheduleShardGrain>(shard).Wake()));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not wake the schedule shards; trying again in {Period}", Period);
            }
            try
            {
                await Task.Delay(Period, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
