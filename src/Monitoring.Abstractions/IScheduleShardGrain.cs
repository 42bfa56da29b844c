namespace Monitoring.Abstractions;

/// <summary>
/// Owns one slice of the poll schedule and wakes the sources in it that are due.
/// Keyed by shard number; the schedule itself lives in storage, so a shard that moves
/// to another silo or restarts loses nothing.
/// </summary>
[Alias("monitoring.IScheduleShardGrain")]
public interface IScheduleShardGrain : IGrainWithIntegerKey
{
    /// <summary>Makes sure the shard is active and ticking.</summary>
    [Alias("Wake")]
    Task Wake();

    /// <summary>
    /// A silo was declared dead: frees the claims of this shard's polls still in flight, since those that ran
    /// there never report back (a call to a dead silo may only fail at its response time-out), and wakes the shard.
    /// </summary>
    [Alias("SiloLost")]
    Task SiloLost();
}
