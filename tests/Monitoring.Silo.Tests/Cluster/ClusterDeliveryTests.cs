using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Silo.Tests.Infrastructure;
using Monitoring.Storage;
using Monitoring.Storage.Postgres;
using Xunit.Abstractions;

namespace Monitoring.Silo.Tests.Cluster;

/// <summary>
/// Silo processes on one PostgreSQL share the webhook outbox: each pending alert is delivered under one
/// <c>webhook-id</c>, one silo at a time per subscription, and a silo killed with -9 leaves its work to another.
/// </summary>
[Collection(UsesPostgres.Name)]
public sealed class ClusterDeliveryTests(PostgresServer server, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Secret = "whsec_Y2x1c3Rlci1kZWxpdmVyeS1zZWNyZXQ=";
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(8);

    private readonly ConcurrentQueue<Attempt> _attempts = new();
    private FeedServer _http = null!;
    private WebhookReceiver _receiver = null!;

    /// <summary>One request as the receiver saw it: from the first byte read to the answer.</summary>
    private sealed record Attempt(string Path, string Id, long Sequence, DateTimeOffset Start, DateTimeOffset End);

    public async Task InitializeAsync()
    {
        _http = await FeedServer.StartAsync();
        _receiver = new WebhookReceiver(_http);
    }

    public async Task DisposeAsync() => await _http.DisposeAsync();

    /// <summary>A receiver that takes <paramref name="work"/> over each request, so two silos sending at once would overlap.</summary>
    private void Slow(string path, TimeSpan work) => _http.Map(path, async context =>
    {
        var start = DateTimeOffset.UtcNow;
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        await Task.Delay(work);
        var sequence = JsonDocument.Parse(body).RootElement.GetProperty("alert").GetProperty("sequence").GetInt64();
        _attempts.Enqueue(new Attempt(path, context.Request.Headers["webhook-id"].ToString(), sequence, start, DateTimeOffset.UtcNow));
        context.Response.StatusCode = 204;
    });

    private List<Attempt> On(string path) => _attempts.Where(a => a.Path == path).OrderBy(a => a.Start).ToList();

    private Dictionary<string, string> Settings(string connectionString, string clusterId)
    {
        var settings = SiloDeathTests.Settings(connectionString, clusterId);
        settings["Delivery__AllowPrivateNetworks"] = "true";
        settings["Delivery__Timeout"] = "00:00:02";
        settings["Delivery__LeaseDuration"] = Lease.ToString("c", CultureInfo.InvariantCulture);
        return settings;
    }

    private async Task<List<SiloProcess>> StartSilosAsync(string connectionString, int count)
    {
        var clusterId = "delivery-" + Guid.NewGuid().ToString("n")[..8];
        var silos = Enumerable.Range(0, count).Select(_ => SiloProcess.Start(FreePort.Next(), Settings(connectionString, clusterId))).ToList();
        foreach (var silo in silos)
        {
            await silo.WaitReadyAsync(TimeSpan.FromSeconds(120));
        }
        await RunningSilo.EventuallyAsync(
            async () => await SiloDeathTests.CountAsync(connectionString, "SELECT count(*) FROM orleans_membership WHERE status = 3") == count,
            TimeSpan.FromSeconds(60), $"{count} active silos");
        return silos;
    }

    /// <summary>A webhook subscription made over the API of <paramref name="silo"/>; returns its id.</summary>
    private async Task<string> SubscribeAsync(SiloProcess silo, string topic, string path)
    {
        using var api = SiloDeathTests.Client(silo);
        using (var created = await api.PostAsJsonAsync("/api/topics", new { id = topic, name = topic, allActors = new[] { "Japan" }, openTo = new[] { "*" } }))
        {
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }
        using var subscribed = await api.PostAsJsonAsync("/api/subscriptions",
            new { topic, channel = new { type = "webhook", url = _receiver.Url(path).ToString(), secret = Secret } });
        var text = await subscribed.Content.ReadAsStringAsync();
        Assert.True(subscribed.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>
    /// Alerts logged and queued while no silo could deliver them: the outbox rows the silos find on their own,
    /// all of them at once, which is when two silos would deliver one subscription together if nothing held them apart.
    /// </summary>
    private static async Task QueueAsync(string connectionString, string subscription, string topic, int count)
    {
        await using var db = PostgresDatabase.Open(connectionString);
        var store = new PostgresSubscriptionStore(db, new SecretProtector(Convert.FromBase64String(PostgresServer.SecretKey)));
        var now = DateTimeOffset.UtcNow;
        var entries = Enumerable.Range(1, count).Select(seq => new OutboxEntry(subscription, topic, seq,
            JsonSerializer.Serialize(new { id = $"{subscription}-{seq}", type = "alert.new_actor", subscription, topic, alert = new { sequence = seq, topicId = topic } }),
            now, 0, null, now, null)).ToList();
        await store.EnqueueAsync(entries);
    }

    /// <summary>No two requests for one subscription were in progress at once.</summary>
    private static void AssertOneAtATime(List<Attempt> attempts)
    {
        for (var i = 1; i < attempts.Count; i++)
        {
            Assert.True(attempts[i].Start >= attempts[i - 1].End,
                $"{attempts[i].Id} started at {attempts[i].Start:HH:mm:ss.fff}, before {attempts[i - 1].Id} ended at {attempts[i - 1].End:HH:mm:ss.fff}");
        }
    }

    [Fact]
    public async Task Three_silos_deliver_every_pending_alert_once_and_one_subscription_from_one_silo_at_a_time()
    {
        var connectionString = await server.CreateDatabaseAsync();
        var silos = await StartSilosAsync(connectionString, 3);
        try
        {
            const int PerSubscription = 25;
            var subscriptions = new Dictionary<string, string>();
            for (var i = 0; i < 4; i++)
            {
                var path = $"/hook-{i}";
                Slow(path, TimeSpan.FromMilliseconds(60));
                subscriptions[path] = await SubscribeAsync(silos[i % silos.Count], $"topic-{i}", path);
            }
            foreach (var (path, id) in subscriptions)
            {
                await QueueAsync(connectionString, id, $"topic-{path[^1]}", PerSubscription);
            }

            await RunningSilo.EventuallyAsync(() => Task.FromResult(subscriptions.Keys.All(p => On(p).Select(a => a.Sequence).Distinct().Count() == PerSubscription)),
                TimeSpan.FromSeconds(90), "every pending alert to be delivered");
            await Task.Delay(TimeSpan.FromSeconds(2)); // a second silo sending the same alert would show by now

            foreach (var (path, id) in subscriptions)
            {
                var attempts = On(path);
                Assert.Equal(Enumerable.Range(1, PerSubscription).Select(s => (long)s), attempts.Select(a => a.Sequence).Order());
                Assert.All(attempts, a => Assert.Equal($"{id}-{a.Sequence}", a.Id));
                AssertOneAtATime(attempts);
            }
            var owners = await SiloDeathTests.CountAsync(connectionString, "SELECT count(DISTINCT owner) FROM delivery_leases");
            output.WriteLine($"{subscriptions.Count} subscriptions delivered by {owners} silos");
        }
        finally
        {
            foreach (var silo in silos)
            {
                await silo.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_silo_killed_while_delivering_leaves_its_pending_alerts_to_another_within_the_lease()
    {
        var connectionString = await server.CreateDatabaseAsync();
        var silos = await StartSilosAsync(connectionString, 2);
        try
        {
            const int Pending = 30;
            Slow("/slow", TimeSpan.FromMilliseconds(250));
            var id = await SubscribeAsync(silos[0], "slow", "/slow");
            await QueueAsync(connectionString, id, "slow", Pending);
            await RunningSilo.EventuallyAsync(() => Task.FromResult(On("/slow").Count >= 3), TimeSpan.FromSeconds(30), "delivery to begin");

            // The silo holding the subscription's lease, by the process id its owner name carries.
            await using var db = PostgresDatabase.Open(connectionString);
            var owner = await db.ScalarAsync<string>("SELECT owner FROM delivery_leases WHERE subscription_id = @id", new { id }, CancellationToken.None);
            Assert.NotNull(owner);
            var pid = int.Parse(owner.Split(':')[1], CultureInfo.InvariantCulture);
            var holder = silos.Single(s => s.ProcessId == pid);
            // Taken before the kill: finding the process tree and waiting for its exit take time under load.
            var killedAt = DateTimeOffset.UtcNow;
            await holder.KillAsync();
            var deliveredBefore = On("/slow").Count;

            await RunningSilo.EventuallyAsync(() => Task.FromResult(On("/slow").Select(a => a.Sequence).Distinct().Count() == Pending),
                TimeSpan.FromSeconds(60), "the killed silo's pending alerts to be delivered by the other");
            var attempts = On("/slow");
            var resumed = attempts.First(a => a.Start > killedAt).Start - killedAt;
            output.WriteLine($"{deliveredBefore} delivered before kill -9, the rest resumed {resumed.TotalSeconds:F1} s after it (lease {Lease.TotalSeconds} s)");

            Assert.True(resumed < Lease + TimeSpan.FromSeconds(5), $"resumed {resumed.TotalSeconds:F1} s after the kill");
            Assert.True(deliveredBefore < Pending, "the kill came after everything was delivered");
            Assert.All(attempts, a => Assert.Equal($"{id}-{a.Sequence}", a.Id));
            // Delivered again, under its one id, is only what the killed silo had not yet acknowledged: the
            // alerts of its last second (acknowledgements are written at least once a second, also while the
            // slow receiver holds the next alert) and the one in flight.
            var repeated = attempts.GroupBy(a => a.Sequence).Where(g => g.Count() > 1).ToList();
            output.WriteLine($"delivered twice: {string.Join(", ", repeated.Select(g => g.Key))}");
            Assert.All(repeated, g => Assert.Equal(2, g.Count()));
            Assert.All(repeated, g => Assert.True(g.First().Start > killedAt - TimeSpan.FromSeconds(2), $"{g.Key} was delivered {(killedAt - g.First().Start).TotalSeconds:F1} s before the kill and again after it"));
            AssertOneAtATime(attempts);
        }
        finally
        {
            foreach (var silo in silos)
            {
                await silo.DisposeAsync();
            }
        }
    }
}
