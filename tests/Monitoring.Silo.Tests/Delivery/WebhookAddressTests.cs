using System.Net;
using Monitoring.Silo.Delivery;
using Monitoring.Silo.Tests.Infrastructure;
using Monitoring.Storage;

namespace Monitoring.Silo.Tests.Delivery;

/// <summary>Webhooks obey the fetcher's address rule, at subscribe time and at connect time.</summary>
public sealed class WebhookAddressTests : IAsyncLifetime
{
    private FeedServer _server = null!;

    public async Task InitializeAsync() => _server = await FeedServer.StartAsync(everyInterface: true);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Subscribing_refuses_special_and_own_addresses_unless_allowed()
    {
        var refused = new[]
        {
            $"http://{Dns.GetHostName()}:9/hook",
            "http://localhost:9/hook",
            "http://192.0.2.1/hook",
            "http://198.18.0.1/hook",
            "http://100.64.0.1/hook",
            "http://[2001:db8::1]/hook",
            "http://[::ffff:127.0.0.1]/hook",
            "http://[64:ff9b::a00:1]/hook",
        };
        foreach (var url in refused)
        {
            var problem = await WebhookClient.CheckAsync(url, allowPrivate: false, default);
            Assert.NotNull(problem);
            Assert.StartsWith("channel.url: address ", problem);
            Assert.EndsWith("; set Delivery:AllowPrivateNetworks=true (environment Delivery__AllowPrivateNetworks=true) to allow it", problem);
            Assert.Null(await WebhookClient.CheckAsync(url, allowPrivate: true, default));
        }
        Assert.Null(await WebhookClient.CheckAsync("https://8.8.8.8/hook", allowPrivate: false, default));
        Assert.NotNull(await WebhookClient.CheckAsync("ftp://8.8.8.8/hook", allowPrivate: true, default));
    }

    [Fact]
    public async Task Delivery_to_this_machine_is_refused_at_connect_time_unless_allowed()
    {
        _server.Map("/hook", context => Task.CompletedTask);
        // The host name, not the literal: only the connect callback sees what it resolves to.
        var url = new Uri($"http://{Dns.GetHostName()}:{_server.BaseUrl.Port}/hook").ToString();
        var subscription = new Subscription
        {
            Id = "s1",
            Owner = "o",
            Topic = "t",
            Channel = new SubscriptionChannel { Type = SubscriptionChannel.Webhook, Url = url, Secret = WebhookSignature.NewSecret() },
        };
        var entry = new OutboxEntry("s1", "t", 1, """{"id":"x"}""", DateTimeOffset.UtcNow, 0, null, DateTimeOffset.UtcNow, null);

        using (var strict = new WebhookClient(new DeliveryOptions { AllowPrivateNetworks = false }, TimeProvider.System))
        {
            var (outcome, error) = await strict.SendAsync(subscription, entry, default);
            Assert.Equal(AttemptOutcome.Failed, outcome);
            Assert.Contains("; set Delivery:AllowPrivateNetworks=true (environment Delivery__AllowPrivateNetworks=true) to allow it", error);
            Assert.Empty(_server.Requests);
        }

        using var open = new WebhookClient(new DeliveryOptions { AllowPrivateNetworks = true }, TimeProvider.System);
        Assert.Equal((AttemptOutcome.Delivered, null), await open.SendAsync(subscription, entry, default));
        Assert.Single(_server.Requests);
    }
}
