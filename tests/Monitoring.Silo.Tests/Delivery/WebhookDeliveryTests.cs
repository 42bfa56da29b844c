using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Silo.Delivery;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Delivery;

public sealed class WebhookDeliveryTests : ReceiverTests
{
    private static async Task<JsonElement> SubscribeAsync(RunningSilo silo, string topic, Uri url, string secret = "whsec_dGVzdC1zZWNyZXQtMDEyMzQ1Njc4OWFiY2RlZg==", bool ordered = false) =>
        await silo.PostJsonAsync("/api/subscriptions", new { topic, channel = new { type = "webhook", url = url.ToString(), secret }, ordered });

    [Fact]
    public async Task A_receiver_that_fails_twice_gets_the_alert_once_accepted_with_one_id_and_a_valid_signature()
    {
        await using var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast());
        Receiver.Map("/flaky", attempt => Task.FromResult(attempt <= 2 ? 500 : 200));
        await AlertMaker.DefineTopicAsync(silo, "flaky");
        const string secret = "whsec_dGVzdC1zZWNyZXQtMDEyMzQ1Njc4OWFiY2RlZg==";
        await SubscribeAsync(silo, "flaky", Receiver.Url("/flaky"), secret);

        var alerts = await AlertMaker.RaiseAsync(silo, "flaky", 0, "a");
        Assert.Single(alerts);

        Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.On("/flaky").Count >= 3, TimeSpan.FromSeconds(20)));
        // Nothing more may come once accepted.
        Assert.True(await WebhookReceiver.HoldsAsync(() => Receiver.On("/flaky").Count == 3, TimeSpan.FromMilliseconds(500)));
        var tries = Receiver.On("/flaky");
        Assert.Equal(3, tries.Count);
        Assert.Single(tries.Select(t => t.Id).Distinct());
        Assert.All(tries, t => Assert.True(WebhookSignature.Verify(secret, t.Id, t.Timestamp, t.Body, t.Signature)));
        // And as a receiver following the Standard Webhooks text would check it, without the project's code.
        Assert.All(tries, t => Assert.Equal(StandardWebhooks.Signature(secret, t.Id, t.Timestamp, t.Body), t.Signature));
        Assert.False(WebhookSignature.Verify("whsec_b3RoZXItc2VjcmV0LTAxMjM0NTY3ODlhYmNkZWY=", tries[0].Id, tries[0].Timestamp, tries[0].Body, tries[0].Signature));
        Assert.Equal(alerts[0].Sequence, tries[^1].Sequence);
        Assert.Equal("new_actor", JsonDocument.Parse(tries[^1].Body).RootElement.GetProperty("alert").GetProperty("kind").GetString());

        var metrics = await silo.Client.GetStringAsync("/metrics");
        Assert.Contains("monitoring_alerts", metrics);
        Assert.Contains("monitoring_webhooks_delivered", metrics);
        Assert.Contains("monitoring_webhooks_failed", metrics);
    }

    [Fact]
    public async Task In_an_ordered_subscription_alerts_raised_while_one_is_failing_wait_behind_it_and_all_arrive_once_in_order()
    {
        await using var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast());
        // The first alert is accepted (the subscription is in step), the second fails three times.
        Receiver.Map("/behind", attempt => Task.FromResult(attempt is >= 2 and <= 4 ? 503 : 200));
        await AlertMaker.DefineTopicAsync(silo, "behind");
        var subscription = await SubscribeAsync(silo, "behind", Receiver.Url("/behind"), ordered: true);
        Assert.True(subscription.GetProperty("ordered").GetBoolean());

        var raised = new List<long>();
        raised.AddRange((await AlertMaker.RaiseAsync(silo, "behind", 0, "a")).Select(a => a.Sequence));
        Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.Accepted("/behind").Count >= 1, TimeSpan.FromSeconds(10)));
        raised.AddRange((await AlertMaker.RaiseAsync(silo, "behind", 1, "b")).Select(a => a.Sequence));
        Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.On("/behind").Count >= 2, TimeSpan.FromSeconds(10)));
        // Raised while the second is failing: handed to the dispatcher, which must hold them back.
        foreach (var tag in new[] { "c", "d", "e" })
        {
            raised.AddRange((await AlertMaker.RaiseAsync(silo, "behind", 1, tag)).Select(a => a.Sequence));
        }

        Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.Accepted("/behind").Count >= raised.Count, TimeSpan.FromSeconds(20)));
        Assert.True(await WebhookReceiver.HoldsAsync(() => Receiver.On("/behind").Count == raised.Count + 3, TimeSpan.FromMilliseconds(500)));
        Assert.Equal(raised, Receiver.Accepted("/behind").Select(r => r.Sequence));
        // Nothing but the failing alert was tried until it was accepted.
        Assert.Equal([raised[1], raised[1], raised[1]], Receiver.On("/behind").Where(t => t.Status >= 300).Select(t => t.Sequence));
        Assert.Equal(raised.Count + 3, Receiver.On("/behind").Count);
        // In step again: an alert raised now goes straight through, once.
        var late = Assert.Single(await AlertMaker.RaiseAsync(silo, "behind", 1, "f"));
        Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.Accepted("/behind").Any(r => r.Sequence == late.Sequence), TimeSpan.FromSeconds(10)));
        Assert.True(await WebhookReceiver.HoldsAsync(() => Receiver.On("/behind").Count(r => r.Sequence == late.Sequence) == 1, TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task By_default_an_alert_in_retry_does_not_hold_back_the_later_ones()
    {
        await using var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast());
        // Every message is refused twice, then accepted.
        var tries = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        Receiver.Map("/twice", (_, id) => Task.FromResult(tries.AddOrUpdate(id, 1, (_, n) => n + 1) <= 2 ? 503 : 200));
        await AlertMaker.DefineTopicAsync(silo, "twice");
        Assert.False((await SubscribeAsync(silo, "twice", Receiver.Url("/twice"))).GetProperty("ordered").GetBoolean());

        var raised = (await AlertMaker.RaiseAsync(silo, "twice", 9, "a")).Select(a => a.Sequence).ToList();
        Assert.Equal(10, raised.Count);
        Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.Accepted("/twice").Count >= raised.Count, TimeSpan.FromSeconds(30)));

        var all = Receiver.On("/twice");
        // The last alert was first tried before the first one was accepted: nothing waited behind a retry.
        var lastTried = all.FindIndex(r => r.Sequence == raised[^1]);
        var firstAccepted = all.FindIndex(r => r.Sequence == raised[0] && r.Status < 300);
        Assert.True(lastTried < firstAccepted, $"alert {raised[^1]} first tried at {lastTried}, alert {raised[0]} accepted at {firstAccepted}");
        // Each accepted once under its one id, after exactly two refusals; bodies carry the sequence to order by.
        Assert.Equal(raised.Order(), Receiver.Accepted("/twice").Select(r => r.Sequence).Order());
        Assert.All(raised, seq => Assert.Equal(3, all.Count(r => r.Sequence == seq)));
    }

    [Fact]
    public async Task A_receiver_that_times_out_is_tried_again()
    {
        await using var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast());
        Receiver.Map("/slow", async attempt =>
        {
            if (attempt == 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(3)); // beyond the 1 s delivery timeout
            }
            return 200;
        });
        await AlertMaker.DefineTopicAsync(silo, "slow");
        await SubscribeAsync(silo, "slow", Receiver.Url("/slow"));
        await AlertMaker.RaiseAsync(silo, "slow", 0, "a");

        Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.On("/slow").Count >= 2, TimeSpan.FromSeconds(20)));
        var tries = Receiver.On("/slow");
        Assert.Single(tries.Select(t => t.Id).Distinct());
    }

    [Fact]
    public async Task Gone_disables_the_subscription()
    {
        await using var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast());
        Receiver.Map("/gone", _ => Task.FromResult(410));
        await AlertMaker.DefineTopicAsync(silo, "gone");
        var id = (await SubscribeAsync(silo, "gone", Receiver.Url("/gone"))).GetProperty("id").GetString();
        await AlertMaker.RaiseAsync(silo, "gone", 2, "a");

        Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.On("/gone").Count >= 1, TimeSpan.FromSeconds(20)));
        JsonElement subscription = default;
        Assert.True(await WebhookReceiver.WaitAsync(() =>
        {
            subscription = silo.GetJsonAsync($"/api/subscriptions/{id}").GetAwaiter().GetResult();
            return subscription.GetProperty("disabled").ValueKind == JsonValueKind.String;
        }, TimeSpan.FromSeconds(10)));
        Assert.Contains("410", subscription.GetProperty("disabled").GetString());

        await AlertMaker.RaiseAsync(silo, "gone", 1, "b");
        // No further tries once disabled.
        Assert.True(await WebhookReceiver.HoldsAsync(() => Receiver.On("/gone").Count == 1, TimeSpan.FromMilliseconds(700)));
    }

    [Fact]
    public async Task A_receiver_down_for_the_whole_horizon_gets_a_dead_letter_that_replay_delivers()
    {
        await using var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast(horizon: "00:00:01"));
        var up = false;
        Receiver.Map("/down", _ => Task.FromResult(Volatile.Read(ref up) ? 200 : 503));
        await AlertMaker.DefineTopicAsync(silo, "down");
        var id = (await SubscribeAsync(silo, "down", Receiver.Url("/down"))).GetProperty("id").GetString();
        var alert = Assert.Single(await AlertMaker.RaiseAsync(silo, "down", 0, "a"));

        JsonElement dead = default;
        Assert.True(await WebhookReceiver.WaitAsync(() =>
        {
            dead = silo.GetJsonAsync($"/api/subscriptions/{id}/dead-letters").GetAwaiter().GetResult();
            return dead.GetArrayLength() == 1;
        }, TimeSpan.FromSeconds(20)));
        Assert.Equal(alert.Sequence, dead[0].GetProperty("sequence").GetInt64());
        Assert.Contains("503", dead[0].GetProperty("lastError").GetString());
        // Tried at least once; how many retries fit in the 1 s horizon depends on the machine's load.
        var triesBefore = Receiver.On("/down").Count;
        Assert.True(triesBefore >= 1);

        Volatile.Write(ref up, true);
        var replay = await silo.PostJsonAsync($"/api/subscriptions/{id}/dead-letters/replay", new { });
        Assert.Equal(1, replay.GetProperty("replayed").GetInt32());
        Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.On("/down").Count > triesBefore, TimeSpan.FromSeconds(10)));
        Assert.Equal(0, (await silo.GetJsonAsync($"/api/subscriptions/{id}/dead-letters")).GetArrayLength());
        Assert.Single(Receiver.On("/down").Select(t => t.Id).Distinct());
    }

    [Fact]
    public async Task Pending_deliveries_survive_a_restart_and_arrive_once_each_in_order()
    {
        var data = Path.Combine(Path.GetTempPath(), "monitoring-tests", Guid.NewGuid().ToString("n"));
        var open = false;
        Receiver.Map("/restart", _ => Task.FromResult(Volatile.Read(ref open) ? 200 : 503));
        await using (var first = await RunningSilo.StartAsync(data, DeliverySettings.Fast()))
        {
            await AlertMaker.DefineTopicAsync(first, "restart");
            await SubscribeAsync(first, "restart", Receiver.Url("/restart"));
            Assert.Equal(6, (await AlertMaker.RaiseAsync(first, "restart", 5, "a")).Count);
            Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.On("/restart").Count >= 1, TimeSpan.FromSeconds(10)));
        }
        var refusedIds = Receiver.On("/restart").Select(r => r.Id).ToHashSet();
        Volatile.Write(ref open, true);
        await using var second = await RunningSilo.StartAsync(data, DeliverySettings.Fast());
        Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.Accepted("/restart").Count >= 6, TimeSpan.FromSeconds(20)));
        Assert.True(await WebhookReceiver.HoldsAsync(() => Receiver.Accepted("/restart").Count == 6, TimeSpan.FromMilliseconds(500)));

        var accepted = Receiver.Accepted("/restart");
        Assert.Equal(6, accepted.Count); // each once
        Assert.Equal(accepted.Select(r => r.Sequence).Order(), accepted.Select(r => r.Sequence)); // in order
        // A retried alert keeps the id it had before the restart.
        Assert.All(refusedIds, id => Assert.Contains(accepted, r => r.Id == id));
    }

    [Fact]
    public async Task A_receiver_that_never_answers_does_not_delay_a_thousand_others()
    {
        await using var silo = await RunningSilo.StartAsync(settings: new Dictionary<string, string?>(DeliverySettings.Fast()) { ["Delivery:Timeout"] = "00:00:30", ["Delivery:LeaseDuration"] = "00:01:00" });
        var hang = new TaskCompletionSource();
        Receiver.Map("/never", async _ =>
        {
            await hang.Task;
            return 200;
        });
        Receiver.Accept("/ok");
        await AlertMaker.DefineTopicAsync(silo, "crowd");
        await SubscribeAsync(silo, "crowd", Receiver.Url("/never"));
        for (var i = 0; i < 999; i++)
        {
            await SubscribeAsync(silo, "crowd", Receiver.Url("/ok"));
        }
        var started = DateTimeOffset.UtcNow;
        Assert.Equal(4, (await AlertMaker.RaiseAsync(silo, "crowd", 3, "burst")).Count);

        Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.On("/ok").Count >= 999 * 4, TimeSpan.FromSeconds(60)),
            $"delivered {Receiver.On("/ok").Count} of {999 * 4}");
        var last = Receiver.On("/ok").Max(r => r.At);
        // All of them arrived while the slow receiver still held its first request (30 s timeout).
        Assert.True(last - started < TimeSpan.FromSeconds(25), $"took {last - started}");
        Assert.Equal(1, Server.CountRequests("/never")); // held, not retried while held
        hang.SetResult();
    }

    [Fact]
    public async Task Alerts_logged_but_never_queued_are_delivered_after_a_restart_and_history_is_not()
    {
        var data = Path.Combine(Path.GetTempPath(), "monitoring-tests", Guid.NewGuid().ToString("n"));
        Receiver.Accept("/catch-up");
        await using (var first = await RunningSilo.StartAsync(data, DeliverySettings.Fast()))
        {
            await AlertMaker.DefineTopicAsync(first, "gap");
            await AlertMaker.RaiseAsync(first, "gap", 1, "before"); // history: logged before anyone subscribed
            await SubscribeAsync(first, "gap", Receiver.Url("/catch-up"));
            // As if the silo stopped between writing the alert log and queueing the deliveries.
            var log = first.Services.GetRequiredService<Monitoring.Storage.ITopicStore>();
            await log.AppendAlertsAsync([
                new Monitoring.Storage.AlertRow("gap", 3, "new_actor", DateTimeOffset.UtcNow, """{"topicId":"gap","sequence":3,"kind":"new_actor","actor":"Lost One","corroboration":1}""", "actor|lost one"),
                new Monitoring.Storage.AlertRow("gap", 4, "new_actor", DateTimeOffset.UtcNow, """{"topicId":"gap","sequence":4,"kind":"new_actor","actor":"Lost Two","corroboration":1}""", "actor|lost two"),
            ]);
        }
        await using var second = await RunningSilo.StartAsync(data, DeliverySettings.Fast());
        Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.Accepted("/catch-up").Count >= 2, TimeSpan.FromSeconds(20)));
        Assert.True(await WebhookReceiver.HoldsAsync(() => Receiver.On("/catch-up").Count == 2, TimeSpan.FromMilliseconds(300)));
        Assert.Equal([3L, 4L], Receiver.Accepted("/catch-up").Select(r => r.Sequence));
    }

    [Fact]
    public async Task A_delivered_alert_leaves_the_outbox_within_a_second_or_so_while_a_slow_receiver_holds_the_next()
    {
        // What a silo killed now would deliver again is what it had not yet removed: the window must not grow
        // with the time a receiver takes to answer the next alert.
        var settings = DeliverySettings.Fast();
        settings["Delivery:Timeout"] = "00:00:30";
        settings["Delivery:LeaseDuration"] = "00:00:40";
        await using var silo = await RunningSilo.StartAsync(settings: settings);
        var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Receiver.Map("/held", async attempt =>
        {
            if (attempt == 2)
            {
                holding.TrySetResult();
                await release.Task.WaitAsync(TimeSpan.FromSeconds(25));
            }
            return 204;
        });
        await AlertMaker.DefineTopicAsync(silo, "held");
        await SubscribeAsync(silo, "held", Receiver.Url("/held"));

        // One article, four alerts queued together: one batch, whose second alert the receiver holds.
        var alerts = await AlertMaker.RaiseAsync(silo, "held", 3, "a");
        Assert.Equal(4, alerts.Count);
        await holding.Task.WaitAsync(TimeSpan.FromSeconds(20));
        try
        {
            await RunningSilo.EventuallyAsync(async () => await PendingAsync(silo) == alerts.Count - 1, TimeSpan.FromSeconds(5),
                "the delivered alert to leave the outbox while the next is held");
            Assert.Equal([alerts[0].Sequence], Receiver.Accepted("/held").Select(r => r.Sequence));
        }
        finally
        {
            release.TrySetResult();
        }
        await RunningSilo.EventuallyAsync(async () => await PendingAsync(silo) == 0, TimeSpan.FromSeconds(20), "every alert to be delivered");
        Assert.Equal(alerts.Select(a => a.Sequence), Receiver.Accepted("/held").Select(r => r.Sequence));
    }

    private static async Task<int> PendingAsync(RunningSilo silo) => (await silo.GetJsonAsync("/api/stats")).GetProperty("deliveriesPending").GetInt32();
}
