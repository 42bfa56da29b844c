namespace Monitoring.Feeds;

/// <summary>
/// Per-host politeness. An interface so a cluster-wide implementation can replace the
/// in-process one without touching the fetcher.
/// </summary>
public interface IHostThrottle
{
    /// <summary>Waits for a turn at <paramref name="host"/>; dispose the result when the request is done.</summary>
    Task<IDisposable> AcquireAsync(string host, CancellationToken ct);
}
