using System.Globalization;
using System.Net.Http.Json;
using System.Security;
using System.Text;
using Monitoring.Silo.Tests.Infrastructure;
using Xunit.Abstractions;
using static Monitoring.Silo.Tests.Infrastructure.ApiJson;

namespace Monitoring.Silo.Tests.Cluster;

/// <summary>
/// A topic defined through one silo is unknown to another silo's routing until that silo reads the topic
/// list again. An article the other silo archives and routes in that time misses the topic live, so the
/// topic's backfill must still find it in the archive.
/// </summary>
[Collection(UsesPostgres.Name)]
public sealed class ClusterBackfillRoutingTests(PostgresServer server, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Topic = "japan-new";

    /// <summary>Wide, so that every step between warming the routing and routing the article fits in it on a loaded machine.</summary>
    private static readonly TimeSpan IndexMaxAge = TimeSpan.FromSeconds(20);

    private static readonly string[] Targets = ["Russia", "Iran"];
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
    private FeedServer _http = null!;
    private volatile int _items = 1;

    public async Task InitializeAsync()
    {
        _http = await FeedServer.StartAsync();
        _http.MapFeed("/tokyo.xml", () =>
        {
            var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Tokyo desk</title><link>https://tokyo.example.org/</link><description>t</description>");
            for (var k = 0; k < _items; k++)
            {
                var title = $"Japan imposes sanctions on {Targets[k]}";
                var body = $"Japan imposed sanctions on {Targets[k]} on Tuesday, the government in Tokyo said.";
                sb.Append(CultureInfo.InvariantCulture,
                    $"<item><guid>jp-new-{k}</guid><title>{SecurityElement.Escape(title)}</title><link>https://tokyo.example.org/new/{k}</link><pubDate>{_now.AddHours(-2 + k).ToString("R", CultureInfo.InvariantCulture)}</pubDate><description>{SecurityElement.Escape(body)}</description></item>");
            }
            return sb.Append("</channel></rss>").ToString();
        });
    }

    public async Task DisposeAsync() => await _http.DisposeAsync();

    [Fact]
    public async Task An_article_routed_by_a_silo_that_does_not_know_the_new_topic_yet_reaches_it_through_the_backfill()
    {
        await using var cluster = new SiloCluster(await server.CreateDatabaseAsync(), new Dictionary<string, string>
        {
            ["Fetch__AllowPrivateNetworks"] = "true",
            ["Fetch__MinHostGap"] = "00:00:00",
            ["Polling__FetchOriginalContent"] = "false",
            ["Routing__IndexMaxAge"] = IndexMaxAge.ToString("c", CultureInfo.InvariantCulture),
        });
        await cluster.StartAsync(2);
        var first = cluster.Members[0];

        // The first poll routes the first article on the silo the source lives on: that silo reads the
        // topic list (no topic yet) and keeps it for IndexMaxAge.
        var source = (await PostAsync(first.Api, "/api/sources?validate=false", new { url = _http.Url("/tokyo.xml").ToString() })).GetProperty("id").GetString()!;
        await PostAsync(first.Api, $"/api/sources/{source}/poll", new { });
        var activations = await SiloCluster.ActivationsAsync(first);
        var routing = Assert.Single(activations.Values, a => a.Of("SourceGrain") > 0).SiloPort;
        var defining = cluster.Members.Single(m => m.SiloPort != routing);
        output.WriteLine($"source routed on silo :{routing}; topic defined through silo :{defining.SiloPort}");

        // Defined through the other silo, whose own routing learns of it at once; the source's silo does not.
        using (var created = await defining.Api.PostAsJsonAsync("/api/topics", new { id = Topic, name = "Japan's sanctions", allActors = new[] { "Japan" }, keywords = new[] { "sanction" } }))
        {
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }
        // Until the backfill begins reading (or has read everything), an article archived now is one it may still find.
        await RunningSilo.EventuallyAsync(async () =>
        {
            var backfill = (await GetAsync(defining.Api, $"/api/topics/{Topic}")).GetProperty("backfill");
            return !backfill.GetProperty("running").GetBoolean() || backfill.GetProperty("readsFrom").GetDateTimeOffset() > DateTimeOffset.UtcNow;
        }, TimeSpan.FromSeconds(60), "the backfill to wait before reading, or to finish");

        // The second article is archived and routed by the source's silo, still with the list read before the topic.
        _items = 2;
        var polled = await PostAsync(defining.Api, $"/api/sources/{source}/poll", new { });
        output.WriteLine($"second poll: {polled.GetRawText()}");

        // The backfill's story holds both articles: each target's sanctions are told once.
        await RunningSilo.EventuallyAsync(async () =>
        {
            var backfill = (await GetAsync(defining.Api, $"/api/topics/{Topic}")).GetProperty("backfill");
            return !backfill.GetProperty("running").GetBoolean();
        }, TimeSpan.FromSeconds(90), "the backfill to finish");
        var alerts = (await GetAsync(defining.Api, $"/api/topics/{Topic}/alerts?limit=100")).EnumerateArray().ToList();
        output.WriteLine(string.Join("\n", alerts.Select(SanctionsStory.Identity)));
        var targets = alerts.Where(a => a.GetProperty("kind").GetString() is "new_measure" or "new_target").Select(a => SanctionsStory.Text(a, "target")).ToList();
        Assert.True(targets.Order(StringComparer.Ordinal).SequenceEqual(Targets.Order(StringComparer.Ordinal)),
            $"targets told: [{string.Join(", ", targets)}]\n{cluster.Tails()}");
        Assert.Equal(alerts.Count, alerts.Select(SanctionsStory.Identity).Distinct().Count());
    }
}
