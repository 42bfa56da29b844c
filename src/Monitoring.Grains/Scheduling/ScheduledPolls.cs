namespace Monitoring.Grains.Scheduling;

/// <summary>
/// The schedule shards active on this silo. Shards count themselves in and out where they run, so
/// the count never drifts; they split this silo's <c>Scheduler:MaxPollsInFlight</c> between them
/// (see <see cref="PollBudget"/>).
/// </summary>
public sealed class ScheduledPolls
{
    private int _shards;

    /// <summary>Shards active on this silo (at least 1, the one asking).</summary>
    public int Shards => Math.Max(1, Volatile.Read(ref _shards));

    public void ShardActivated() => Interlocked.Increment(ref _shards);

    public void ShardDeactivated() => Interlocked.Decrement(ref _shards);
}
