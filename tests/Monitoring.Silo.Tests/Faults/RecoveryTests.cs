using Microsoft.Extensions.DependencyInjection;
using Monitoring.Abstractions;
using Monitoring.Grains.Articles;
using Monitoring.Silo.Tests.Infrastructure;
using Monitoring.Storage;

namespace Monitoring.Silo.Tests.Faults;

/// <summary>What a stop between two writes leaves behind is picked up at the next start.</summary>
public sealed class RecoveryTests
{
    private static Article Sanctions(string id, string country) => new()
    {
        CanonicalUrl = $"https://tokyo.example.org/{id}",
        Url = $"https://tokyo.example.org/{id}",
        Title = $"Japan imposes sanctions on {country}",
        Summary = $"Japan imposed sanctions on {country} on Tuesday, the government said.",
        PublishedAt = new DateTimeOffset(2024, 11, 1, 9, 0, 0, TimeSpan.FromHours(9)),
        FetchedAt = DateTimeOffset.UtcNow,
        Sources = ["tokyo"],
    };

    [Fact]
    public async Task An_article_archived_but_never_routed_reaches_its_topic_at_the_next_start()
    {
        var data = Path.Combine(Path.GetTempPath(), "monitoring-tests", Guid.NewGuid().ToString("n"));
        await using (var first = await RunningSilo.StartAsync(data, RunningSilo.ManualPolling))
        {
            await first.PostJsonAsync("/api/topics", new { id = "jp", name = "Japan", allActors = new[] { "Japan" }, keywords = new[] { "sanction" } });
            // The archive's commit, and then the process stops before the router runs.
            var archive = first.Services.GetRequiredService<IArticleArchive>();
            await archive.AddBatchAsync([(Sanctions("a", "Belarus"), "a")], "tokyo");
            Assert.Empty((await first.GetJsonAsync("/api/topics/jp/alerts")).EnumerateArray());
        }
        await using var second = await RunningSilo.StartAsync(data, RunningSilo.ManualPolling);
        var alerts = (await second.GetJsonAsync("/api/topics/jp/alerts")).EnumerateArray().ToList();
        Assert.Contains(alerts, a => a.GetProperty("kind").GetString() == "new_actor" && a.GetProperty("actor").GetString() == "Belarus");
        Assert.Contains(alerts, a => a.GetProperty("kind").GetString() == "new_measure" && a.GetProperty("target").GetString() == "Belarus");
        // Routed once: the mark is gone, so a third start adds nothing.
        Assert.Empty(await second.Services.GetRequiredService<IArticleArchive>().ReadUnroutedAsync(DateTimeOffset.UtcNow.AddDays(1), 10));
    }

    [Fact]
    public async Task A_page_stored_but_never_routed_reaches_its_topic_at_the_next_start()
    {
        var data = Path.Combine(Path.GetTempPath(), "monitoring-tests", Guid.NewGuid().ToString("n"));
        var article = Sanctions("p", "Belarus") with { Title = "Japan's cabinet meets", Summary = "Japan's cabinet met on Tuesday, the government said." };
        await using (var first = await RunningSilo.StartAsync(data, RunningSilo.ManualPolling))
        {
            await first.PostJsonAsync("/api/topics", new { id = "jp", name = "Japan", allActors = new[] { "Japan" } });
            var archive = first.Services.GetRequiredService<IArticleArchive>();
            await archive.AddBatchAsync([(article, "p")], "tokyo");
            Assert.True(await first.Services.GetRequiredService<IArticleSink>().AcceptAsync(article, "tokyo", CancellationToken.None));
            await archive.MarkRoutedAsync([article.CanonicalUrl]);
            Assert.DoesNotContain((await first.GetJsonAsync("/api/topics/jp/alerts")).EnumerateArray(), a => a.GetProperty("kind").GetString() == "new_measure");
            // The page's commit, and then the process stops before its reading is routed.
            await archive.SetPageAsync(article.CanonicalUrl, "<p>Japan imposed sanctions on Belarus on Tuesday, the government said.</p>");
        }
        await using var second = await RunningSilo.StartAsync(data, RunningSilo.ManualPolling);
        var measures = (await second.GetJsonAsync("/api/topics/jp/alerts")).EnumerateArray()
            .Where(a => a.GetProperty("kind").GetString() == "new_measure").Select(a => a.GetProperty("target").GetString()).ToList();
        Assert.Equal(["Belarus"], measures);
        Assert.Empty(await second.Services.GetRequiredService<IArticleArchive>().ReadUnroutedAsync(DateTimeOffset.UtcNow.AddDays(1), 10));
    }

