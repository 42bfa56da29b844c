using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Monitoring.Silo.Tests.Infrastructure;
using Xunit.Abstractions;
using static Monitoring.Silo.Tests.Infrastructure.ApiJson;

namespace Monitoring.Silo.Tests.Cluster;

/// <summary>
/// A live stream is served by any silo: a client connected to one silo gets the alerts a topic grain
/// raises on another, since the stream reads the shared alert log rather than this process's signals alone.
/// </summary>
[Collection(UsesPostgres.Name)]
public sealed class ClusterStreamTests(PostgresServer server, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Topic = "japan-live";
    private const int Articles = 5;
    private FeedServer _http = null!;

    public async Task InitializeAsync()
    {
        _http = await FeedServer.StartAsync();
        _http.MapFeed("/tokyo.xml", () =>
        {
            var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Tokyo desk</title><link>https://tokyo.example.org/</link><description>t</description>");
            for (var k = 0; k < Articles; k++)
            {
                sb.Append(SanctionsStory.Item(k));
            }
            return sb.Append("</channel></rss>").ToString();
        });
    }

    public async Task DisposeAsync() => await _http.DisposeAsync();

    [Fact]
    public async Task A_stream_on_one_silo_carries_the_alerts_a_topic_grain_raises_on_another()
    {
        await using var cluster = new SiloCluster(await server.CreateDatabaseAsync(), new Dictionary<string, string>
        {
            ["Fetch__AllowPrivateNetworks"] = "true",
            ["Fetch__MinHostGap"] = "00:00:00",
            ["Polling__FetchOriginalContent"] = "false",
        });
        await cluster.StartAsync(2);
        using (var created = await cluster.Members[0].Api.PostAsJsonAsync("/api/topics", SanctionsStory.JapanTopic(Topic)))
        {
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }

        // The silo the topic's grain lives on (defining the topic activated it), and the other one, where the client connects.
        var activations = await SiloCluster.ActivationsAsync(cluster.Members[0]);
        var home = Assert.Single(activations.Values, a => a.Of("TopicGrain") > 0).SiloPort;
        var other = cluster.Members.Single(m => m.SiloPort != home);
        output.WriteLine($"topic grain on silo :{home}; stream read from silo :{other.SiloPort}");

        using var client = SiloDeathTests.Client(other.Process);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/stream?topic={Topic}");
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token);
        Assert.True(response.IsSuccessStatusCode, $"GET /api/stream: {(int)response.StatusCode}");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cts.Token));
        // The stream's first line: it is open and has read the (empty) log before any alert exists.
        Assert.StartsWith("retry:", await reader.ReadLineAsync(cts.Token));

        // The alerts come from an article polled, read and routed to the topic's grain on the other silo.
        var source = (await PostAsync(other.Api, "/api/sources?validate=false", new { url = _http.Url("/tokyo.xml").ToString() })).GetProperty("id").GetString()!;
        var clock = Stopwatch.StartNew();
        await PostAsync(other.Api, $"/api/sources/{source}/poll", new { });
        var expected = (2 * Articles) + 1;
        var events = new List<(long Id, JsonElement Alert)>();
        long? id = null;
        try
        {
            while (events.Count < expected && await reader.ReadLineAsync(cts.Token) is { } line)
            {
                if (line.StartsWith("id: ", StringComparison.Ordinal))
                {
                    id = long.Parse(line[4..], CultureInfo.InvariantCulture);
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && id is not null)
                {
                    events.Add((id.Value, JsonDocument.Parse(line[6..]).RootElement.Clone()));
                    id = null;
                }
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"the stream on silo :{other.SiloPort} carried {events.Count} of {expected} alerts raised on silo :{home} within 60 s");
        }
        output.WriteLine($"{events.Count} alerts on the other silo's stream, the last {clock.Elapsed.TotalSeconds:F1} s after the poll was asked for");

        Assert.Equal(Enumerable.Range(1, expected).Select(i => (long)i), events.Select(e => e.Id));
        Assert.All(events, e => Assert.Equal(e.Id, e.Alert.GetProperty("sequence").GetInt64()));
        Assert.Equal(SanctionsStory.Countries.Take(Articles).Order(StringComparer.Ordinal),
            events.Where(e => e.Alert.GetProperty("kind").GetString() is "new_measure" or "new_target").Select(e => SanctionsStory.Text(e.Alert, "target")).Order(StringComparer.Ordinal));
    }
}
