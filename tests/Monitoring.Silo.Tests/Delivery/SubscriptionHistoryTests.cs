using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Cli;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Delivery;

/// <summary>
/// A webhook subscription created with <c>after</c> also receives the topic's alerts already raised after that
/// sequence (0: the whole story so far), each once, then the new ones; without it, only what is raised from then on.
/// </summary>
public sealed class SubscriptionHistoryTests : ReceiverTests
{
    private static async Task<HttpResponseMessage> SubscribeAsync(RunningSilo silo, string topic, Uri url, long? after) =>
        await silo.Client.PostAsJsonAsync("/api/subscriptions", new { topic, channel = new { type = "webhook", url = url.ToString() }, after });

    [Fact]
    public async Task A_subscription_asks_for_the_history_after_a_sequence_and_gets_it_once_before_the_new_alerts()
    {
        await using var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast());
        await AlertMaker.DefineTopicAsync(silo, "history");
        var raised = (await AlertMaker.RaiseAsync(silo, "history", 2, "a")).Select(a => a.Sequence).ToList();
        Assert.Equal([1L, 2L, 3L], raised);

        var paths = new Dictionary<string, long?> { ["/all"] = 0, ["/late"] = 2, ["/past"] = 40, ["/now"] = null };
        foreach (var (path, after) in paths)
        {
            Receiver.Accept(path);
            using var created = await SubscribeAsync(silo, "history", Receiver.Url(path), after);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.Accepted("/all").Count >= 3 && Receiver.Accepted("/late").Count >= 1, TimeSpan.FromSeconds(20)));

        var next = Assert.Single(await AlertMaker.RaiseAsync(silo, "history", 1, "b")).Sequence;
        Assert.True(await WebhookReceiver.WaitAsync(() => paths.Keys.All(p => Receiver.Accepted(p).Any(r => r.Sequence == next)), TimeSpan.FromSeconds(20)));
        Assert.True(await WebhookReceiver.HoldsAsync(() => Receiver.On("/all").Count == 4, TimeSpan.FromMilliseconds(500)));
        Assert.Equal([1L, 2L, 3L, next], Receiver.Accepted("/all").Select(r => r.Sequence).Order());
        Assert.Equal([3L, next], Receiver.Accepted("/late").Select(r => r.Sequence).Order());
        Assert.Equal([next], Receiver.On("/past").Select(r => r.Sequence));
        Assert.Equal([next], Receiver.On("/now").Select(r => r.Sequence));
        // Each alert under a webhook-id of its own.
        Assert.Equal(4, Receiver.On("/all").Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task After_is_refused_when_negative_on_a_stream_and_on_a_change()
    {
        await using var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast());
        await AlertMaker.DefineTopicAsync(silo, "refused");
        Receiver.Accept("/r");

        using var negative = await SubscribeAsync(silo, "refused", Receiver.Url("/r"), -1);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("after", await negative.Content.ReadAsStringAsync());

        using var stream = await silo.Client.PostAsJsonAsync("/api/subscriptions", new { topic = "refused", channel = new { type = "stream" }, after = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, stream.StatusCode);
        Assert.Contains("Last-Event-ID", await stream.Content.ReadAsStringAsync());

        using var created = await SubscribeAsync(silo, "refused", Receiver.Url("/r"), null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();
        using var changed = await silo.Client.PutAsJsonAsync($"/api/subscriptions/{id}",
            new { topic = "refused", channel = new { type = "webhook", url = Receiver.Url("/r").ToString() }, after = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, changed.StatusCode);
        Assert.Contains("only when a subscription is created", await changed.Content.ReadAsStringAsync());
        // The refused requests created nothing.
        Assert.Equal([id], (await silo.GetJsonAsync("/api/subscriptions")).EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task The_cli_adds_an_ordered_subscription_with_the_history_after_a_sequence()
    {
        await using var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast());
        await AlertMaker.DefineTopicAsync(silo, "cli-history");
        Assert.Equal(3, (await AlertMaker.RaiseAsync(silo, "cli-history", 2, "a")).Count);
        Receiver.Accept("/cli");
        using var cli = CliTarget.At(silo);
        using var added = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(["subscriptions", "add", "cli-history", "--webhook", Receiver.Url("/cli").ToString(), "--ordered", "--after", "1", "--json"],
            added, TextWriter.Null));
        Assert.True(JsonDocument.Parse(added.ToString()).RootElement.GetProperty("ordered").GetBoolean());

        Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.Accepted("/cli").Count >= 2, TimeSpan.FromSeconds(20)));
        Assert.True(await WebhookReceiver.HoldsAsync(() => Receiver.On("/cli").Count == 2, TimeSpan.FromMilliseconds(500)));
        Assert.Equal([2L, 3L], Receiver.Accepted("/cli").Select(r => r.Sequence));

        using var error = new StringWriter();
        Assert.NotEqual(0, await CommandLine.RunAsync(["subscriptions", "add", "cli-history", "--webhook", Receiver.Url("/cli").ToString(), "--after", "soon"], TextWriter.Null, error));
        Assert.Contains("--after needs a sequence number", error.ToString());
    }
}
