using Monitoring.Stories;
using System.Globalization;
using System.Net.Http.Json;
using System.Security;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Abstractions;
using Monitoring.Silo.Tests.Delivery;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Topics;

/// <summary>
/// A topic defined after its articles were archived is backfilled from the archive's window: its log and
/// story hold them, subscribers are not told unless the request asks, and older articles stay out.
/// </summary>
public sealed class TopicBackfillTests : ReceiverTests
{
    // Written for this test: a UK–Iran story; the export ban is dated before the 30-day window.
    private static readonly (string Id, int DaysAgo, string Title, string Body)[] Articles =
    [
        ("b-old", 60, "Britain bans exports of drone parts to Iran",
            "Britain banned the export of drone components to Iran. The European Union said it would follow with its own restrictions."),
        ("b-1", 10, "Britain weighs sanctions on Iran",
            "The British government is considering sanctions against Iran after the drone attack on Israel. Foreign Secretary David Cameron said London would act with its allies."),
        ("b-2", 5, "UK freezes assets of Iranian commanders",
            "The United Kingdom froze the assets of seven Iranian military commanders on Thursday. Britain also imposed sanctions on Iran's drone makers, Cameron said."),
    ];

    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Receiver.Accept("/quiet");
        Receiver.Accept("/loud");
        Server.MapFeed("/uk.xml", Feed);
    }

    private string Feed()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>UK news</title><link>https://uk.example.org/</link><description>t</description>");
        foreach (var (id, daysAgo, title, body) in Articles)
        {
            var date = _now.AddDays(-daysAgo).ToString("R", CultureInfo.InvariantCulture);
            sb.Append(CultureInfo.InvariantCulture,
                $"<item><guid>{id}</guid><title>{SecurityElement.Escape(title)}</title><link>https://uk.example.org/{id}</link><pubDate>{date}</pubDate><description>{SecurityElement.Escape(body)}</description></item>");
        }
        return sb.Append("</channel></rss>").ToString();
    }

    private static object UkIran(string id, object? backfill = null) =>
        new { id, name = "UK–Iran", allActors = new[] { "United Kingdom", "Iran" }, keywords = new[] { "sanction", "freez", "ban" }, backfill };

    /// <summary>A topic that matches nothing archived, so it starts with an empty story and no backfill.</summary>
    private static object Elsewhere(string id) =>
        new { id, name = "Elsewhere", allActors = new[] { "Freedonia" }, backfill = new { days = 0 } };

    private static async Task<RunningSilo> SiloWithArchiveAsync(FeedServer server)
    {
        var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast());
        await silo.PollAsync(await silo.AddSourceAsync(server.Url("/uk.xml")));
        Assert.Equal(Articles.Length, (await silo.ArticlesAsync()).GetArrayLength());
        return silo;
    }

    private static async Task<JsonElement> BackfillDoneAsync(RunningSilo silo, string topic)
    {
        JsonElement backfill = default;
        await RunningSilo.EventuallyAsync(async () =>
        {
            backfill = (await silo.GetJsonAsync($"/api/topics/{topic}")).GetProperty("backfill");
            return backfill.ValueKind == JsonValueKind.Object && !backfill.GetProperty("running").GetBoolean();
        }, TimeSpan.FromSeconds(30), $"the backfill of {topic} to finish");
        Assert.Equal(JsonValueKind.Null, backfill.GetProperty("error").ValueKind);
        return backfill;
    }

    private static async Task<List<JsonElement>> AlertsAsync(RunningSilo silo, string topic) =>
        (await silo.GetJsonAsync($"/api/topics/{topic}/alerts?limit=1000")).EnumerateArray().ToList();

    /// <summary>Applies one live article naming a person the topic has not seen: one new_actor alert, delivered as any live one.</summary>
    private static async Task<long> MarkerAsync(RunningSilo silo, string topic)
    {
        var raised = await silo.Services.GetRequiredService<IGrainFactory>().GetGrain<ITopicGrain>(topic).Apply(new StoryArticle
        {
            Id = "https://uk.example.org/marker-" + topic,
            Url = "https://uk.example.org/marker-" + topic,
            Outlet = "uk.example.org",
            Published = DateTimeOffset.UtcNow,
            Text = "Britain and Iran met to talk about sanctions.",
            Actors =
            [
                new() { Name = "United Kingdom", Kind = "country" },
                new() { Name = "Iran", Kind = "country" },
                new() { Name = "Marker Person", Kind = "person", Evidence = "Marker Person spoke." },
            ],
        });
        return Assert.Single(raised).Sequence;
    }

    /// <summary>The ids of the stream's events from the start of the log until <paramref name="until"/> has come.</summary>
    private static async Task<List<long>> StreamUntilAsync(RunningSilo silo, string topic, long until)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await silo.Client.GetAsync($"/api/stream?topic={topic}", HttpCompletionOption.ResponseHeadersRead, cts.Token);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cts.Token));
        var ids = new List<long>();
        while (!ids.Contains(until) && await reader.ReadLineAsync(cts.Token) is { } line)
        {
            if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                ids.Add(long.Parse(line[4..], CultureInfo.InvariantCulture));
            }
        }
        return ids;
    }

    [Fact]
    public async Task A_topic_created_after_its_articles_were_archived_has_the_story_of_the_window_only()
    {
        await using var silo = await SiloWithArchiveAsync(Server);

        var created = await silo.PostJsonAsync("/api/topics", UkIran("uk-iran"));
        var started = created.GetProperty("backfill");
        Assert.Equal("backfill", started.GetProperty("kind").GetString());
        Assert.False(started.GetProperty("alert").GetBoolean());
        var since = started.GetProperty("since").GetDateTimeOffset();
        Assert.InRange(since, _now.AddDays(-30).AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(-30));

        var done = await BackfillDoneAsync(silo, "uk-iran");
        Assert.Equal(2, done.GetProperty("articlesRead").GetInt32()); // the 60-day-old article is outside the window
        var alerts = await AlertsAsync(silo, "uk-iran");
        Assert.Equal(done.GetProperty("newAlerts").GetInt32(), alerts.Count);
        Assert.Contains(alerts, a => a.GetProperty("type").GetString() == "asset_freeze" && a.GetProperty("status").GetString() == "enacted");
        Assert.Contains(alerts, a => a.GetProperty("actor").GetString() == "David Cameron");
        Assert.DoesNotContain(alerts, a => a.GetProperty("type").GetString() == "export_ban");
        Assert.All(alerts, a => Assert.True(a.GetProperty("quiet").GetBoolean()));

        var story = (await silo.GetJsonAsync("/api/topics/uk-iran/story")).GetRawText();
        Assert.Contains("asset_freeze", story, StringComparison.Ordinal);
        Assert.Contains("David Cameron", story, StringComparison.Ordinal);
        Assert.DoesNotContain("export_ban", story, StringComparison.Ordinal);

        // A wider window asked for in the request reaches the older article.
        await silo.PostJsonAsync("/api/topics", UkIran("uk-iran-wide", new { days = 90 }));
        await BackfillDoneAsync(silo, "uk-iran-wide");
        Assert.Contains(await AlertsAsync(silo, "uk-iran-wide"), a => a.GetProperty("type").GetString() == "export_ban");

        // Past the bound the request is refused, naming the field.
        using var tooFar = await silo.Client.PostAsJsonAsync("/api/topics", UkIran("uk-iran-far", new { days = 366 }));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, tooFar.StatusCode);
        Assert.Contains("backfill.days", await tooFar.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A silo with the archive and a topic that follows nothing in it yet, with a webhook subscription.</summary>
    private async Task<RunningSilo> SubscribedAsync(string topic)
    {
        var silo = await SiloWithArchiveAsync(Server);
        await silo.PostJsonAsync("/api/topics", Elsewhere(topic));
        await silo.PostJsonAsync("/api/subscriptions", new { topic, channel = new { type = "webhook", url = Receiver.Url("/" + topic).ToString() } });
        return silo;
    }

    [Fact]
    public async Task A_backfill_is_not_delivered_to_webhooks_or_streams_by_default()
    {
        await using var silo = await SubscribedAsync("quiet");

        // Redefined to follow the UK–Iran story: backfilled, quietly by default.
        using (var put = await silo.Client.PutAsJsonAsync("/api/topics/quiet", UkIran("quiet")))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }
        var quiet = await BackfillDoneAsync(silo, "quiet");
        Assert.True(quiet.GetProperty("newAlerts").GetInt32() >= 3);
        var marker = await MarkerAsync(silo, "quiet");
        // Deliveries are in order per subscription: anything of the backfill would have come before the marker.
        Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.Accepted("/quiet").Any(r => r.Sequence == marker), TimeSpan.FromSeconds(20)));
        Assert.Equal([marker], Receiver.Accepted("/quiet").Select(r => r.Sequence));
        Assert.Equal([marker], await StreamUntilAsync(silo, "quiet", marker));

    }

    [Fact]
    public async Task A_backfill_asked_to_alert_is_delivered_like_live_alerts()
    {
        await using var silo = await SubscribedAsync("loud");
        using (var put = await silo.Client.PutAsJsonAsync("/api/topics/loud", UkIran("loud", new { days = 30, alert = true })))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }
        var loud = await BackfillDoneAsync(silo, "loud");
        Assert.True(loud.GetProperty("alert").GetBoolean());
        var told = (await AlertsAsync(silo, "loud")).Select(a => a.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(loud.GetProperty("newAlerts").GetInt32(), told.Count);
        Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.Accepted("/loud").Count >= told.Count, TimeSpan.FromSeconds(20)));
        Assert.Equal(told, Receiver.Accepted("/loud").Select(r => r.Sequence));
        Assert.Equal(told, await StreamUntilAsync(silo, "loud", told[^1]));
    }
}
