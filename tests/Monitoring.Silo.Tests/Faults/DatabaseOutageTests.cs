using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Monitoring.Silo.Tests.Cluster;
using Monitoring.Silo.Tests.Infrastructure;
using Monitoring.Storage.Postgres;
using Xunit.Abstractions;
using static Monitoring.Silo.Tests.Infrastructure.ApiJson;

namespace Monitoring.Silo.Tests.Faults;

/// <summary>
/// PostgreSQL restarts under two running silos, in the middle of a story: polls, routing, alert logging and
/// webhook deliveries are cut off mid-way. When the database is back, every article is stored once, every
/// alert logged once and delivered under one id; a webhook sent but not yet marked done may come again,
/// under the same id. The silos live through it.
/// </summary>
public sealed class DatabaseOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Feeds = 10;
    private const string Topic = "japan-sanctions";
    private const string Secret = "whsec_ZGF0YWJhc2Utb3V0YWdlLXNlY3JldA==";
    private static readonly TimeSpan ReleaseEvery = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);

    private readonly PostgresServer _database = new();
    private readonly Stopwatch _story = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _stopping;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _feedZero = new();
    private FeedServer _http = null!;
    private WebhookReceiver _receiver = null!;

    private static int StoryLength => SanctionsStory.Countries.Length;

    /// <summary>Story articles in the feeds now: one more every <see cref="ReleaseEvery"/> once the story starts.</summary>
    private int Released => _story.IsRunning ? Math.Min(StoryLength, (int)(_story.Elapsed / ReleaseEvery) + 1) : 0;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _http = await FeedServer.StartAsync();
        _receiver = new WebhookReceiver(_http);
        // A receiver that takes its time, so webhooks are in flight when the database goes.
        _receiver.Map("/hook", async _ =>
        {
            await Task.Delay(150);
            return StatusCodes.Status204NoContent;
        });
        for (var f = 0; f < Feeds; f++)
        {
            var feed = f;
            _http.Map($"/feeds/{feed}.xml", async context =>
            {
                // The database goes while a poll is in hand: the first poll that brings feed 0 its third and last article
                // stops it before it answers, so that poll's writes fail. The feed does not change after, so its next
                // polls are conditional GETs of the same document.
                if (feed == 0 && Released > 2 * Feeds && Interlocked.Exchange(ref _stopping, 1) == 0)
                {
                    await _database.StopAsync();
                    _stopped.SetResult();
                }
                var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Desk</title>");
                foreach (var k in Enumerable.Range(0, Released).Where(k => k % Feeds == feed))
                {
                    sb.Append(SanctionsStory.Item(k));
                }
                // Validators, as real feeds have them.
                await FeedServer.AnswerAsync(context, sb.Append("</channel></rss>").ToString());
                if (feed == 0)
                {
                    _feedZero.Enqueue($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {context.Response.StatusCode} (If-None-Match {context.Request.Headers.IfNoneMatch})");
                }
            });
        }
    }

    public async Task DisposeAsync()
    {
        await _http.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_database_restart_mid_story_loses_and_repeats_nothing()
    {
        var clock = Stopwatch.StartNew();
        var settings = new Dictionary<string, string>
        {
            ["Scheduler__Enabled"] = "true",
            ["Polling__MinInterval"] = "00:00:01",
            ["Polling__DefaultInterval"] = "00:00:01",
            ["Polling__MaxInterval"] = "00:00:02",
            ["Polling__FetchOriginalContent"] = "false",
            ["Fetch__AllowPrivateNetworks"] = "true",
            ["Fetch__MinHostGap"] = "00:00:00",
            ["Delivery__AllowPrivateNetworks"] = "true",
            ["Delivery__Timeout"] = "00:00:02",
            ["Routing__SweepInterval"] = "00:00:02",
            ["Routing__Grace"] = "00:00:05",
        };
        var connectionString = await _database.CreateDatabaseAsync();
        await using var cluster = new SiloCluster(connectionString, settings);
        try
        {
            await cluster.StartAsync(2);
            var api = cluster.Members[0].Api;
            await PostAsync(api, "/api/topics", SanctionsStory.JapanTopic(Topic));
            var subscription = (await PostAsync(api, "/api/subscriptions",
                new { topic = Topic, channel = new { type = "webhook", url = _receiver.Url("/hook").ToString(), secret = Secret } })).GetProperty("id").GetString()!;
            await PostAsync(api, "/api/sources?validate=false", Enumerable.Range(0, Feeds).Select(f => new { url = _http.Url($"/feeds/{f}.xml").ToString() }).ToList());
            output.WriteLine($"{clock.Elapsed.TotalSeconds,5:F1} s  two silos, {Feeds} feeds, a topic and a webhook subscription");

            _story.Start();
            await _stopped.Task.WaitAsync(TimeSpan.FromSeconds(60));
            var stoppedAt = clock.Elapsed;
            output.WriteLine($"{stoppedAt.TotalSeconds,5:F1} s  database stopped with {Released} of {StoryLength} articles released, {_receiver.Accepted("/hook").Count} webhooks accepted");
            await Task.Delay(Outage);
            await _database.StartAsync();
            var backAt = DateTimeOffset.UtcNow;
            output.WriteLine($"{clock.Elapsed.TotalSeconds,5:F1} s  database started again with {Released} released");

            // Japan, each target as a new actor and each sanction: 2n + 1 alerts, each delivered.
            var expected = (2 * StoryLength) + 1;
            List<JsonElement> alerts = [];
            await RunningSilo.EventuallyAsync(async () =>
            {
                alerts = (await GetAsync(cluster.Members[1].Api, $"/api/topics/{Topic}/alerts?limit=1000")).EnumerateArray().ToList();
                return alerts.Count >= expected && _receiver.Accepted("/hook").Select(r => r.Id).Distinct().Count() >= alerts.Count;
            }, TimeSpan.FromSeconds(90), "every alert of the story to be logged and delivered");
            var recovered = DateTimeOffset.UtcNow - backAt;
            var requests = _receiver.Received.Count;
            Assert.True(await WebhookReceiver.HoldsAsync(() => _receiver.Received.Count == requests, TimeSpan.FromSeconds(3)), "deliveries went on after every alert was delivered");
            output.WriteLine("feed 0: " + string.Join("; ", _feedZero));
            output.WriteLine($"{clock.Elapsed.TotalSeconds,5:F1} s  {alerts.Count} alerts logged, {requests} webhook requests; all delivered {recovered.TotalSeconds:F1} s after the database was back");

            Assert.All(cluster.Members, m => Assert.False(m.Process.HasExited, $"silo :{m.SiloPort} exited during the outage"));

            // Every alert logged once.
            var identities = alerts.Select(SanctionsStory.Identity).ToList();
            Assert.Equal(identities.Count, identities.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(expected, alerts.Count);
            Assert.Equal(SanctionsStory.Countries.Append("Japan").Order(StringComparer.Ordinal),
                alerts.Where(a => a.GetProperty("kind").GetString() == "new_actor").Select(a => SanctionsStory.Text(a, "actor")).Order(StringComparer.Ordinal));

            // Delivered under one id each; a repeat, if any, is a webhook in flight when the database went, under its own id.
            var received = _receiver.Accepted("/hook");
            Assert.All(received, r => Assert.Equal($"{subscription}-{r.Sequence}", r.Id));
            Assert.Equal(alerts.Select(a => $"{subscription}-{a.GetProperty("sequence").GetInt64()}").Order(StringComparer.Ordinal),
                received.Select(r => r.Id).Distinct().Order(StringComparer.Ordinal));
            var repeated = received.GroupBy(r => r.Id).Where(g => g.Count() > 1).ToList();
            output.WriteLine($"         repeated under the same id: {(repeated.Count == 0 ? "none" : string.Join(", ", repeated.Select(g => $"{g.Key} x{g.Count()}")))}");
            Assert.All(repeated, g => Assert.True(g.Count() == 2 && g.First().At < backAt,
                $"{g.Key} came {g.Count()} times, first at {g.First().At:HH:mm:ss.fff}; the database was back at {backAt:HH:mm:ss.fff}"));

            // Back within seconds, not after claims or leases run out (a scheduled poll's claim holds its source for
            // Scheduler:Lease, 10 minutes, unless a failed call frees it).
            Assert.True(recovered < TimeSpan.FromSeconds(45), $"the story was delivered {recovered.TotalSeconds:F1} s after the database was back");

            // Every story article stored once.
            await using var db = PostgresDatabase.Open(connectionString);
            var stored = await db.QueryAsync("SELECT canonical_url FROM articles", r => r.GetString(0), null, CancellationToken.None);
            Assert.Equal(Enumerable.Range(0, StoryLength).Select(SanctionsStory.Link).Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        }
        catch
        {
            output.WriteLine(cluster.Tails());
            throw;
        }
    }
}
