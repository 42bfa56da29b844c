using System.Net;
using Microsoft.Data.Sqlite;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests;

/// <summary>A source whose stored state cannot be decoded: its polls say so, and it can still be removed.</summary>
public sealed class UnreadableStateTests
{
    [Fact]
    public async Task A_source_whose_state_cannot_be_read_reports_it_in_its_health_and_can_be_removed()
    {
        await using var feeds = await FeedServer.StartAsync();
        var items = RssBuilder.Items("garbled", 2, feeds.BaseUrl.ToString());
        feeds.MapFeed("/garbled.xml", () => RssBuilder.Feed("Garbled", items));

        string id;
        string dataPath;
        await using (var first = await RunningSilo.StartAsync())
        {
            dataPath = first.DataPath;
            id = await first.AddSourceAsync(feeds.Url("/garbled.xml"));
            await RunningSilo.EventuallyAsync(
                async () => (await first.SourceAsync(id)).GetProperty("health").GetProperty("articles").GetInt64() == 2,
                TimeSpan.FromSeconds(20), "the first poll");
        }
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "monitoring.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var garble = connection.CreateCommand();
            garble.CommandText = "UPDATE grain_state SET data = X'FFFEFDFC00010203' WHERE state_type = 'source'";
            Assert.Equal(1, await garble.ExecuteNonQueryAsync());
        }

        // A changed feed must be ingested, which needs the seen ids the state holds.
        items = RssBuilder.Items("garbled", 3, feeds.BaseUrl.ToString());
        await using var second = await RunningSilo.StartAsync(dataPath);
        var source = await second.SourceAsync(id);
        Assert.Equal(feeds.Url("/garbled.xml").ToString(), source.GetProperty("url").GetString());

        var poll = await second.PollAsync(id);
        Assert.False(poll.GetProperty("succeeded").GetBoolean(), poll.ToString());
        Assert.Contains("cannot be read", poll.GetProperty("error").GetString());
        var health = (await second.SourceAsync(id)).GetProperty("health");
        Assert.Equal("Failing", health.GetProperty("state").GetString());
        Assert.Contains("cannot be read", health.GetProperty("lastError").GetString());
        Assert.Equal(2, (await second.ArticlesAsync(id)).GetArrayLength());

        using (var removed = await second.Client.DeleteAsync($"/api/sources/{id}"))
        {
            Assert.True(removed.IsSuccessStatusCode, $"DELETE: {(int)removed.StatusCode} {await removed.Content.ReadAsStringAsync()}");
        }
        using (var gone = await second.Client.GetAsync($"/api/sources/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }
        // Added again, it starts afresh: the third item is archived, the first two are not archived twice.
        var again = await second.AddSourceAsync(feeds.Url("/garbled.xml"));
        Assert.Equal(id, again);
        await RunningSilo.EventuallyAsync(async () => (await second.ArticlesAsync(id)).GetArrayLength() == 3,
            TimeSpan.FromSeconds(20), "the new item once the source was added again");
        Assert.True((await second.PollAsync(id)).GetProperty("succeeded").GetBoolean());
    }
}
