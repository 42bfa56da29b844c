using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Security;
using System.Text;
using System.Text.Json;
using Monitoring.Silo.Tests.Infrastructure;
using Monitoring.Storage.Postgres;
using Xunit.Abstractions;
using static Monitoring.Silo.Tests.Infrastructure.ApiJson;

namespace Monitoring.Silo.Tests.Cluster;

/// <summary>
/// The whole system on three silo processes, PostgreSQL and ADO.NET clustering: a thousand loopback feeds
/// and a story told in them, every alert raised by topic grains from articles the silos polled, read and
/// routed. One silo is killed with -9 while it delivers; a fourth joins at the end.
/// </summary>
[Collection(UsesPostgres.Name)]
public sealed class ClusterScenarioTests(PostgresServer server, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Feeds = 1000;
    private const int LaterFeeds = 400;
    private const int FillerPerFeed = 2;
    /// <summary>Story article k is in feed k and in feed <c>SecondCopy + k</c>: two sources, likely two silos, one article.</summary>
    private const int SecondCopy = Feeds / 2;
    private const string JapanTopic = "japan-sanctions";
    private const string NeighbourTopic = "russia-iran-syria";
    private const string Secret = "whsec_c2NlbmFyaW8tZGVsaXZlcnktc2VjcmV0";
    private static readonly string[] Neighbours = ["Russia", "Iran", "Syria"];
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan ReleaseEvery = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan ReceiverWork = TimeSpan.FromMilliseconds(200);

    private readonly ConcurrentQueue<(int Feed, DateTimeOffset At)> _polls = new();
    private readonly Stopwatch _story = new();
    private FeedServer _http = null!;
    private WebhookReceiver _receiver = null!;

    private static int StoryLength => SanctionsStory.Countries.Length;

    /// <summary>How many story articles the feeds carry now: none before the story starts, then one more every <see cref="ReleaseEvery"/>.</summary>
    private int Released => _story.IsRunning ? Math.Min(StoryLength, (int)(_story.Elapsed / ReleaseEvery) + 1) : 0;

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Scheduler__Enabled"] = "true",
        // Claims as long as in production (Storage:ClaimLease 2 min): the dead silo's are freed when it is declared
        // dead, not when they run out, or the takeover below could not be within 30 s.
        ["Storage__ClaimLease"] = "00:02:00",
        ["Polling__MinInterval"] = Interval.ToString("c", CultureInfo.InvariantCulture),
        ["Polling__DefaultInterval"] = Interval.ToString("c", CultureInfo.InvariantCulture),
        ["Polling__MaxInterval"] = Interval.ToString("c", CultureInfo.InvariantCulture),
        ["Polling__Jitter"] = "0.2",
        ["Polling__FetchOriginalContent"] = "false",
        // Every feed is on the test's one loopback server: politeness between silos has its own test.
        ["Fetch__AllowPrivateNetworks"] = "true",
        ["Fetch__MinHostGap"] = "00:00:00",
        ["Fetch__MaxConcurrentPerHost"] = "32",
        ["Delivery__AllowPrivateNetworks"] = "true",
        ["Delivery__Timeout"] = "00:00:02",
        ["Delivery__LeaseDuration"] = "00:00:08",
        // Articles a killed silo archived but had not routed are picked up by the survivors' sweep.
        ["Routing__SweepInterval"] = "00:00:02",
        ["Routing__Grace"] = "00:00:05",
    };

    public async Task InitializeAsync()
    {
        _http = await FeedServer.StartAsync();
        _receiver = new WebhookReceiver(_http);
        foreach (var path in new[] { "/hook-japan", "/hook-neighbours" })
        {
            // A receiver that takes its time, so deliveries are still pending when a silo is killed.
            _receiver.Map(path, async _ =>
            {
                await Task.Delay(ReceiverWork);
                return StatusCodes.Status204NoContent;
            });
        }
        for (var i = 0; i < Feeds + LaterFeeds; i++)
        {
            var feed = i;
            _http.Map(FeedPath(feed), async context =>
            {
                _polls.Enqueue((feed, DateTimeOffset.UtcNow));
                await FeedServer.AnswerAsync(context, Body(feed));
            });
        }
    }

    public async Task DisposeAsync() => await _http.DisposeAsync();

    private static string FeedPath(int feed) => $"/feeds/{feed}.xml";

    private static string FillerLink(int feed, int n) => $"https://town{feed % 17}.example.org/notes/{feed}/{n}";

    private static IEnumerable<int> StoryIn(int feed) =>
        feed < StoryLength ? [feed] : feed >= SecondCopy && feed < SecondCopy + StoryLength ? [feed - SecondCopy] : [];

    private string Body(int feed)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>");
        sb.Append(CultureInfo.InvariantCulture, $"<title>Desk {feed}</title><link>https://town{feed % 17}.example.org/</link><description>d</description>");
        var released = Released;
        foreach (var k in StoryIn(feed).Where(k => k < released))
        {
            sb.Append(SanctionsStory.Item(k));
        }
        for (var n = 1; n <= FillerPerFeed; n++)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"<item><guid>n-{feed}-{n}</guid><title>Harbour notes {feed}.{n}</title><link>{SecurityElement.Escape(FillerLink(feed, n))}</link>"
                + $"<pubDate>{new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(feed * 3 + n).ToString("R", CultureInfo.InvariantCulture)}</pubDate>"
                + $"<description>The harbour of town {feed} opened pier {n} on Monday.</description></item>");
        }
        return sb.Append("</channel></rss>").ToString();
    }

    [Fact]
    public async Task Three_silos_poll_a_thousand_feeds_lose_and_repeat_nothing_through_a_kill_9_and_spread_to_a_fourth()
    {
        var clock = Stopwatch.StartNew();
        await using var cluster = new SiloCluster(await server.CreateDatabaseAsync(), Settings);
        try
        {
            await RunAsync(cluster, clock);
        }
        catch
        {
            output.WriteLine(cluster.Tails());
            throw;
        }
    }

    private async Task RunAsync(SiloCluster cluster, Stopwatch clock)
    {
        await cluster.StartAsync(3);
        output.WriteLine($"{clock.Elapsed.TotalSeconds,5:F1} s  three silos active");

        // The story's topics and their subscriptions, each made through a different silo.
        var silos = cluster.Members;
        await PostAsync(silos[0].Api, "/api/topics", SanctionsStory.JapanTopic(JapanTopic));
        await PostAsync(silos[1].Api, "/api/topics", new { id = NeighbourTopic, name = "Neighbours", anyActors = Neighbours, backfill = new { days = 0 } });
        var japan = await SubscribeAsync(silos[1].Api, JapanTopic, "/hook-japan");
        var neighbours = await SubscribeAsync(silos[2].Api, NeighbourTopic, "/hook-neighbours");

        var added = await PostAsync(silos[2].Api, "/api/sources?validate=false", Enumerable.Range(0, Feeds).Select(i => new { url = _http.Url(FeedPath(i)).ToString() }).ToList());
        Assert.Equal(Feeds, added.GetProperty("created").GetInt32());
        await WaitAsync(() => PolledFeeds(DateTimeOffset.MinValue, 0, Feeds), Feeds, TimeSpan.FromSeconds(240), "feeds polled once");
        output.WriteLine($"{clock.Elapsed.TotalSeconds,5:F1} s  all {Feeds} feeds polled once");

        var before = await SiloCluster.ActivationsAsync(silos[0]);
        output.WriteLine($"         before the kill: {SiloCluster.Describe(before, "SourceGrain", "ScheduleShardGrain", "TopicGrain")}");
        Assert.Equal(3, before.Count);
        // Every silo polls its share, so the one killed below leaves sources to take over. Counted by each
        // silo's own poll counter: a scheduled source deactivates after its poll, so activations undercount.
        var polled = new Dictionary<int, long>();
        foreach (var silo in silos)
        {
            polled[silo.SiloPort] = await PollsAsync(silo);
        }
        output.WriteLine($"         polls per silo: {string.Join(", ", polled.Select(p => $":{p.Key} {p.Value}"))}");
        Assert.All(polled, p => Assert.True(p.Value >= Feeds / 6, $"silo :{p.Key} polled {p.Value} of {Feeds} feeds"));

        _story.Start();

        // Kill the silo delivering the Japan topic's subscription while it still has deliveries to make.
        await using var db = PostgresDatabase.Open(cluster.ConnectionString);
        string? owner = null;
        long pending = 0;
        await RunningSilo.EventuallyAsync(async () =>
        {
            if (_receiver.Accepted("/hook-japan").Count < 6)
            {
                return false;
            }
            owner = await db.ScalarAsync<string>("SELECT owner FROM delivery_leases WHERE subscription_id = @japan", new { japan }, CancellationToken.None);
            pending = await db.ScalarAsync<long>("SELECT count(*) FROM deliveries WHERE subscription_id = @japan", new { japan }, CancellationToken.None);
            return owner is not null && pending >= 2;
        }, TimeSpan.FromSeconds(60), "the Japan subscription to be half-delivered, with deliveries pending");
        var victim = cluster.ByProcess(int.Parse(owner!.Split(':')[1], CultureInfo.InvariantCulture));
        await victim.Process.KillAsync();
        var killedAt = DateTimeOffset.UtcNow;
        var declared = Task.Run(async () =>
        {
            while (await SiloDeathTests.CountAsync(cluster.ConnectionString, "SELECT count(*) FROM orleans_membership WHERE status = 6") == 0)
            {
                await Task.Delay(200);
            }
            return DateTimeOffset.UtcNow;
        });
        output.WriteLine($"{clock.Elapsed.TotalSeconds,5:F1} s  kill -9 of silo :{victim.SiloPort}, host of {before[victim.SiloPort].Of("SourceGrain")} sources and the Japan lease; "
            + $"{Released} of {StoryLength} story articles out, {_receiver.Accepted("/hook-japan").Count} Japan alerts delivered, {pending} pending");

        // Its sources poll again from the others.
        await WaitAsync(() => PolledFeeds(killedAt, 0, Feeds), Feeds, TimeSpan.FromSeconds(120), "feeds polled again after the kill");
        var takeover = _polls.Where(p => p.At > killedAt).GroupBy(p => p.Feed).Max(g => g.Min(p => p.At)) - killedAt;
        var declaredAt = await declared.WaitAsync(TimeSpan.FromSeconds(120));
        var within30 = _polls.Where(p => p.At > killedAt && p.At < killedAt + TimeSpan.FromSeconds(30)).Select(p => p.Feed).Where(f => f < Feeds).Distinct().Count();
        output.WriteLine($"{clock.Elapsed.TotalSeconds,5:F1} s  every feed polled again, the last {takeover.TotalSeconds:F1} s after the kill ({within30} within 30 s); "
            + $"the silo was declared dead {(declaredAt - killedAt).TotalSeconds:F1} s after the kill");

        // Then the whole story in: every article archived, every alert logged and delivered.
        List<JsonElement> japanAlerts = [], neighbourAlerts = [];
        await RunningSilo.EventuallyAsync(async () =>
        {
            japanAlerts = await AlertsAsync(silos, victim, JapanTopic);
            neighbourAlerts = await AlertsAsync(silos, victim, NeighbourTopic);
            return Released == StoryLength
                && japanAlerts.Count >= (2 * StoryLength) + 1 && neighbourAlerts.Count >= (2 * Neighbours.Length) + 1
                && Delivered("/hook-japan", japan).Count == japanAlerts.Count && Delivered("/hook-neighbours", neighbours).Count == neighbourAlerts.Count;
        }, TimeSpan.FromSeconds(60), "every story article's alerts to be logged and delivered");
        // Nothing more arrives: a second delivery under another id, or a late alert, would show by now.
        var requests = _receiver.Received.Count;
        Assert.True(await WebhookReceiver.HoldsAsync(() => _receiver.Received.Count == requests, TimeSpan.FromSeconds(2)), "deliveries went on after every alert was delivered");
        output.WriteLine($"{clock.Elapsed.TotalSeconds,5:F1} s  {japanAlerts.Count} + {neighbourAlerts.Count} alerts logged and delivered; {_receiver.Received.Count} webhook requests");

        // Every article stored once: each filler item and story article, nothing else; a story article under both its feeds.
        var stored = await db.QueryAsync("SELECT canonical_url FROM articles", r => r.GetString(0), null, CancellationToken.None);
        var expected = Enumerable.Range(0, Feeds).SelectMany(f => Enumerable.Range(1, FillerPerFeed).Select(n => FillerLink(f, n)))
            .Concat(Enumerable.Range(0, StoryLength).Select(SanctionsStory.Link)).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(stored.Count, stored.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(expected.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        var storySources = await db.ScalarAsync<long>(
            "SELECT count(*) FROM article_sources s JOIN articles a ON a.id = s.article_id WHERE a.canonical_url LIKE 'https://tokyo.example.org/%'", null, CancellationToken.None);
        Assert.Equal(2 * StoryLength, storySources);

        // Every alert logged once: one per actor and per measure, whatever order the silos read the story in.
        AssertStory(japanAlerts, SanctionsStory.Countries);
        AssertStory(neighbourAlerts, Neighbours);

        // Delivered once: one webhook-id per alert; a repeat only of what the killed silo had in hand, under the same id.
        foreach (var (path, subscription, alerts) in new[] { ("/hook-japan", japan, japanAlerts), ("/hook-neighbours", neighbours, neighbourAlerts) })
        {
            var received = _receiver.Accepted(path);
            Assert.All(received, r => Assert.Equal($"{subscription}-{r.Sequence}", r.Id));
            Assert.Equal(alerts.Select(a => $"{subscription}-{a.GetProperty("sequence").GetInt64()}").Order(StringComparer.Ordinal),
                received.Select(r => r.Id).Distinct().Order(StringComparer.Ordinal));
            var repeated = received.GroupBy(r => r.Id).Where(g => g.Count() > 1).ToList();
            output.WriteLine($"         {path}: {received.Count} requests for {alerts.Count} alerts; repeated under the same id: {string.Join(", ", repeated.Select(g => g.Key))}");
            Assert.All(repeated, g => Assert.True(g.Count() == 2 && g.First().At > killedAt - TimeSpan.FromSeconds(3),
                $"{g.Key} came {g.Count()} times, first {(killedAt - g.First().At).TotalSeconds:F1} s before the kill"));
        }
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM deliveries", null, CancellationToken.None));
        var newOwner = await db.ScalarAsync<string>("SELECT owner FROM delivery_leases WHERE subscription_id = @japan", new { japan }, CancellationToken.None);
        Assert.NotEqual(victim.Process.ProcessId.ToString(CultureInfo.InvariantCulture), newOwner!.Split(':')[1]);
        Assert.True(Delivered("/hook-japan", japan).Any(r => r.At > killedAt), "no Japan alert was delivered after the kill");

        // Declaring the death is Orleans' probing (Cluster:ProbeTimeout 2 s, at most Cluster:MaxProbeTimeout 5 s, 3 missed);
        // then the survivors free the dead silo's claims and those of the polls lost with it, and scan at once. On a quiet
        // machine the last feed polled again 7.3 s and 10.3 s after the kill; a load average of 100 stretched it to 50 s.
        Assert.True(takeover < TimeSpan.FromSeconds(30),
            $"the last feed was polled again {takeover.TotalSeconds:F1} s after the kill, {(takeover - (declaredAt - killedAt)).TotalSeconds:F1} s after the death was declared");

        // A fourth silo joins: the sources registered now spread over the four.
        var fourth = await cluster.AddAsync();
        output.WriteLine($"{clock.Elapsed.TotalSeconds,5:F1} s  a fourth silo :{fourth.SiloPort} active");
        var later = await PostAsync(fourth.Api, "/api/sources?validate=false", Enumerable.Range(Feeds, LaterFeeds).Select(i => new { url = _http.Url(FeedPath(i)).ToString() }).ToList());
        Assert.Equal(LaterFeeds, later.GetProperty("created").GetInt32());
        await WaitAsync(() => PolledFeeds(DateTimeOffset.MinValue, Feeds, LaterFeeds), LaterFeeds, TimeSpan.FromSeconds(120), "feeds added after the fourth silo joined polled");
        var after = await SiloCluster.ActivationsAsync(fourth);
        var fourthPolls = await PollsAsync(fourth);
        output.WriteLine($"{clock.Elapsed.TotalSeconds,5:F1} s  with four silos: {SiloCluster.Describe(after, "SourceGrain", "ScheduleShardGrain", "TopicGrain")}; the fourth polled {fourthPolls}");
        Assert.Equal(3, after.Count); // the two that lived through the kill, and the fourth
        Assert.True(fourthPolls >= LaterFeeds / 8, $"the fourth silo polled {fourthPolls} feeds; {LaterFeeds} sources were added after it joined");
    }

    /// <summary>The polls a silo made, from its own <c>monitoring_polls_total</c> counter.</summary>
    private static async Task<long> PollsAsync(ClusterMember silo)
    {
        var text = await silo.Api.GetStringAsync("/metrics");
        return text.Split('\n')
            .Where(line => line.StartsWith("monitoring_polls_total", StringComparison.Ordinal))
            .Sum(line => (long)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }

    /// <summary>Waits until <paramref name="count"/> reaches <paramref name="target"/>, saying how far it got every 15 s and when the time is up.</summary>
    private async Task WaitAsync(Func<int> count, int target, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        var said = TimeSpan.Zero;
        while (count() < target)
        {
            Assert.True(clock.Elapsed < timeout, $"{count()} of {target} {what} after {timeout.TotalSeconds} s");
            if (clock.Elapsed - said > TimeSpan.FromSeconds(15))
            {
                said = clock.Elapsed;
                output.WriteLine($"         ... {count()} of {target} {what} after {said.TotalSeconds:F0} s");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>How many of the feeds <c>[first, first + count)</c> were requested after <paramref name="since"/>.</summary>
    private int PolledFeeds(DateTimeOffset since, int first, int count) =>
        _polls.Where(p => p.At > since && p.Feed >= first && p.Feed < first + count).Select(p => p.Feed).Distinct().Count();

    /// <summary>The accepted deliveries of a subscription, one per id.</summary>
    private List<ReceivedWebhook> Delivered(string path, string subscription) =>
        _receiver.Accepted(path).Where(r => r.Id.StartsWith(subscription + "-", StringComparison.Ordinal)).DistinctBy(r => r.Id).ToList();

    /// <summary>A topic's log, read through a silo still alive.</summary>
    private static async Task<List<JsonElement>> AlertsAsync(List<ClusterMember> silos, ClusterMember victim, string topic)
    {
        var survivor = silos.First(s => s != victim && !s.Process.HasExited);
        return (await GetAsync(survivor.Api, $"/api/topics/{topic}/alerts?limit=1000")).EnumerateArray().ToList();
    }

    /// <summary>Japan and each target as a new actor, one sanction per target, each once.</summary>
    private static void AssertStory(List<JsonElement> alerts, string[] targets)
    {
        var identities = alerts.Select(SanctionsStory.Identity).ToList();
        Assert.Equal(identities.Count, identities.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal((2 * targets.Length) + 1, alerts.Count);
        Assert.Equal(targets.Append("Japan").Order(StringComparer.Ordinal),
            alerts.Where(a => a.GetProperty("kind").GetString() == "new_actor").Select(a => SanctionsStory.Text(a, "actor")).Order(StringComparer.Ordinal));
        Assert.Equal(targets.Order(StringComparer.Ordinal),
            alerts.Where(a => a.GetProperty("kind").GetString() is "new_measure" or "new_target").Select(a => SanctionsStory.Text(a, "target")).Order(StringComparer.Ordinal));
        var sequences = alerts.Select(a => a.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
    }

    private async Task<string> SubscribeAsync(HttpClient api, string topic, string path) =>
        (await PostAsync(api, "/api/subscriptions", new { topic, channel = new { type = "webhook", url = _receiver.Url(path).ToString(), secret = Secret } }))
            .GetProperty("id").GetString()!;
}
