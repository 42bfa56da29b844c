using Microsoft.Data.Sqlite;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests;

public sealed class RestartTests
{
    private static readonly IReadOnlyDictionary<string, string?> FastPolling = new Dictionary<string, string?>
    {
        ["Polling:MinInterval"] = "00:00:01",
        ["Polling:DefaultInterval"] = "00:00:01",
        ["Polling:MaxInterval"] = "00:00:02",
        ["Polling:Jitter"] = "0",
    };

    [Fact]
    public async Task After_a_restart_sources_are_still_there_still_polling_and_old_items_are_not_emitted_again()
    {
        await using var feeds = await FeedServer.StartAsync();
        var items = RssBuilder.Items("restart", 3, feeds.BaseUrl.ToString());
        // No validators: every poll downloads and parses the whole feed, so a lost seen-set would show.
        feeds.Map("/restart.xml", async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(RssBuilder.Feed("Restart", items));
        });

        string id;
        string dataPath;
        await using (var first = await RunningSilo.StartAsync(settings: FastPolling))
        {
            dataPath = first.DataPath;
            id = await first.AddSourceAsync(feeds.Url("/restart.xml"));
            await RunningSilo.EventuallyAsync(async () => (await first.ArticlesAsync(id)).GetArrayLength() == 3,
                TimeSpan.FromSeconds(20), "the first poll");
        }

        var requestsBefore = feeds.CountRequests("/restart.xml");
        await using var second = await RunningSilo.StartAsync(dataPath, FastPolling);

        var source = await second.SourceAsync(id);
        Assert.Equal(feeds.Url("/restart.xml").ToString(), source.GetProperty("url").GetString());
        var pollsBefore = source.GetProperty("health").GetProperty("polls").GetInt64();
        await RunningSilo.EventuallyAsync(
            async () => (await second.SourceAsync(id)).GetProperty("health").GetProperty("polls").GetInt64() >= pollsBefore + 2,
            TimeSpan.FromSeconds(30), "the restarted silo to poll the source again");
        Assert.True(feeds.CountRequests("/restart.xml") > requestsBefore);
        var health = (await second.SourceAsync(id)).GetProperty("health");
        Assert.Equal(3, health.GetProperty("articles").GetInt64());
        Assert.Equal(3, (await second.ArticlesAsync(id)).GetArrayLength());

        items = RssBuilder.Items("restart", 4, feeds.BaseUrl.ToString());
        await RunningSilo.EventuallyAsync(async () => (await second.ArticlesAsync(id)).GetArrayLength() == 4,
            TimeSpan.FromSeconds(30), "the new item after the restart");
        Assert.Equal(4, (await second.SourceAsync(id)).GetProperty("health").GetProperty("articles").GetInt64());
    }

    [Fact]
    public async Task After_a_restart_a_sources_poll_is_conditional_from_its_catalog_row_alone()
    {
        await using var feeds = await FeedServer.StartAsync();
        var items = RssBuilder.Items("row", 2, feeds.BaseUrl.ToString());
        feeds.MapFeed("/row.xml", () => RssBuilder.Feed("Row", items));

        string id;
        string dataPath;
        await using (var first = await RunningSilo.StartAsync())
        {
            dataPath = first.DataPath;
            id = await first.AddSourceAsync(feeds.Url("/row.xml"));
            // The poll's last write is its row (health, then validators): once it shows the poll, all is stored.
            await RunningSilo.EventuallyAsync(
                async () => (await first.SourceAsync(id)).GetProperty("health").GetProperty("articles").GetInt64() == 2,
                TimeSpan.FromSeconds(20), "the first poll");
        }

        // Without its stored state a source knows no validators but its row's: a poll answered 304 needs no more.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "monitoring.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM grain_state WHERE state_type = 'source'";
            Assert.Equal(1, await delete.ExecuteNonQueryAsync());
        }
        await using var second = await RunningSilo.StartAsync(dataPath);
        var poll = await second.PollAsync(id);

        Assert.True(poll.GetProperty("notModified").GetBoolean(), poll.ToString());
        Assert.False(string.IsNullOrEmpty(feeds.Requests.Last(r => r.Path == "/row.xml").Headers.IfNoneMatch.ToString()));
    }
}
