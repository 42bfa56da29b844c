using System.Collections.Concurrent;
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
    ILocalSiloDetails localSilo,
    ILogger<ScheduleShardGrain> logger) : Grain, IScheduleShardGrain
{
    private readonly SchedulerOptions _options = options.Value;

    /// <summary>Polls this shard woke that have not finished (their calls complete when the poll does).</summary>
    private int _inFlight;

    /// <summary>The sources of those polls, so their claims can be freed when a silo dies (<see cref="SiloLost"/>).</summary>
    private readonly ConcurrentDictionary<string, bool> _calls = new(StringComparer.Ordinal);

    /// <summary>
    /// Sources whose poll call failed while this silo holds their claim, and when each is to be due again. Freed at
    /// the next tick, or at a later one when the store is down too (the usual cause).
    /// </summary>
    private readonly ConcurrentDictionary<string, DateTimeOffset> _toFree = new(StringComparer.Ordinal);

    /// <summary>Scans failed in a row (the store down), so a long outage is not a stack trace a tick.</summary>
    private int _failedScans;

    /// <summary>This silo, as claims name it (ScheduleStarter frees a dead silo's claims).</summary>
    private string Owner => localSilo.SiloAddress.ToParsableString();

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

    public async Task SiloLost()
    {
        // Some of these polls ran on the dead silo and will not report back. Those still running elsewhere are made
        // due too and poll once more after they finish (a source takes one call at a time): a few extra polls
        // per death, against waiting out Storage:ClaimLease.
        var ids = _calls.Keys.ToList();
        if (ids.Count > 0)
        {
            var freed = await catalog.ReleaseClaimsHeldAsync(ids, Owner, time.GetUtcNow());
            logger.LogInformation("A silo was lost: shard {Shard} freed {Freed} of its {Count} claims in flight", this.GetPrimaryKeyLong(), freed, ids.Count);
        }
    }

    /// <summary>Follows one scheduled poll call to its end on the thread pool (not a turn of this grain); counts it out when it ends.</summary>
    private async Task TrackAsync(Task call, string id, string owner)
    {
        try
        {
            await call;
        }
        catch (OrleansMessageRejectionException e)
        {
            // The call was refused or its silo declared dead mid-poll (SiloUnavailableException): the poll is lost, and
            // this silo still holds the claim, so the source would wait out its lease. Free it; the next scan polls it
            // on a survivor. A poll that did report back has no claim left, and nothing is freed.
            logger.LogDebug(e, "The call polling source {Source} was lost; freeing its claim", id);
            try
            {
                await catalog.ReleaseClaimsHeldAsync([id], owner, time.GetUtcNow());
            }
            catch (Exception store)
            {
                logger.LogDebug(store, "Could not free the claim on source {Source} yet; the next tick tries again", id);
                _toFree[id] = time.GetUtcNow();
            }
        }
        catch (Exception e)
        {
            // The source records its own poll failures; this is a call that did not get through or a poll that could not
            // record itself (a store error, a time-out). Its claim would hold it for the whole lease: it is freed instead,
            // to be due again shortly (the next tick frees it, once the store answers).
            logger.LogDebug(e, "A scheduled poll call from shard {Shard} for source {Source} failed", this.GetPrimaryKeyLong(), id);
            _toFree[id] = time.GetUtcNow() + _options.FailedCallRetry;
        }
        finally
        {
            _calls.TryRemove(id, out _);
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task TickAsync(CancellationToken ct)
    {
        var shard = (int)this.GetPrimaryKeyLong();
        var owner = Owner;
        try
        {
            await FreeFailedAsync(owner, ct);
            var free = PollBudget.Free(_options.MaxPollsInFlight, polls.Shards, Volatile.Read(ref _inFlight));
            while (free > 0 && !ct.IsCancellationRequested)
            {
                var limit = Math.Min(_options.BatchSize, free);
                var now = time.GetUtcNow();
                var due = await catalog.ClaimDueAsync(shard, now, now + _options.Lease, limit, owner, ct);
                foreach (var id in due)
                {
                    Interlocked.Increment(ref _inFlight);
                    _calls[id] = true;
                    // Not awaited: the shard moves on; the count drops when the poll ends, or fails, or times out.
                    var call = GrainFactory.GetGrain<ISourceGrain>(id).Due();
                    _ = Task.Run(() => TrackAsync(call, id, owner), CancellationToken.None);
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
            // A store that is down fails every tick of every shard: the first failure in a row is told in full,
            // then one line a minute (at the default tick) saying how long it has lasted.
            if (_failedScans++ % 60 == 0)
            {
                logger.LogError(_failedScans == 1 ? e : null, "Schedule shard {Shard} could not scan for due sources ({Failures} in a row): {Error}", shard, _failedScans, e.Message);
            }
            return;
        }
        if (_failedScans > 0)
        {
            logger.LogWarning("Schedule shard {Shard} scans again after {Failures} failed scans", shard, _failedScans);
            _failedScans = 0;
        }
    }

    /// <summary>Frees the claims of failed poll calls, each due at its own time; those the store does not take stay for the next tick.</summary>
    private async Task FreeFailedAsync(string owner, CancellationToken ct)
    {
        foreach (var group in _toFree.ToList().GroupBy(e => e.Value))
        {
            var ids = group.Select(e => e.Key).ToList();
            await catalog.ReleaseClaimsHeldAsync(ids, owner, group.Key, ct);
            foreach (var (id, due) in group)
            {
                _toFree.TryRemove(new KeyValuePair<string, DateTimeOffset>(id, due));
            }
        }
    }
}
