using Monitoring.Abstractions;
using Monitoring.Silo.Auth;
using Monitoring.Storage;

namespace Monitoring.Silo.Api;

/// <summary>Counts over time for one chart: the start of each bucket and how many fell in it, oldest first.</summary>
public sealed record CountSeries(TimeSpan Bucket, IReadOnlyList<DateTimeOffset> Starts, IReadOnlyList<int> Counts)
{
    /// <summary>Buckets <paramref name="times"/> into the <paramref name="buckets"/> whole buckets that end with the one holding <paramref name="now"/>.</summary>
    public static CountSeries Of(IEnumerable<DateTimeOffset> times, DateTimeOffset now, TimeSpan bucket, int buckets)
    {
        var lastStart = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % bucket.Ticks), TimeSpan.Zero);
        var first = lastStart - (bucket * (buckets - 1));
        var counts = new int[buckets];
        foreach (var t in times)
        {
            var index = (int)Math.Floor((t - first) / bucket);
            if (index >= 0 && index < buckets)
            {
                counts[index]++;
            }
        }
        return new CountSeries(bucket, [.. Enumerable.Range(0, buckets).Select(i => first + (bucket * i))], counts);
    }
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
    private const int MaxArticles = 50_000;
    private const int MaxAlertsPerTopic = 10_000;

    public async Task<ActivitySummary> SummaryAsync(Caller caller, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var byState = (await catalog.CountByStateAsync(ct)).OrderBy(p => p.Key).ToDictionary(p => p.Key.ToString().ToLowerInvariant(), p => p.Value);

        var articles = await archive.QueryAsync(null, now.AddHours(-24), MaxArticles, ct);
        var perHour = CountSeries.Of(articles.Select(a => a.PublishedAt ?? a.FetchedAt), now, TimeSpan.FromHours(1), 24);

        var alertTimes = new List<DateTimeOffset>();
        foreach (var topic in TopicAccess.Visible(caller, await topics.ListAsync()))
        {
            var rows = await topicStore.ReadAlertsAsync(topic.Id, 0, MaxAlertsPerTopic, ct);
            alertTimes.AddRange(rows.Select(r => r.At));
        }
        var perDay = CountSeries.Of(alertTimes, now, TimeSpan.FromDays(1), 14);

        int pending = 0, failing = 0, dead = 0;
        foreach (var s in await subscriptions.ListAsync(caller.IsOperator ? null : caller.KeyId, ct))
        {
            var state = await subscriptions.DeliveryStateAsync(s.Id, ct);
            pending += state.Pending;
            dead += state.Dead;
            failing += state.FailingSince is null ? 0 : 1;
        }
        var silos = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, ct);
        return new ActivitySummary(byState, perHour, perDay, pending, failing, dead, silos.Count);
    }
}
