using Monitoring.Abstractions;
using Monitoring.Silo.Auth;
using Monitoring.Storage;

namespace Monitoring.Silo.Api;

/// <summary>Counts over time for one chart: the start of each bucket and how many fell in it, oldest first.</summary>
public sealed record CountSeries(TimeSpan Bucket, IReadOnlyList<DateTimeOffset> Starts, IReadOnlyList<int> Counts)
{
    /// <summary>The start of the first of <paramref name="buckets"/> whole buckets that end with the one holding <paramref name="now"/>.</summary>
    public static DateTimeOffset FirstStart(DateTimeOffset now, TimeSpan bucket, int buckets) =>
        new DateTimeOffset(now.UtcTicks - (now.UtcTicks % bucket.Ticks), TimeSpan.Zero) - (bucket * (buckets - 1));

    /// <summary>The series of <paramref name="counts"/>, one per bucket from <paramref name="first"/> on.</summary>
    public static CountSeries Of(DateTimeOffset first, TimeSpan bucket, IReadOnlyList<int> counts) =>
        new(bucket, [.. Enumerable.Range(0, counts.Count).Select(i => first + (bucket * i))], counts);
}

/// <summary>What <c>GET /api/stats</c> and the dashboard's overview show.</summary>
public sealed record ActivitySummary(
    IReadOnlyDictionary<string, int> SourcesByState,
    CountSeries ArticlesPerHour,
    CountSeries AlertsPerDay,
    int DeliveriesPending,
    int SubscriptionsFailing,
    int DeadLetters,
    int SilosUp);

/// <summary>
/// Counts from the silo's own stores: sources by state, articles per hour (by publication time, last 24 hours),
/// alerts per day (last 14 days, topics the caller may see), deliveries of the caller's subscriptions.
/// </summary>
public sealed class ActivityStats(ISourceCatalog catalog, IArticleArchive archive, TopicDirectory topics, ITopicStore topicStore,
    ISubscriptionStore subscriptions, IGrainFactory grains, TimeProvider time)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    public async Task<ActivitySummary> SummaryAsync(Caller caller, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var byState = (await catalog.CountByStateAsync(ct)).OrderBy(p => p.Key).ToDictionary(p => p.Key.ToString().ToLowerInvariant(), p => p.Value);

        // Counted by the stores: no article, alert or delivery is read to draw the overview.
        var firstHour = CountSeries.FirstStart(now, Hour, 24);
        var perHour = CountSeries.Of(firstHour, Hour, await archive.CountByTimeAsync(firstHour, Hour, 24, ct));

        var visible = TopicAccess.Visible(caller, await topics.ListAsync()).Select(t => t.Id).ToList();
        var firstDay = CountSeries.FirstStart(now, Day, 14);
        var perDay = CountSeries.Of(firstDay, Day, await topicStore.CountAlertsByTimeAsync(visible, firstDay, Day, 14, ct));

        var deliveries = await subscriptions.DeliveryTotalsAsync(caller.IsOperator ? null : caller.KeyId, ct);
        var silos = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, ct);
        return new ActivitySummary(byState, perHour, perDay, deliveries.Pending, deliveries.Failing, deliveries.Dead, silos.Count);
    }
}
