namespace Monitoring.Abstractions;

/// <summary>One feed. Keyed by the source id (a hash of the canonical feed URL).</summary>
[Alias("monitoring.ISourceGrain")]
public interface ISourceGrain : IGrainWithStringKey
{
    /// <summary>Registers the feed (idempotent for the same URL) and schedules its first poll.</summary>
    [Alias("Register")]
    Task<SourceInfo> Register(string url, string? title);

    /// <summary>The source and its health, or null when it is not registered.</summary>
    [Alias("GetInfo")]
    Task<SourceInfo?> GetInfo();

    /// <summary>Polls now, whatever the schedule says.</summary>
    [Alias("PollNow")]
    Task<PollReport> PollNow();

    /// <summary>
    /// Called by the scheduler when the source is due; completes when the poll has. The scheduler does not
    /// wait on it, but counts the calls not yet complete to bound the polls it keeps running.
    /// </summary>
    [Alias("Due")]
    Task Due();

    /// <summary>Forgets the source: state, schedule and seen ids. Archived articles stay.</summary>
    [Alias("Remove")]
    Task<bool> Remove();
}
