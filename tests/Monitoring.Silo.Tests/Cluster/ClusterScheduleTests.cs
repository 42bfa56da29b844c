using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using Monitoring.Silo.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Monitoring.Silo.Tests.Cluster;

/// <summary>
/// Two silo processes poll one catalog: requests to one host keep their gap across both silos, and the
/// sources whose schedule shards lived on a silo killed with -9 are polled by the other.
/// </summary>
[Collection(UsesPostgres.Name)]
public sealed class ClusterScheduleTests(PostgresServer server, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Feeds = 12;
    /// <summary>Longer than the feeds ask for (12 every 5 s): the host is the limit, and each silo alone would allow twice the rate.</summary>
    private static readonly TimeSpan Gap = TimeSpan.FromSeconds(1);

    private readonly ConcurrentQueue<(string Path, DateTimeOffset At)> _polls = new();
    private FeedServer _feeds = null!;

    public async Task InitializeAsync()
    {
        _feeds = await FeedServer.StartAsync();
        for (var i = 0; i < Feeds; i++)
        {
            var path = $"/feed-{i}.xml";
            var body = RssBuilder.Feed($"feed {i}", RssBuilder.Items($"f{i}", 2, "https://example.org/"));
            _feeds.Map(path, async context =>
            {
                _polls.Enqueue((path, DateTimeOffset.UtcNow));
                context.Response.ContentType = "application/rss+xml";
                await context.Response.WriteAsync(body);
            });
        }
    }

    public async Task DisposeAsync() => await _feeds.DisposeAsync();

    private static Dictionary<string, string> Settings(string connectionString, string clusterId)
    {
        var settings = SiloDeathTests.Settings(connectionString, clusterId);
        settings["Scheduler__Enabled"] = "true";
        settings["Polling__MinInterval"] = "00:00:05";
        settings["Polling__DefaultInterval"] = "00:00:05";
        settings["Polling__Jitter"] = "0";
        settings["Polling__FetchOriginalContent"] = "false";
        settings["Storage__ClaimLease"] = "00:00:10";
        settings["Fetch__AllowPrivateNetworks"] = "true";
        settings["Fetch__MinHostGap"] = Gap.ToString("c", CultureInfo.InvariantCulture);
        return settings;
    }

    [Fact]
    public async Task Two_silos_keep_one_gap_per_host_and_a_killed_silos_sources_poll_on_the_other()
    {
        var connectionString = await server.CreateDatabaseAsync();
        var clusterId = "schedule-" + Guid.NewGuid().ToString("n")[..8];
        await using var first = SiloProcess.Start(FreePort.Next(), Settings(connectionString, clusterId));
        await using var second = SiloProcess.Start(FreePort.Next(), Settings(connectionString, clusterId));
        await first.WaitReadyAsync(TimeSpan.FromSeconds(120));
        await second.WaitReadyAsync(TimeSpan.FromSeconds(120));
        await RunningSilo.EventuallyAsync(async () => await SiloDeathTests.CountAsync(connectionString, "SELECT count(*) FROM orleans_membership WHERE status = 3") == 2,
            TimeSpan.FromSeconds(60), "two active silos");

        using (var api = SiloDeathTests.Client(first))
        {
            for (var i = 0; i < Feeds; i++)
            {
                using var added = await api.PostAsJsonAsync("/api/sources", new { url = _feeds.Url($"/feed-{i}.xml").ToString(), validate = false });
                Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
            }
        }
        // Every feed polled twice: both silos' shards are at work, and the host has been the limit for a while.
        await RunningSilo.EventuallyAsync(() => Task.FromResult(_polls.GroupBy(p => p.Path).Count(g => g.Count() >= 2) == Feeds),
            TimeSpan.FromSeconds(120), "every feed to be polled twice");

        // One host for every feed: from either silo, no more requests than one per gap. Counted over the whole
        // span rather than between neighbours, since a loaded test process may time two arrivals together.
        var starts = _polls.Select(p => p.At).Order().ToList();
        var span = starts[^1] - starts[0];
        output.WriteLine($"{starts.Count} polls in {span.TotalSeconds:F1} s (gap {Gap.TotalSeconds} s)");
        var problems = new List<string>();
        if ((starts.Count - 1) * Gap > span + TimeSpan.FromSeconds(1.5))
        {
            problems.Add($"{starts.Count} requests to one host in {span.TotalSeconds:F1} s, with a gap of {Gap.TotalSeconds} s");
        }

        await second.KillAsync();
        var killedAt = DateTimeOffset.UtcNow;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (DateTime.UtcNow < deadline && _polls.Where(p => p.At > killedAt).Select(p => p.Path).Distinct().Count() < Feeds)
        {
            await Task.Delay(200);
        }
        var polledAgain = _polls.Where(p => p.At > killedAt).GroupBy(p => p.Path).ToList();
        if (polledAgain.Count < Feeds)
        {
            problems.Add($"{Feeds - polledAgain.Count} feeds not polled within 90 s of the kill");
        }
        else
        {
            var after = polledAgain.Select(g => g.Min(p => p.At) - killedAt).Max();
            output.WriteLine($"every feed polled again within {after.TotalSeconds:F1} s of kill -9");
            if (after > TimeSpan.FromSeconds(75))
            {
                problems.Add($"the last feed polled again {after.TotalSeconds:F0} s after the kill");
            }
        }
        Assert.Empty(problems);
    }
}
