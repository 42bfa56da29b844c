using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Silo.Auth;
using Monitoring.Silo.Tests.Delivery;
using Monitoring.Silo.Tests.Infrastructure;
using Monitoring.Storage;

namespace Monitoring.Silo.Tests.Auth;

public sealed class KeyDeletionTests
{
    [Fact]
    public async Task The_last_operator_key_cannot_be_deleted()
    {
        await using var silo = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling);

        using var refused = await silo.Client.DeleteAsync($"/api/keys/{KeyBootstrap.BootstrapId}");
        var second = await silo.PostJsonAsync("/api/keys", new { name = "second", role = "operator" });
        using var asSecond = silo.ClientWithKey(second.GetProperty("key").GetString());
        using var first = await asSecond.DeleteAsync($"/api/keys/{KeyBootstrap.BootstrapId}");
        using var last = await asSecond.DeleteAsync($"/api/keys/{second.GetProperty("id").GetString()}");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("last operator key", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, last.StatusCode);
        using var stillIn = await asSecond.GetAsync("/api/keys");
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }

    [Fact]
    public async Task Of_two_operator_keys_deleted_at_once_one_stays()
    {
        await using var silo = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling);
        var second = (await silo.PostJsonAsync("/api/keys", new { name = "second", role = "operator" })).GetProperty("id").GetString();

        var answers = await Task.WhenAll(
            silo.Client.DeleteAsync($"/api/keys/{KeyBootstrap.BootstrapId}"),
            silo.Client.DeleteAsync($"/api/keys/{second}"));

        var statuses = answers.Select(a => a.StatusCode).ToList();
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
        Assert.Single(statuses, HttpStatusCode.NoContent);
        // Both requests carry the bootstrap key: the loser is refused as the last operator (409) or, when the
        // winner deleted the bootstrap key before the loser was authenticated, as unknown (401). Either way it deletes nothing.
        Assert.Single(statuses, s => s is HttpStatusCode.Conflict or HttpStatusCode.Unauthorized);
        var operators = await silo.Services.GetRequiredService<IApiKeyStore>().ListAsync();
        Assert.Single(operators, k => k.Role == ApiKeys.Operator);
    }

    [Fact]
    public async Task A_deleted_keys_subscriptions_stop_delivering()
    {
        await using var server = await FeedServer.StartAsync();
        var receiver = new WebhookReceiver(server);
        receiver.Accept("/owned");
        receiver.Accept("/control");
        await using var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast());
        await AlertMaker.DefineTopicAsync(silo, "keyed");
        var key = await silo.PostJsonAsync("/api/keys", new { name = "reader", role = "subscriber" });
        using var subscriber = silo.ClientWithKey(key.GetProperty("key").GetString());
        using var subscribed = await subscriber.PostAsJsonAsync("/api/subscriptions", new { topic = "keyed", channel = new { type = "webhook", url = receiver.Url("/owned").ToString() } });
        Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);
        var owned = (await subscribed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        // The operator's own subscription to the same topic shows when an alert has been delivered.
        await silo.PostJsonAsync("/api/subscriptions", new { topic = "keyed", channel = new { type = "webhook", url = receiver.Url("/control").ToString() } });

        var before = Assert.Single(await AlertMaker.RaiseAsync(silo, "keyed", 0, "before"));
        Assert.True(await WebhookReceiver.WaitAsync(() => receiver.Accepted("/owned").Count == 1 && receiver.Accepted("/control").Count == 1, TimeSpan.FromSeconds(20)),
            "both subscriptions get the alert raised before the key is deleted");
        using var deleted = await silo.Client.DeleteAsync($"/api/keys/{key.GetProperty("id").GetString()}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var after = await AlertMaker.RaiseAsync(silo, "keyed", 2, "after");

        Assert.True(await WebhookReceiver.WaitAsync(() => receiver.Accepted("/control").Count == 1 + after.Count, TimeSpan.FromSeconds(20)),
            "the operator's subscription gets the alerts raised after");
        Assert.Equal([before.Sequence], receiver.On("/owned").Select(r => r.Sequence));
        // Nothing is left in storage for any silo to deliver, and the key no longer gets in.
        var store = silo.Services.GetRequiredService<ISubscriptionStore>();
        Assert.Null(await store.GetAsync(owned));
        Assert.Empty(await store.PendingAsync(owned, 100));
        Assert.Empty(await store.DeadLettersAsync(owned, 100));
        using var shut = await subscriber.GetAsync("/api/subscriptions");
        Assert.Equal(HttpStatusCode.Unauthorized, shut.StatusCode);
    }
}
