using System.Text.Json;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Delivery;

/// <summary>A subscription shows how its delivery stands: delivered, pending, failing since, last error and status.</summary>
public sealed class DeliveryStateTests
{
    [Fact]
    public async Task A_failing_webhook_shows_pending_failing_since_and_status_then_delivered_once_it_recovers()
    {
        await using var server = await FeedServer.StartAsync();
        var receiver = new WebhookReceiver(server);
        var failing = true;
        receiver.Map("/hook", _ => Task.FromResult(Volatile.Read(ref failing) ? 503 : 204));
        await using var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast());
        await AlertMaker.DefineTopicAsync(silo, "state");
        var id = (await silo.PostJsonAsync("/api/subscriptions", new { topic = "state", channel = new { type = "webhook", url = receiver.Url("/hook").ToString() } }))
            .GetProperty("id").GetString()!;

        await AlertMaker.RaiseAsync(silo, "state", 2, "state");
        JsonElement delivery = default;
        await RunningSilo.EventuallyAsync(async () =>
        {
            delivery = (await silo.GetJsonAsync($"/api/subscriptions/{id}")).GetProperty("delivery");
            return delivery.GetProperty("lastStatus").ValueKind == JsonValueKind.Number;
        }, TimeSpan.FromSeconds(15), "the failure to show");
        Assert.Equal(503, delivery.GetProperty("lastStatus").GetInt32());
        Assert.Contains("503", delivery.GetProperty("lastError").GetString());
        Assert.Equal(3, delivery.GetProperty("pending").GetInt32());
        Assert.Equal(0, delivery.GetProperty("delivered").GetInt64());
        Assert.Equal(JsonValueKind.String, delivery.GetProperty("failingSince").ValueKind);

        Volatile.Write(ref failing, false);
        await RunningSilo.EventuallyAsync(async () =>
        {
            delivery = (await silo.GetJsonAsync("/api/subscriptions")).EnumerateArray().Single().GetProperty("delivery");
            return delivery.GetProperty("delivered").GetInt64() == 3;
        }, TimeSpan.FromSeconds(15), "the three alerts to be delivered");
        Assert.Equal(0, delivery.GetProperty("pending").GetInt32());
        Assert.Equal(JsonValueKind.Null, delivery.GetProperty("failingSince").ValueKind);
        Assert.Equal(JsonValueKind.Null, delivery.GetProperty("lastError").ValueKind);
        Assert.Equal(JsonValueKind.String, delivery.GetProperty("lastDeliveredAt").ValueKind);
    }
}
