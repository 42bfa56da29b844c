using System.Globalization;
using System.Security;
using System.Text;
using System.Text.Json;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Topics;

/// <summary>Replay rebuilds what live ingestion built; as-of reads the story as it stood.</summary>
public sealed class TopicReplayTests
{
    private sealed record Story(string Id, DateTimeOffset Published, string Title, string Body);

    // Written for this test: a small UK–Iran story in three steps.
    private static readonly Story[] Articles =
    [
        new("uk-1", new DateTimeOffset(2024, 4, 10, 9, 0, 0, TimeSpan.Zero), "Britain weighs sanctions on Iran",
            "The British government is considering sanctions against Iran after the drone attack on Israel. Foreign Secretary David Cameron said London would act with its allies."),
        new("uk-2", new DateTimeOffset(2024, 4, 18, 9, 0, 0, TimeSpan.Zero), "UK freezes assets of Iranian commanders",
            "The United Kingdom froze the assets of seven Iranian military commanders on Thursday. Britain also imposed sanctions on Iran's drone makers, Cameron said."),
        new("uk-3", new DateTimeOffset(2024, 4, 25, 9, 0, 0, TimeSpan.Zero), "Britain bans exports of drone parts to Iran",
            "Britain banned the export of drone components to Iran. The European Union said it would follow with its own restrictions."),
    ];

    private static string Feed(IEnumerable<Story> stories)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>UK news</title><link>https://uk.example.org/</link><description>t</description>");
        foreach (var s in stories.Reverse())
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"<item><guid>{s.Id}</guid><title>{SecurityElement.Escape(s.Title)}</title><link>https://uk.example.org/{s.Id}</link><pubDate>{s.Published.ToString("R", CultureInfo.InvariantCulture)}</pubDate><description>{SecurityElement.Escape(s.Body)}</description></item>");
        }
        return sb.Append("</channel></rss>").ToString();
    }

    private static object Topic(string id) => new { id, name = "UK–Iran", allActors = new[] { "United Kingdom", "Iran" }, keywords = new[] { "sanction", "freez", "ban" } };

    private static async Task<List<string>> AlertsAsync(RunningSilo silo, string topic) =>
        (await silo.GetJsonAsync($"/api/topics/{topic}/alerts?limit=1000")).EnumerateArray()
            .Select(a => $"{a.GetProperty("sequence").GetInt64()} {a.GetProperty("kind").GetString()} {a.GetProperty("actor").ToString()}{a.GetProperty("type").ToString()} {a.GetProperty("imposer").ToString()}>{a.GetProperty("target").ToString()} {a.GetProperty("status").ToString()}")
            .ToList();

    private static async Task ReplayAsync(RunningSilo silo, string topic)
    {
        await silo.PostJsonAsync($"/api/topics/{topic}/replay", new { });
        JsonElement status = default;
        Assert.True(await WebhookReceiver.WaitAsync(() =>
        {
            status = silo.GetJsonAsync($"/api/topics/{topic}/replay").GetAwaiter().GetResult();
            return !status.GetProperty("running").GetBoolean();
        }, TimeSpan.FromSeconds(30)));
        Assert.Equal(JsonValueKind.Null, status.GetProperty("error").ValueKind);
        Assert.Equal(Articles.Length, status.GetProperty("articlesRead").GetInt32());
    }

    [Fact]
    public async Task Replay_and_a_topic_defined_after_the_fact_give_the_alerts_live_ingestion_gave()
    {
        await using var feeds = await FeedServer.StartAsync();
        await using var silo = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling);
        await silo.PostJsonAsync("/api/topics", Topic("uk-iran"));
        var published = new List<Story>();
        feeds.MapFeed("/uk.xml", () => Feed(published));
        var source = await silo.AddSourceAsync(feeds.Url("/uk.xml"));
        foreach (var article in Articles)
        {
            published.Add(article);
            await silo.PollAsync(source);
        }
        var live = await AlertsAsync(silo, "uk-iran");
        Assert.Contains(live, a => a.Contains("new_measure asset_freeze United Kingdom>Iran enacted", StringComparison.Ordinal));
        Assert.Contains(live, a => a.Contains("status_change sanctions_general United Kingdom>Iran enacted", StringComparison.Ordinal));
        Assert.Contains(live, a => a.Contains("new_measure export_ban United Kingdom>Iran enacted", StringComparison.Ordinal));
        Assert.Contains(live, a => a.Contains("new_actor David Cameron", StringComparison.Ordinal));

        await ReplayAsync(silo, "uk-iran");
        Assert.Equal(live, await AlertsAsync(silo, "uk-iran"));

        await silo.PostJsonAsync("/api/topics", Topic("uk-iran-late"));
        Assert.Empty(await AlertsAsync(silo, "uk-iran-late"));
        await ReplayAsync(silo, "uk-iran-late");
        Assert.Equal(live, await AlertsAsync(silo, "uk-iran-late"));
    }

    [Fact]
    public async Task The_story_as_of_a_date_holds_only_what_was_known_then()
    {
        await using var feeds = await FeedServer.StartAsync();
        await using var silo = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling);
        await silo.PostJsonAsync("/api/topics", Topic("uk-asof"));
        feeds.MapFeed("/all.xml", () => Feed(Articles));
        await silo.PollAsync(await silo.AddSourceAsync(feeds.Url("/all.xml")));

        var then = await silo.GetJsonAsync("/api/topics/uk-asof/story?asOf=2024-04-12");
        var now = await silo.GetJsonAsync("/api/topics/uk-asof/story");
        var measuresThen = then.GetProperty("measures").EnumerateObject().Select(m => m.Name).ToList();
        var measuresNow = now.GetProperty("measures").EnumerateObject().Select(m => m.Name).ToList();
        Assert.Equal(["sanctions_general|United Kingdom|Iran"], measuresThen);
        Assert.Contains("asset_freeze|United Kingdom|Iran", measuresNow);
        Assert.Equal("considered", then.GetProperty("measures").GetProperty("sanctions_general|United Kingdom|Iran").GetProperty("status").GetString());
        Assert.Equal("enacted", now.GetProperty("measures").GetProperty("sanctions_general|United Kingdom|Iran").GetProperty("status").GetString());
    }
}
