using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using Monitoring.Silo.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Monitoring.Silo.Tests.Cluster;

/// <summary>
/// Politeness for the whole cluster: two silos both polling sources on one host, more often than the host's
/// gap allows, start their requests at least <c>Fetch:MinHostGap</c> apart between them, not only each on its own.
/// </summary>
[Collection(UsesPostgres.Name)]
public sealed class ClusterPolitenessTests(PostgresServer server, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Feeds = 24;
    /// <summary>Requests counted once polling is steady: with the gap held across silos they span at least (n - 1) gaps.</summary>
    private const int Counted = 30;
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(1500);
    /// <summary>24 feeds every 4 s want 6 requests a second; the gap allows 2.5 to the cluster, 2.5 to each silo on its own.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(4);

    private readonly ConcurrentQueue<(int Feed, DateTimeOffset At)> _requests = new();
    private FeedServer _http = null!;

    public async Task InitializeAsync()
    {
        _http = await FeedServer.StartAsync();
        for (var i = 0; i < Feeds; i++)
        {
            var feed = i;
            var body = RssBuilder.Feed($"feed {feed}", RssBuilder.Items($"p{feed}", 2, "https://example.org/"));
            _http.Map($"/polite/{feed}.xml", async context =>
            {
                // The start as the host sees it: when the request arrives, before anything else is done.
                _requests.Enqueue((feed, DateTimeOffset.UtcNow));
                context.Response.ContentType = "application/rss+xml";
                await context.Response.WriteAsync(body);
            });
        }
    }

    public async Task DisposeAsync() => await _http.DisposeAsync();

    [Fact]
    public async Task Two_silos_polling_one_host_start_their_requests_a_gap_apart_between_them()
    {
        var interval = Interval.ToString("c", CultureInfo.InvariantCulture);
        await using var cluster = new SiloCluster(await server.CreateDatabaseAsync(), new Dictionary<string, string>
        {
            ["Scheduler__Enabled"] = "true",
            ["Scheduler__Lease"] = "00:00:10",
            ["Storage__ClaimLease"] = "00:00:10",
            ["Polling__MinInterval"] = interval,
            ["Polling__DefaultInterval"] = interval,
            ["Polling__MaxInterval"] = interval,
            ["Polling__Jitter"] = "0.2",
            ["Polling__FetchOriginalContent"] = "false",
            ["Fetch__AllowPrivateNetworks"] = "true",
            ["Fetch__MinHostGap"] = Gap.ToString("c", CultureInfo.InvariantCulture),
        });
        await cluster.StartAsync(2);
        using (var added = await cluster.Members[0].Api.PostAsJsonAsync("/api/sources?validate=false",
            Enumerable.Range(0, Feeds).Select(i => new { url = _http.Url($"/polite/{i}.xml").ToString() }).ToList()))
        {
            Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        }
        // Steady polling: every feed fetched twice, so both silos' sources are queueing for the host.
        await RunningSilo.EventuallyAsync(() => Task.FromResult(_requests.GroupBy(r => r.Feed).Count(g => g.Count() >= 2) == Feeds),
            TimeSpan.FromSeconds(90), "every feed to be polled twice");

        // Both silos poll the host: each hosts a good share of the sources.
        var activations = await SiloCluster.ActivationsAsync(cluster.Members[0]);
        output.WriteLine(SiloCluster.Describe(activations, "SourceGrain", "ScheduleShardGrain"));
        Assert.Equal(2, activations.Count);
        Assert.All(activations.Values, a => Assert.True(a.Of("SourceGrain") >= Feeds / 6, $"silo :{a.SiloPort} hosts only {a.Of("SourceGrain")} of the {Feeds} sources"));

        var from = DateTimeOffset.UtcNow;
        await RunningSilo.EventuallyAsync(() => Task.FromResult(_requests.Count(r => r.At > from) >= Counted),
            TimeSpan.FromSeconds(60), $"{Counted} more requests to the host");
        var starts = _requests.Where(r => r.At > from).Select(r => r.At).Order().Take(Counted).ToList();
        var span = starts[^1] - starts[0];
        var gaps = starts.Zip(starts.Skip(1), (a, b) => b - a).ToList();
        output.WriteLine($"{Counted} requests in {span.TotalSeconds:F2} s (gap {Gap.TotalMilliseconds} ms: at least {((Counted - 1) * Gap).TotalSeconds:F1} s); "
            + $"shortest gap {gaps.Min().TotalMilliseconds:F0} ms, {gaps.Count(g => g < Gap / 2)} under half the gap");
        // Counted over the span rather than between neighbours: a loaded machine may delay one arrival
        // and hurry the next, but cannot make thirty requests fit in much less than their gaps. A delayed
        // first arrival shortens the span, hence the slack of a few gaps; each silo holding only its own
        // gap would let both together fit the thirty in about half the span (6 s).
        Assert.True(span >= ((Counted - 1) * Gap) - Slack,
            $"{Counted} requests to one host in {span.TotalSeconds:F2} s, with a gap of {Gap.TotalMilliseconds} ms between any two");
    }
}
