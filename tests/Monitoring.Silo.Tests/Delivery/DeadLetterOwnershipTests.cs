using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Delivery;

/// <summary>A subscriber cannot see or replay another subscriber's dead letters: it is told they do not exist.</summary>
public sealed class DeadLetterOwnershipTests : ReceiverTests
{
    [Fact]
    public async Task Another_subscribers_dead_letter_replay_is_404_and_replays_nothing()
    {
        await using var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast(horizon: "00:00:01"));
        Receiver.Map("/down", _ => Task.FromResult(StatusCodes.Status503ServiceUnavailable));
        await AlertMaker.DefineTopicAsync(silo, "owned");
        using var owner = silo.ClientWithKey((await silo.PostJsonAsync("/api/keys", new { name = "owner", role = "subscriber" })).GetProperty("key").GetString());
        using var other = silo.ClientWithKey((await silo.PostJsonAsync("/api/keys", new { name = "other", role = "subscriber" })).GetProperty("key").GetString());
        using var created = await owner.PostAsJsonAsync("/api/subscriptions", new { topic = "owned", channel = new { type = "webhook", url = Receiver.Url("/down").ToString() } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Single(await AlertMaker.RaiseAsync(silo, "owned", 0, "a"));
        await RunningSilo.EventuallyAsync(async () => (await silo.GetJsonAsync($"/api/subscriptions/{id}/dead-letters")).GetArrayLength() == 1,
            TimeSpan.FromSeconds(20), "the alert to become a dead letter");
        var tries = Receiver.On("/down").Count;

        using var replay = await other.PostAsync($"/api/subscriptions/{id}/dead-letters/replay", null);
        using var list = await other.GetAsync($"/api/subscriptions/{id}/dead-letters");

        Assert.Equal(HttpStatusCode.NotFound, replay.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.True(await WebhookReceiver.HoldsAsync(() => Receiver.On("/down").Count == tries, TimeSpan.FromSeconds(1)), "no new try after the refused replay");
        Assert.Equal(1, (await silo.GetJsonAsync($"/api/subscriptions/{id}/dead-letters")).GetArrayLength());

        // The owner may: the same call replays its one dead letter.
        using var own = await owner.PostAsync($"/api/subscriptions/{id}/dead-letters/replay", null);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(1, (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetInt32());
        Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.On("/down").Count > tries, TimeSpan.FromSeconds(10)), "the owner's replay is tried again");
    }
}
