using System.Globalization;
using System.Net;
using Monitoring.Silo.Hosting;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Telemetry;

public sealed class MetricsTests
{
    private const int Hosts = 40;

    [Fact]
    public async Task Polling_many_hosts_keeps_the_scrape_small_and_free_of_host_labels()
    {
        var (before, after) = await ScrapeAroundPollingManyHostsAsync(perHost: false);

        // The silo's own listen address may label server-side series; no host it talked to labels any.
        var outgoing = after.Split('\n').Where(line => line.StartsWith("http_client", StringComparison.Ordinal) || line.StartsWith("dns_", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(outgoing);
        Assert.DoesNotContain(outgoing, line => line.Contains("server_address", StringComparison.Ordinal) || line.Contains("network_peer_address", StringComparison.Ordinal));
        Assert.DoesNotContain("dns_question_name", after);
        Assert.All(Enumerable.Range(2, Hosts), i => Assert.DoesNotContain($"\"127.0.0.{i}\"", after));
        // Series do not multiply with hosts: what polling them adds is a few series, not one per host.
        Assert.True(after.Length - before.Length < Hosts * 250, $"the scrape grew from {before.Length} to {after.Length} bytes");
    }

    [Fact]
    public async Task Per_host_metrics_are_kept_when_asked_for()
    {
        var (_, after) = await ScrapeAroundPollingManyHostsAsync(perHost: true);

        Assert.Contains("server_address=\"127.0.0.7\"", after);
    }

    [Fact]
    public async Task With_metrics_requiring_a_key_only_an_operator_may_scrape()
    {
        await using var silo = await RunningSilo.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Scheduler:Enabled"] = "false",
            ["Telemetry:MetricsRequireKey"] = "true",
        });
        var subscriberKey = (await silo.PostJsonAsync("/api/keys", new { name = "reader", role = "subscriber" })).GetProperty("key").GetString();
        using var anonymous = silo.ClientWithKey(null);
        using var subscriber = silo.ClientWithKey(subscriberKey);

        using var withoutKey = await anonymous.GetAsync("/metrics");
        using var asSubscriber = await subscriber.GetAsync("/metrics");
        using var asOperator = await silo.Client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asSubscriber.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asOperator.StatusCode);
        Assert.Contains("# TYPE", await asOperator.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Metrics_need_no_key_by_default()
    {
        await using var silo = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling);
        using var anonymous = silo.ClientWithKey(null);

        using var response = await anonymous.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void A_metrics_option_that_is_not_a_boolean_stops_the_host_naming_it()
    {
        var e = Assert.Throws<SettingsException>(() => MonitoringHost.Build([], config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telemetry:MetricsRequireKey"] = "sometimes",
        })));

        Assert.Contains("Telemetry:MetricsRequireKey", e.Message);
    }

    /// <summary>Scrapes after one host is polled and again after <see cref="Hosts"/> more (loopback addresses, a closed port).</summary>
    private static async Task<(string Before, string After)> ScrapeAroundPollingManyHostsAsync(bool perHost)
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.MapFeed("/one.xml", () => RssBuilder.Feed("One", RssBuilder.Items("one", 1, feeds.BaseUrl.ToString())));
        await using var silo = await RunningSilo.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Scheduler:Enabled"] = "false",
            ["Telemetry:PerHostMetrics"] = perHost ? "true" : "false",
        });
        await silo.PollAsync(await silo.AddSourceAsync(feeds.Url("/one.xml")));
        var before = await ScrapeAfterPollsAsync(silo, 1);

        var closedPort = FreePort.Next();
        for (var i = 2; i < Hosts + 2; i++)
        {
            await silo.PollAsync(await silo.AddSourceAsync(new Uri($"http://127.0.0.{i}:{closedPort}/feed.xml"), validate: false));
        }
        return (before, await ScrapeAfterPollsAsync(silo, 1 + Hosts));
    }

    /// <summary>A scrape that counts at least <paramref name="polls"/> polls (the exporter caches a scrape briefly).</summary>
    private static async Task<string> ScrapeAfterPollsAsync(RunningSilo silo, long polls)
    {
        var text = "";
        await RunningSilo.EventuallyAsync(async () =>
        {
            text = await silo.Client.GetStringAsync("/metrics");
            return PollsCounted(text) >= polls;
        }, TimeSpan.FromSeconds(10), $"a scrape counting {polls} polls");
        return text;
    }

    private static long PollsCounted(string scrape) => scrape.Split('\n')
        .Where(line => line.StartsWith("monitoring_polls_total", StringComparison.Ordinal))
        // "name{labels} value [timestamp]"
        .Sum(line => (long)double.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
}
