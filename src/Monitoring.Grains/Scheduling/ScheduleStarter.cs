using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitoring.Storage;
using Orleans.Runtime;

namespace Monitoring.Grains.Scheduling;

/// <summary>
/// Wakes every schedule shard when the silo starts, as soon as a silo is declared dead, and now and
/// then after, so polling resumes after a restart and the shards a dead silo hosted scan again on a
/// survivor without waiting for the next period.
/// </summary>
public sealed class ScheduleStarter(
    IGrainFactory grains,
    ISourceCatalog catalog,
    IClusterMembershipService membership,
    TimeProvider time,
    IOptions<SchedulerOptions> options,
    ILogger<ScheduleStarter> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(30);

    /// <summary>One pending "a silo died" is enough: the wake it asks for covers every death before it.</summary>
    private readonly Channel<bool> _siloLost = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

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
        await FreeClaimsOfDeadAsync(membership.CurrentSnapshot, stoppingToken);
        var watching = WatchForDeathsAsync(stoppingToken);
        var lost = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.WhenAll(Enumerable.Range(0, options.Value.Shards).Select(shard => lost
                    ? grains.GetGrain<IScheduleShardGrain>(shard).SiloLost()
                    : grains.GetGrain<IScheduleShardGrain>(shard).Wake()));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not wake the schedule shards; trying again in {Period}", Period);
            }
            lost = false;
            try
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                wait.CancelAfter(Period);
                lost = await _siloLost.Reader.ReadAsync(wait.Token);
                logger.LogInformation("A silo was declared dead; the schedule shards free the claims of their polls in flight and scan again (the dead silo's shards on a survivor)");
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The period ran out.
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        await watching;
    }

    /// <summary>Asks for a wake whenever the membership shows more dead silos than before.</summary>
    private async Task WatchForDeathsAsync(CancellationToken ct)
    {
        var dead = Dead(membership.CurrentSnapshot);
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(ct))
            {
                var now = Dead(snapshot);
                if (now > dead)
                {
                    // Before the wake, so the shards' next scan finds the dead silo's sources due.
                    await FreeClaimsOfDeadAsync(snapshot, ct);
                    _siloLost.Writer.TryWrite(true);
                }
                dead = now;
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Stopped watching the membership; shards a dead silo hosted scan again within {Period}", Period);
        }
    }

    /// <summary>
    /// Frees the claims of every silo the membership shows dead: the polls they were for died with it, and
    /// waiting for the claims to run out (<c>Storage:ClaimLease</c>) is what made a takeover slow. Every
    /// survivor does it; the update is the same from any of them.
    /// </summary>
    private async Task FreeClaimsOfDeadAsync(ClusterMembershipSnapshot snapshot, CancellationToken ct)
    {
        var dead = snapshot.Members.Values.Where(m => m.Status == SiloStatus.Dead).Select(m => m.SiloAddress.ToParsableString()).ToList();
        if (dead.Count == 0)
        {
            return;
        }
        try
        {
            var freed = await catalog.ReleaseClaimsOfAsync(dead, time.GetUtcNow(), ct);
            if (freed > 0)
            {
                logger.LogInformation("Freed {Count} claims on sources held by silos declared dead", freed);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not free the claims of silos declared dead; their sources poll when the claims run out");
        }
    }

    private static int Dead(ClusterMembershipSnapshot snapshot) => snapshot.Members.Values.Count(m => m.Status == SiloStatus.Dead);
}
