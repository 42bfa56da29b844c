namespace Monitoring.Grains.Scheduling;

/// <summary>How the poll schedule is sliced and scanned. Section <c>Scheduler</c>.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>Off pauses all scheduled polling (sources still poll on request); for maintenance and benchmarks.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Number of schedule shards; each is one grain somewhere in the cluster. Fixed once sources exist.</summary>
    public int Shards { get; set; } = 16;

    /// <summary>How often a shard looks for due sources.</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most sources a shard wakes per tick.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// Scheduled polls running at once, per silo: the shards active on a silo split it and claim only what fits.
    /// As shards claim once a tick, it is also the most polls a silo starts per tick (a million sources every
    /// 15 minutes need 1,111 a second).
    /// </summary>
    public int MaxPollsInFlight { get; set; } = 4000;

    /// <summary>A woken source that has not reported back by then is woken again.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A scheduled poll whose call failed (a store error, a time-out) is due again this long after, rather than when
    /// its <see cref="Lease"/> runs out: after a database outage the sources poll again within seconds.
    /// </summary>
    public TimeSpan FailedCallRetry { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<string> Validate()
    {
        if (Shards is < 1 or > 4096)
        {
            yield return "Scheduler:Shards must be between 1 and 4096";
        }
        if (TickInterval < TimeSpan.FromMilliseconds(50))
        {
            yield return "Scheduler:TickInterval must be at least 50 ms";
        }
        if (BatchSize < 1)
        {
            yield return "Scheduler:BatchSize must be positive";
        }
        if (MaxPollsInFlight is < 1 or > 1_000_000)
        {
            yield return "Scheduler:MaxPollsInFlight must be between 1 and 1000000";
        }
        if (Lease < TimeSpan.FromSeconds(10))
        {
            yield return "Scheduler:Lease must be at least 10 s";
        }
        if (FailedCallRetry < TimeSpan.FromSeconds(1) || FailedCallRetry > Lease)
        {
            yield return "Scheduler:FailedCallRetry must be at least 1 s and at most Scheduler:Lease";
        }
    }
}
