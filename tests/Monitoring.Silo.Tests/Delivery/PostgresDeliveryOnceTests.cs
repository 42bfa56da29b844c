using System.Net.Http.Json;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Delivery;

/// <summary>
/// On PostgreSQL the outbox rows of an alert commit in their own transaction while the dispatcher may
/// already be sending them: what it writes about a delivery (acknowledged, failed) must wait for that
/// commit, or the acknowledgement finds no row and the row committed after it is sent again.
/// </summary>
[Collection(UsesPostgres.Name)]
public sealed class PostgresDeliveryOnceTests(PostgresServer server) : IAsyncLifetime
{
    private FeedServer _http = null!;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _http = await FeedServer.StartAsync();
        _receiver = new WebhookReceiver(_http);
    }

    public async Task DisposeAsync() => await _http.DisposeAsync();

    [Fact]
    public async Task Many_subscriptions_of_one_topic_get_each_alert_once()
    {
        var settings = DeliverySettings.Fast();
        settings["Storage:Provider"] = "Postgres";
        settings["Storage:ConnectionString"] = await server.CreateDatabaseAsync();
        settings["Storage:SecretKey"] = PostgresServer.SecretKey;
        settings["Cluster:Mode"] = "AdoNet";
        settings["Cluster:AdvertisedAddress"] = "127.0.0.1";
        settings["Cluster:ClusterId"] = "once-" + Guid.NewGuid().ToString("n")[..8];
        await using var silo = await RunningSilo.StartAsync(settings: settings);
        await AlertMaker.DefineTopicAsync(silo, "many");
        var paths = Enumerable.Range(0, 30).Select(i => $"/hook-{i}").ToList();
        foreach (var path in paths)
        {
            _receiver.Accept(path);
            using var created = await silo.Client.PostAsJsonAsync("/api/subscriptions",
                new { topic = "many", channel = new { type = "webhook", url = _receiver.Url(path).ToString() } });
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }

        var raised = 0;
        for (var i = 0; i < 10; i++)
        {
            raised += (await AlertMaker.RaiseAsync(silo, "many", 3, $"a{i}")).Count;
        }
        Assert.Equal(31, raised); // Japan once, then three people per article

        Assert.True(await WebhookReceiver.WaitAsync(() => paths.All(p => _receiver.Accepted(p).Select(r => r.Id).Distinct().Count() == raised), TimeSpan.FromSeconds(60)),
            $"delivered: {string.Join(", ", paths.Select(p => _receiver.Accepted(p).Count))}");
        // Several polls of the outbox pass (50 ms apart): a row acknowledged before it was committed would be sent again.
        Assert.True(await WebhookReceiver.HoldsAsync(() => paths.All(p => _receiver.On(p).Count == raised), TimeSpan.FromSeconds(2)),
            $"requests per subscription: {string.Join(", ", paths.Select(p => _receiver.On(p).Count))} for {raised} alerts");
    }
}