    [Fact]
    public async Task A_revision_stored_but_never_routed_reaches_its_topic_at_the_next_start_once()
    {
        var data = Path.Combine(Path.GetTempPath(), "monitoring-tests", Guid.NewGuid().ToString("n"));
        var article = Sanctions("r", "Belarus") with { Title = "Japan's cabinet meets", Summary = "Japan's cabinet met on Tuesday, the government said." };
        await using (var first = await RunningSilo.StartAsync(data, RunningSilo.ManualPolling))
        {
            await first.PostJsonAsync("/api/topics", new { id = "jp", name = "Japan", allActors = new[] { "Japan" } });
            var archive = first.Services.GetRequiredService<IArticleArchive>();
            await archive.AddBatchAsync([(article, "r")], "tokyo");
            Assert.True(await first.Services.GetRequiredService<IArticleSink>().AcceptAsync(article, "tokyo", CancellationToken.None));
            await archive.MarkRoutedAsync([article.CanonicalUrl]);
            // The revision's commit, and then the process stops before it is routed.
            Assert.NotNull(await archive.ReviseAsync(article.CanonicalUrl, "Japan imposes sanctions", "Japan imposed sanctions on Belarus on Tuesday, the government said.", null, maxRevisions: 5));
            Assert.DoesNotContain((await first.GetJsonAsync("/api/topics/jp/alerts")).EnumerateArray(), a => a.GetProperty("kind").GetString() == "new_measure");
        }
        await using (var second = await RunningSilo.StartAsync(data, RunningSilo.ManualPolling))
        {
            var measures = (await second.GetJsonAsync("/api/topics/jp/alerts")).EnumerateArray()
                .Where(a => a.GetProperty("kind").GetString() == "new_measure").Select(a => a.GetProperty("target").GetString()).ToList();
            Assert.Equal(["Belarus"], measures);
            Assert.Empty(await second.Services.GetRequiredService<IArticleArchive>().ReadUnroutedAsync(DateTimeOffset.UtcNow.AddDays(1), 10));
        }
        // A third start finds nothing left to hand on, and tells nothing twice.
        await using var third = await RunningSilo.StartAsync(data, RunningSilo.ManualPolling);
        Assert.Single((await third.GetJsonAsync("/api/topics/jp/alerts")).EnumerateArray(), a => a.GetProperty("kind").GetString() == "new_measure");
    }

    [Fact]
    public async Task Sources_claimed_by_a_poll_that_died_poll_within_seconds_of_the_next_start()
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.MapFeed("/claimed.xml", () => RssBuilder.Feed("claimed", RssBuilder.Items("c", 2, "https://example.org/")));
        var data = Path.Combine(Path.GetTempPath(), "monitoring-tests", Guid.NewGuid().ToString("n"));
        string id;
        await using (var first = await RunningSilo.StartAsync(data, RunningSilo.ManualPolling))
        {
            id = await first.AddSourceAsync(feeds.Url("/claimed.xml"), validate: false);
            // A shard claims it (its next poll moves to the end of a 10-minute lease) and the poll never reports back.
            var catalog = first.Services.GetRequiredService<ISourceCatalog>();
            var claimed = new List<string>();
            for (var shard = 0; shard < 4; shard++)
            {
                claimed.AddRange(await catalog.ClaimDueAsync(shard, DateTimeOffset.UtcNow.AddSeconds(1), DateTimeOffset.UtcNow.AddMinutes(10), 10));
            }
            Assert.Equal([id], claimed);
        }
        Assert.Equal(0, feeds.CountRequests("/claimed.xml"));

        await using var second = await RunningSilo.StartAsync(data, new Dictionary<string, string?> { ["Scheduler:Shards"] = "4" });
        await RunningSilo.EventuallyAsync(() => Task.FromResult(feeds.CountRequests("/claimed.xml") > 0), TimeSpan.FromSeconds(10), "the claimed source to poll");
        await RunningSilo.EventuallyAsync(async () => (await second.SourceAsync(id)).GetProperty("health").GetProperty("state").GetString() == "Active",
            TimeSpan.FromSeconds(10), "the source to show its poll");
    }

    [Fact]
    public async Task A_source_left_with_state_but_no_row_is_listed_and_polled_again_when_it_is_added_again()
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.MapFeed("/halved.xml", () => RssBuilder.Feed("halved", RssBuilder.Items("h", 2, "https://example.org/")));
        var data = Path.Combine(Path.GetTempPath(), "monitoring-tests", Guid.NewGuid().ToString("n"));
        string id;
        await using (var first = await RunningSilo.StartAsync(data, RunningSilo.ManualPolling))
        {
            id = await first.AddSourceAsync(feeds.Url("/halved.xml"), validate: false);
            Assert.Equal(2, (await first.PollAsync(id)).GetProperty("newArticles").GetInt32());
            // The row goes and the process stops before the state does (a removal cut between its two writes,
            // or a registration whose row write failed): the state alone schedules nothing.
            await first.Services.GetRequiredService<ISourceCatalog>().RemoveAsync(id);
        }
        await using var second = await RunningSilo.StartAsync(data, RunningSilo.ManualPolling);
        Assert.Equal(id, await second.AddSourceAsync(feeds.Url("/halved.xml"), validate: false));

        Assert.Equal(1, (await second.GetJsonAsync("/api/sources")).GetProperty("total").GetInt32());
        Assert.Equal(id, (await second.SourceAsync(id)).GetProperty("id").GetString());
        var poll = await second.PollAsync(id);
        Assert.True(poll.GetProperty("succeeded").GetBoolean());
        // The state it kept still knows the items: nothing is handed on twice.
        Assert.Equal(0, poll.GetProperty("newArticles").GetInt32());
    }
}
