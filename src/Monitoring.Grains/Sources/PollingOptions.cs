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

    public IEnumerable<string> Validate()
    {
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
    }
}
