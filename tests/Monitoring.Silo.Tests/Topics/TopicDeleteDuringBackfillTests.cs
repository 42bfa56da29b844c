using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security;
using System.Text;
using System.Text.Json;
using Monitoring.Silo.Tests.Delivery;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Topics;

/// <summary>
/// A topic deleted while its backfill runs: the backfill stops, nothing of it is logged or delivered
/// afterwards, and the topic made again under the same id starts clean (numbered from 1, every alert told).
/// </summary>
public sealed class TopicDeleteDuringBackfillTests : IAsyncLifetime
{
    private const string Topic = "doomed";
    private static readonly string[] Targets = ["Russia", "Iran", "Syria"];
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
    private FeedServer _server = null!;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _server = await FeedServer.StartAsync();
        _receiver = new WebhookReceiver(_server);
        _receiver.Accept("/first");
        _receiver.Accept("/second");
        _server.MapFeed("/tokyo.xml", () =>
        {
            var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Tokyo desk</title><link>https://tokyo.example.org/</link><description>t</description>");
            for (var k = 0; k < Targets.Length; k++)
            {
                var title = $"Japan imposes sanctions on {Targets[k]}";
                var body = $"Japan imposed sanctions on {Targets[k]} on Tuesday, the government in Tokyo said.";
                sb.Append(CultureInfo.InvariantCulture,
                    $"<item><guid>jp-{k}</guid><title>{SecurityElement.Escape(title)}</title><link>https://tokyo.example.org/d/{k}</link><pubDate>{_now.AddDays(-3 + k).ToString("R", CultureInfo.InvariantCulture)}</pubDate><description>{SecurityElement.Escape(body)}</description></item>");
            }
            return sb.Append("</channel></rss>").ToString();
        });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static object Japan() =>
        new { id = Topic, name = "Japan's sanctions", allActors = new[] { "Japan" }, keywords = new[] { "sanction" }, backfill = new { days = 30, alert = true } };

    private async Task SubscribeAsync(RunningSilo silo, string path) =>
        await silo.PostJsonAsync("/api/subscriptions", new { topic = Topic, channel = new { type = "webhook", url = _receiver.Url(path).ToString() } });

    [Fact]
    public async Task A_topic_deleted_during_its_backfill_leaves_nothing_and_starts_clean_when_made_again()
    {
        await using var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast());
        await silo.PollAsync(await silo.AddSourceAsync(_server.Url("/tokyo.xml")));

        // Deleted while its backfill waits to read (every backfill first waits out the routing's refresh).
        var created = await silo.PostJsonAsync("/api/topics", Japan());
        await SubscribeAsync(silo, "/first");
        Assert.True(created.GetProperty("backfill").GetProperty("running").GetBoolean());
        using (var deleted = await silo.Client.DeleteAsync($"/api/topics/{Topic}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        // Made again at once, with a new subscription: its own backfill tells the whole story, numbered from 1.
        var again = await silo.PostJsonAsync("/api/topics", Japan());
        await SubscribeAsync(silo, "/second");
        JsonElement done = default;
        await RunningSilo.EventuallyAsync(async () =>
        {
            done = (await silo.GetJsonAsync($"/api/topics/{Topic}")).GetProperty("backfill");
            return !done.GetProperty("running").GetBoolean();
        }, TimeSpan.FromSeconds(60), "the second backfill to finish");
        Assert.Equal(JsonValueKind.Null, done.GetProperty("error").ValueKind);
        Assert.Equal(again.GetProperty("backfill").GetProperty("startedAt").GetDateTimeOffset(), done.GetProperty("startedAt").GetDateTimeOffset());

        var alerts = (await silo.GetJsonAsync($"/api/topics/{Topic}/alerts?limit=1000")).EnumerateArray().ToList();
        var sequences = alerts.Select(a => a.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(done.GetProperty("newAlerts").GetInt64(), alerts.Count);
        Assert.Equal(Enumerable.Range(1, alerts.Count).Select(i => (long)i), sequences);
        Assert.Equal(Targets.Order(StringComparer.Ordinal),
            alerts.Where(a => a.GetProperty("kind").GetString() is "new_measure" or "new_target").Select(a => a.GetProperty("target").GetString()!).Order(StringComparer.Ordinal));

        // Delivered once each to the new subscription; the deleted topic's subscription got nothing.
        Assert.True(await WebhookReceiver.WaitAsync(() => _receiver.Accepted("/second").Count >= alerts.Count, TimeSpan.FromSeconds(20)),
            $"{_receiver.Accepted("/second").Count} of {alerts.Count} delivered");
        Assert.True(await WebhookReceiver.HoldsAsync(() => _receiver.Accepted("/second").Count == alerts.Count, TimeSpan.FromSeconds(2)),
            $"delivered: {string.Join(", ", _receiver.Accepted("/second").Select(r => r.Sequence))}");
        Assert.Equal(sequences, _receiver.Accepted("/second").Select(r => r.Sequence).Order());
        Assert.Empty(_receiver.On("/first"));
    }

    [Fact]
    public async Task Deleting_a_topic_stops_its_backfill_without_waiting_for_it()
    {
        await using var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast());
        await silo.PollAsync(await silo.AddSourceAsync(_server.Url("/tokyo.xml")));
        var created = await silo.PostJsonAsync("/api/topics", Japan());
        var readsFrom = created.GetProperty("backfill").GetProperty("readsFrom").GetDateTimeOffset();
        using (var deleted = await silo.Client.DeleteAsync($"/api/topics/{Topic}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }
        // Answered before the backfill would have begun reading: the deletion stopped it rather than waited for it.
        Assert.True(DateTimeOffset.UtcNow < readsFrom, $"the deletion returned at {DateTimeOffset.UtcNow:O}, the backfill was to read from {readsFrom:O}");
        using var missing = await silo.Client.GetAsync($"/api/topics/{Topic}/alerts");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
