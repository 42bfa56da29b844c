using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Abstractions;
using Monitoring.Silo.Tests.Infrastructure;
using Monitoring.Storage;

namespace Monitoring.Silo.Tests.Api;

/// <summary><c>GET /api/stats</c> on a real silo: the store's counts in the overview's buckets, alerts of the topics the caller may see.</summary>
public sealed class StatsEndpointTests
{
    /// <summary>The count of each bucket of a series in the response, and the bucket <paramref name="at"/> falls in (-1 when none).</summary>
    private static (int[] Counts, int Index) Bucket(JsonElement series, DateTimeOffset at)
    {
        var starts = series.GetProperty("starts").EnumerateArray().Select(s => s.GetDateTimeOffset()).ToList();
        var width = starts[1] - starts[0];
        return ([.. series.GetProperty("counts").EnumerateArray().Select(c => c.GetInt32())], starts.FindIndex(s => s <= at && at < s + width));
    }

    [Fact]
    public async Task Stats_count_articles_by_publication_or_fetch_time_and_alerts_of_visible_topics_only()
    {
        await using var silo = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling);
        var subscriber = await silo.PostJsonAsync("/api/keys", new { name = "stats-subscriber", role = "subscriber" });
        await AlertMaker.DefineTopicAsync(silo, "open", subscriber.GetProperty("id").GetString()!);
        var other = await silo.PostJsonAsync("/api/keys", new { name = "stats-other", role = "subscriber" });
        await AlertMaker.DefineTopicAsync(silo, "closed", other.GetProperty("id").GetString()!);
        var open = await AlertMaker.RaiseAsync(silo, "open", 2, "open-news");
        var closed = await AlertMaker.RaiseAsync(silo, "closed", 3, "closed-news");
        // Japan is new to each topic too: one alert more than the people named.
        Assert.Equal(3, open.Count);
        Assert.Equal(4, closed.Count);

        var now = DateTimeOffset.UtcNow;
        var archive = silo.Services.GetRequiredService<IArticleArchive>();
        Article Article(string path, DateTimeOffset? published, DateTimeOffset fetched) =>
            new() { CanonicalUrl = "https://weather.example.org/" + path, Url = "https://weather.example.org/" + path, Title = "Rain", PublishedAt = published, FetchedAt = fetched };
        await archive.AddAsync(Article("hour-ago", now.AddHours(-1), now), "src", "1");
        await archive.AddAsync(Article("unpublished", null, now), "src", "2");
        await archive.AddAsync(Article("day-and-a-bit-ago", now.AddHours(-24).AddMilliseconds(-1), now), "src", "3");

        using var asSubscriber = silo.ClientWithKey(subscriber.GetProperty("key").GetString());
        var mine = JsonDocument.Parse(await asSubscriber.GetStringAsync("/api/stats")).RootElement;
        var all = JsonDocument.Parse(await silo.Client.GetStringAsync("/api/stats")).RootElement;

        var (articles, hourAgo) = Bucket(all.GetProperty("articlesPerHour"), now.AddHours(-1));
        var (_, fetchedNow) = Bucket(all.GetProperty("articlesPerHour"), now);
        Assert.Equal(24, articles.Length);
        Assert.Equal(2, articles.Sum());
        Assert.Equal(1, articles[hourAgo]);
        Assert.Equal(1, articles[fetchedNow]);

        var (alertsMine, today) = Bucket(mine.GetProperty("alertsPerDay"), open[0].At);
        var (alertsAll, _) = Bucket(all.GetProperty("alertsPerDay"), open[0].At);
        Assert.Equal(14, alertsMine.Length);
        Assert.InRange(today, 12, 13); // today, or yesterday when midnight passed since the alerts
        Assert.Equal(3, alertsMine.Sum());
        Assert.Equal(7, alertsAll.Sum());
        Assert.Equal(0, mine.GetProperty("deliveriesPending").GetInt32());
        Assert.Equal(1, all.GetProperty("silosUp").GetInt32());
    }
}
