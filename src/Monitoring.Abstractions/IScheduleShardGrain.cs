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
}
