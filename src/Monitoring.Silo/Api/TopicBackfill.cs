using Monitoring.Abstractions;
using Monitoring.Grains.Topics;

namespace Monitoring.Silo.Api;

/// <summary>Decides whether a topic's POST or PUT backfills it, over what window, and whether it alerts.</summary>
public static class TopicBackfill
{
    /// <summary>
    /// The plan for a request, or null for none; <paramref name="problem"/> names a bad field. A new topic
    /// is backfilled over the default window; a redefined one only when it now matches other articles
    /// (actors, keywords, measure types) or the request asks.
    /// </summary>
    public static BackfillPlan? Plan(TopicBackfillRequest? request, TopicOptions options, TopicSpec? before, TopicSpec after,
        DateTimeOffset now, out string? problem)
    {
        problem = null;
        var maxDays = (int)options.BackfillMaxWindow.TotalDays;
        if (request?.Days is { } days && (days < 0 || days > maxDays))
        {
            problem = $"backfill.days must be between 0 and {maxDays} (Topics:BackfillMaxWindow)";
            return null;
        }
        var window = request?.Days is { } asked ? TimeSpan.FromDays(asked) : options.BackfillWindow;
        var wanted = before is null || request?.Days is not null || MatchesOtherArticles(before, after);
        if (!wanted || window <= TimeSpan.Zero)
        {
            return null;
        }
        return new BackfillPlan { Since = now - window, Alert = request?.Alert ?? false, RequestedAt = now };
    }

    /// <summary>Whether the new definition selects articles the old one did not necessarily select.</summary>
    public static bool MatchesOtherArticles(TopicSpec before, TopicSpec after) =>
        !Same(before.AllActors, after.AllActors) || !Same(before.AnyActors, after.AnyActors) || !Same(before.Keywords, after.Keywords)
        || !Same(before.MeasureTypes ?? [], after.MeasureTypes ?? []) || before.MinOutlets != after.MinOutlets;

    private static bool Same(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count == b.Count && a.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(b);
}
