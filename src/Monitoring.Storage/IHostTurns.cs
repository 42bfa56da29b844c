namespace Monitoring.Storage;

/// <summary>
/// Turns at a host shared by every silo on one database: each request start to a host is booked in the
/// store, so the least gap between two starts holds for the whole cluster, not for each silo alone.
/// </summary>
public interface IHostTurns
{
    /// <summary>
    /// Books the next start at <paramref name="host"/>: no earlier than <paramref name="now"/> and at least
    /// <paramref name="gap"/> after the start booked before it, by any silo. Returns the booked start.
    /// </summary>
    Task<DateTimeOffset> BookAsync(string host, DateTimeOffset now, TimeSpan gap, CancellationToken ct = default);
}
