using Monitoring.Abstractions;

namespace Monitoring.Storage;

/// <summary>One poll of a source as its history keeps it: when, how long it took, and what came of it.</summary>
public sealed record PollRecord(
    DateTimeOffset At,
    int DurationMs,
    bool Succeeded,
    bool NotModified,
    int? HttpStatus,
    int ItemsInFeed,
    int NewItems,
    int NewArticles,
    string? Error)
{
    /// <summary>Polls kept per source, newest: enough to see a pattern, few enough that a source stays a few rows.</summary>
    public const int Kept = 20;

    /// <summary>Errors are kept to this many characters (the health keeps the last one whole).</summary>
    public const int MaxErrorLength = 1000;

    public static PollRecord Of(DateTimeOffset at, TimeSpan duration, PollReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            at,
            (int)Math.Min(int.MaxValue, Math.Round(duration.TotalMilliseconds)),
            report.Succeeded,
            report.NotModified,
            report.HttpStatus,
            report.ItemsInFeed,
            report.NewItems,
            report.NewArticles,
            report.Error is { Length: > MaxErrorLength } error ? error[..MaxErrorLength] : report.Error);
    }
}
