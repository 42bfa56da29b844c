using System.Net;
using System.Net.Http.Json;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Topics;

/// <summary><c>PUT /api/topics/{id}</c>: only an existing topic, only an operator, and routing follows the new definition.</summary>
public sealed class TopicUpdateTests
{
    private static readonly DateTimeOffset T0 = new(2024, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_put_topic_is_read_back_and_routes_the_next_articles_by_its_new_actors()
    {
        await using var feeds = await FeedServer.StartAsync();
        await using var silo = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling);
        await silo.PostJsonAsync("/api/topics", new { id = "moving", name = "Canada sanctions", allActors = new[] { "Canada" }, keywords = new[] { "sanction" } });
        var items = new List<RssBuilder.Item>
        {
            new("one", "Japan imposed sanctions on Iran.", "https://news.example/one", T0, "Japan imposed sanctions on Iran."),
        };
        feeds.MapFeed("/feed.xml", () => RssBuilder.Feed("news", items));
        var source = await silo.AddSourceAsync(feeds.Url("/feed.xml"));
        Assert.Equal(1, (await silo.PollAsync(source)).GetProperty("newArticles").GetInt32());
        Assert.Equal(0, (await silo.GetJsonAsync("/api/topics/moving/alerts")).GetArrayLength());

        using var put = await silo.Client.PutAsJsonAsync("/api/topics/moving",
            new { name = "Japan sanctions", allActors = new[] { "Japan" }, keywords = new[] { "sanction" } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var read = await silo.GetJsonAsync("/api/topics/moving");
        Assert.Equal("Japan sanctions", read.GetProperty("name").GetString());
        Assert.Equal(["Japan"], read.GetProperty("allActors").EnumerateArray().Select(a => a.GetString()));

        items.Add(new("two", "Japan froze the assets of Iranian banks.", "https://news.example/two", T0.AddHours(1), "Japan froze the assets of Iranian banks."));
        Assert.Equal(1, (await silo.PollAsync(source)).GetProperty("newArticles").GetInt32());
        var alerts = (await silo.GetJsonAsync("/api/topics/moving/alerts")).EnumerateArray().ToList();
        Assert.Contains(alerts, a => a.GetProperty("kind").GetString() == "new_measure" && a.GetProperty("type").GetString() == "asset_freeze");
        Assert.All(alerts, a => Assert.Equal("https://news.example/two", Assert.Single(a.GetProperty("articleUrls").EnumerateArray()).GetString()));
    }

    [Fact]
    public async Task A_put_on_a_missing_topic_is_404_an_invalid_one_400_and_a_subscribers_403()
    {
        await using var silo = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling);
        await AlertMaker.DefineTopicAsync(silo, "kept");
        using var subscriber = silo.ClientWithKey((await silo.PostJsonAsync("/api/keys", new { name = "s", role = "subscriber" })).GetProperty("key").GetString());

        using var missing = await silo.Client.PutAsJsonAsync("/api/topics/nowhere", new { name = "x", allActors = new[] { "Japan" } });
        using var invalid = await silo.Client.PutAsJsonAsync("/api/topics/kept", new { name = "x", minOutlets = -1 });
        using var forbidden = await subscriber.PutAsJsonAsync("/api/topics/kept", new { name = "taken", allActors = new[] { "Japan" } });

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await silo.Client.GetAsync("/api/topics/nowhere")).StatusCode);
        Assert.Equal("kept", (await silo.GetJsonAsync("/api/topics/kept")).GetProperty("name").GetString());
    }
}
