namespace Monitoring.Grains.Sources;

/// <summary>How often sources are polled and how they back off. Section <c>Polling</c>.</summary>
public sealed class PollingOptions
{
    public const string Section = "Polling";

    /// <summary>Interval before the feed's own cadence is known.</summary>
    public TimeSpan DefaultInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Never poll a healthy feed more often than this.</summary>
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Never poll a healthy feed less often than this.</summary>
    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>First retry after a failure; doubles with each further failure.</summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest wait between retries of a failing feed.</summary>
    public TimeSpan BackoffCap { get; set; } = TimeSpan.FromHours(6);

    /// <summary>A feed failing for this long is marked dead.</summary>
    public TimeSpan DeadAfter { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How often a dead feed is still tried.</summary>
    public TimeSpan DeadInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Fraction of the interval added or removed at random so feeds do not poll in lockstep.</summary>
    public double Jitter { get; set; } = 0.1;

    /// <summary>How many item ids a source remembers to tell new items from old.</summary>
    public int SeenIdsLimit { get; set; } = 2000;

    /// <summary>Fetch the linked page when an item carries only a summary.</summary>
    public bool FetchOriginalContent { get; set; } = true;

    /// <summary>Item content shorter than this (in characters) counts as a summary only.</summary>
    public int SummaryOnlyBelowChars { get; set; } = 500;

    /// <summary>Original pages fetched at once (each host still within its politeness).</summary>
    public int PageConcurrency { get; set; } = 8;

    /// <summary>Pages waiting to be fetched; past it a page is skipped and its article keeps its summary.</summary>
    public int PageQueueLimit { get; set; } = 100_000;

    /// <summary>How long a page host that timed out or refused the connection is passed over.</summary>
    public TimeSpan FailingHostPause { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How many times an archived article is read again because its feed edited the item (0: edits are not read).
    /// Bounds the work a feed that changes its items at every poll can cause.
    /// </summary>
    public int MaxRevisions { get; set; } = 5;

    public IEnumerable<string> Validate()
    {
        if (PageConcurrency is < 1 or > 256)
        {
            yield return "Polling:PageConcurrency must be between 1 and 256";
        }
        if (PageQueueLimit < 1)
        {
            yield return "Polling:PageQueueLimit must be positive";
        }
        if (FailingHostPause < TimeSpan.Zero)
        {
            yield return "Polling:FailingHostPause must not be negative";
        }
        if (MinInterval <= TimeSpan.Zero)
        {
            yield return "Polling:MinInterval must be positive";
        }
        if (MaxInterval < MinInterval)
        {
            yield return "Polling:MaxInterval must be at least Polling:MinInterval";
        }
        if (DefaultInterval < MinInterval || DefaultInterval > MaxInterval)
        {
            yield return "Polling:DefaultInterval must lie between Polling:MinInterval and Polling:MaxInterval";
        }
        if (BackoffBase <= TimeSpan.Zero || BackoffCap < BackoffBase)
        {
            yield return "Polling:BackoffBase must be positive and Polling:BackoffCap at least as long";
        }
        if (DeadAfter <= TimeSpan.Zero || DeadInterval <= TimeSpan.Zero)
        {
            yield return "Polling:DeadAfter and Polling:DeadInterval must be positive";
        }
        if (Jitter is < 0 or >= 1)
        {
            yield return "Polling:Jitter must be in [0, 1)";
        }
        if (SeenIdsLimit < 10)
        {
            yield return "Polling:SeenIdsLimit must be at least 10";
        }
        if (SummaryOnlyBelowChars < 0)
        {
            yield return "Polling:SummaryOnlyBelowChars must not be negative";
        }
        if (MaxRevisions is < 0 or > 100)
        {
            yield return "Polling:MaxRevisions must be between 0 and 100";
        }
    }
}
