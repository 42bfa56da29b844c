using System.Globalization;
using System.Net.Http.Json;
using System.Security;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Silo.Tests.Delivery;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Faults;

/// <summary>A replay of a topic with a live subscriber: nothing re-sent, nothing missed, sequences only grow, times keep their offset.</summary>
public sealed class ReplayWithSubscriberTests : ReceiverTests
{
    private static readonly TimeSpan Tokyo = TimeSpan.FromHours(9);

    // Written for this test: three steps of a UK–Iran story, dated in Tokyo time.
    private static readonly (string Id, DateTimeOffset Published, string Title, string Body)[] Articles =
    [
        ("r-1", new DateTimeOffset(2024, 4, 10, 18, 0, 0, Tokyo), "Britain weighs sanctions on Iran",
            "The British government is considering sanctions against Iran after the drone attack on Israel. Foreign Secretary David Cameron said London would act with its allies."),
        ("r-2", new DateTimeOffset(2024, 4, 18, 18, 0, 0, Tokyo), "UK freezes assets of Iranian commanders",
            "The United Kingdom froze the assets of seven Iranian military commanders on Thursday. Britain also imposed sanctions on Iran's drone makers, Cameron said."),
        ("r-3", new DateTimeOffset(2024, 4, 25, 18, 0, 0, Tokyo), "Britain bans exports of drone parts to Iran",
            "Britain banned the export of drone components to Iran. The European Union said it would follow with its own restrictions."),
    ];


    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Receiver.Accept("/hook");
        Server.MapFeed("/uk.xml", Feed);
    }

    private static string Feed()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>UK news</title><link>https://uk.example.org/</link><description>t</description>");
        foreach (var (id, published, title, body) in Articles.Reverse())
        {
            // RFC 822 with the outlet's own offset, as many feeds write it.
            var date = published.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " +0900";
            sb.Append(CultureInfo.InvariantCulture,
                $"<item><guid>{id}</guid><title>{SecurityElement.Escape(title)}</title><link>https://uk.example.org/{id}</link><pubDate>{date}</pubDate><description>{SecurityElement.Escape(body)}</description></item>");
        }
        return sb.Append("</channel></rss>").ToString();
    }

    private static object Topic(params string[] types) =>
        new { id = "uk-iran", name = "UK–Iran", allActors = new[] { "United Kingdom", "Iran" }, keywords = new[] { "sanction", "freez", "ban" }, measureTypes = types };

    [Fact]
    public async Task A_replay_tells_the_subscriber_only_what_is_new_numbered_after_the_log()
    {
        await using var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast());
        // Live, the topic follows sanctions and freezes only.
        await silo.PostJsonAsync("/api/topics", Topic("sanctions_general", "asset_freeze"));
        await silo.PostJsonAsync("/api/subscriptions", new { topic = "uk-iran", channel = new { type = "webhook", url = Receiver.Url("/hook").ToString() } });
        await silo.PollAsync(await silo.AddSourceAsync(Server.Url("/uk.xml")));
        var live = (await silo.GetJsonAsync("/api/topics/uk-iran/alerts?limit=100")).EnumerateArray().ToList();
        Assert.True(live.Count >= 3, $"{live.Count} alerts live");
        Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.Accepted("/hook").Count == live.Count, TimeSpan.FromSeconds(20)));
        Assert.All(live, a => Assert.EndsWith("+09:00", a.GetProperty("at").GetString(), StringComparison.Ordinal));

        // Export bans are followed too from now on; the replay finds the one already archived.
        using (var put = await silo.Client.PutAsJsonAsync("/api/topics/uk-iran", Topic("sanctions_general", "asset_freeze", "export_ban")))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }
        await silo.PostJsonAsync("/api/topics/uk-iran/replay", new { });
        JsonElement status = default;
        Assert.True(await WebhookReceiver.WaitAsync(() =>
        {
            status = silo.GetJsonAsync("/api/topics/uk-iran/replay").GetAwaiter().GetResult();
            return !status.GetProperty("running").GetBoolean();
        }, TimeSpan.FromSeconds(30)));
        Assert.Equal(JsonValueKind.Null, status.GetProperty("error").ValueKind);
        Assert.Equal(1, status.GetProperty("newAlerts").GetInt32());

        var after = (await silo.GetJsonAsync("/api/topics/uk-iran/alerts?limit=100")).EnumerateArray().ToList();
        // The log kept what it told, byte for byte, and appended one alert after it.
        Assert.Equal(live.Select(a => a.GetRawText()), after.Take(live.Count).Select(a => a.GetRawText()));
        var added = Assert.Single(after.Skip(live.Count));
        Assert.Equal(live.Max(a => a.GetProperty("sequence").GetInt64()) + 1, added.GetProperty("sequence").GetInt64());
        Assert.Equal("export_ban", added.GetProperty("type").GetString());
        Assert.Equal("2024-04-25T18:00:00+09:00", added.GetProperty("at").GetString());

        Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.Accepted("/hook").Count > live.Count, TimeSpan.FromSeconds(20)));
        await silo.PostJsonAsync("/api/topics/uk-iran/replay", new { }); // a second replay has nothing to tell
        Assert.True(await WebhookReceiver.WaitAsync(() => !silo.GetJsonAsync("/api/topics/uk-iran/replay").GetAwaiter().GetResult().GetProperty("running").GetBoolean(), TimeSpan.FromSeconds(30)));
        Assert.Equal(0, (await silo.GetJsonAsync("/api/topics/uk-iran/replay")).GetProperty("newAlerts").GetInt32());
        // A live alert after it: deliveries are in order per subscription, so anything re-sent would come first.
        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        var marker = await grains.GetGrain<Monitoring.Abstractions.ITopicGrain>("uk-iran").Apply(new Monitoring.Stories.StoryArticle
        {
            Id = "https://uk.example.org/marker",
            Url = "https://uk.example.org/marker",
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
        var last = Assert.Single(marker).Sequence;
        Assert.Equal(added.GetProperty("sequence").GetInt64() + 1, last);
        Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.Accepted("/hook").Any(r => r.Sequence == last), TimeSpan.FromSeconds(20)));
        var sequences = Receiver.Accepted("/hook").Select(r => r.Sequence).ToList();
        Assert.Equal([.. after.Select(a => a.GetProperty("sequence").GetInt64()), last], sequences);
        Assert.Equal(sequences.Count, Receiver.Accepted("/hook").Select(r => r.Id).Distinct().Count());
    }
}
