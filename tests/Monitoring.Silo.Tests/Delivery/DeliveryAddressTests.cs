using System.Text.Json;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Delivery;

/// <summary>
/// The address rule holds at delivery, not only when subscribing: a subscription made while its host
/// was allowed (here: under <c>Delivery:AllowPrivateNetworks=true</c>, as a name that later resolves to a
/// private address would be) is never dialled once the rule applies.
/// </summary>
public sealed class DeliveryAddressTests : ReceiverTests
{
    [Fact]
    public async Task A_stored_subscription_to_a_loopback_receiver_is_refused_at_delivery_and_dead_lettered()
    {
        var data = Path.Combine(Path.GetTempPath(), "monitoring-tests", Guid.NewGuid().ToString("n"));
        Receiver.Accept("/private");
        string id;
        await using (var allowing = await RunningSilo.StartAsync(data, DeliverySettings.Fast(horizon: "00:00:01")))
        {
            await AlertMaker.DefineTopicAsync(allowing, "private");
            id = (await allowing.PostJsonAsync("/api/subscriptions",
                new { topic = "private", channel = new { type = "webhook", url = Receiver.Url("/private").ToString() } })).GetProperty("id").GetString()!;
        }

        var strict = new Dictionary<string, string?>(DeliverySettings.Fast(horizon: "00:00:01")) { ["Delivery:AllowPrivateNetworks"] = "false" };
        await using var silo = await RunningSilo.StartAsync(data, strict);
        Assert.Single(await AlertMaker.RaiseAsync(silo, "private", 0, "a"));

        JsonElement dead = default;
        await RunningSilo.EventuallyAsync(async () =>
        {
            dead = await silo.GetJsonAsync($"/api/subscriptions/{id}/dead-letters");
            return dead.GetArrayLength() == 1;
        }, TimeSpan.FromSeconds(20), "the refused delivery to become a dead letter");
        var error = dead[0].GetProperty("lastError").GetString();
        Assert.Contains("is loopback; set Delivery:AllowPrivateNetworks=true (environment Delivery__AllowPrivateNetworks=true) to allow it", error, StringComparison.Ordinal);
        Assert.Empty(Receiver.On("/private"));
        Assert.Equal(0, Server.CountRequests("/private"));
    }
}
