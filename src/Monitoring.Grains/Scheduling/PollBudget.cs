namespace Monitoring.Grains.Scheduling;

/// <summary>
/// How many more due sources one shard may wake now. Without a bound, a schedule where every source is
/// due at once (a large import, a restart after an outage) would wake them all within a few ticks: an
/// activation and a waiting poll each, for as many sources as the catalog holds.
/// </summary>
public static class PollBudget
{
    /// <summary>
    /// The shard's even part of its silo's polls in flight (rounded up, so a shard always has at least one),
    /// less the polls it woke that have not finished. A shard counts its own calls, which finish when the
    /// poll does wherever the source runs, so the bound holds whichever silo each source lives on.
    /// </summary>
    public static int Free(int maxInFlight, int shardsHere, int inFlight)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shardsHere, 1);
        var part = (maxInFlight + shardsHere - 1) / shardsHere;
        return Math.Max(0, part - inFlight);
    }
}
