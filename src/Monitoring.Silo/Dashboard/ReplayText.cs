using Monitoring.Abstractions;

namespace Monitoring.Silo.Dashboard;

/// <summary>What the topic page's script shows: whether the replay still runs, and its line.</summary>
public sealed record ReplayLine(bool Running, string Text);

/// <summary>A topic's replay or backfill in one line: the topic page renders it, and its script fetches it again while it runs.</summary>
public static class ReplayText
{
    public static string Describe(ReplayStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (status.StartedAt is null)
        {
            return "never run";
        }
        var kind = status.Kind == ReplayKinds.Backfill ? "backfill " : "";
        var state = status.Running ? "running" : status.Error is null ? "finished" : "failed: " + status.Error;
        var finished = status.FinishedAt is { } f ? $", finished {Fmt.Time(f)}" : "";
        return $"{kind}{state}: {status.ArticlesRead} articles read, {status.ArticlesApplied} applied, {status.NewAlerts} new alerts (started {Fmt.Time(status.StartedAt)}{finished})";
    }
}
