using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Security;
using System.Text.Json;
using Monitoring.Silo.Tests.Cluster;
using Monitoring.Silo.Tests.Infrastructure;
using Xunit.Abstractions;
using static Monitoring.Silo.Tests.Infrastructure.ApiJson;

namespace Monitoring.Silo.Tests.Faults;

/// <summary>
/// The one instant exactly-once delivery hinges on: the receiver has the webhook, the silo has not yet
/// marked it done, and the silo process dies (kill -9). The next silo must send it again (nothing lost)
/// under the same <c>webhook-id</c> (so the receiver can drop the repeat), never under a new one.
/// </summary>
public sealed class DeliveredNotMarkedDoneTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Topic = "japan-held";
    private const string Secret = "whsec_aGVsZC1kZWxpdmVyeS1zZWNyZXQtMDEyMzQ1Njc4OQ==";

    /// <summary>Longest the silo waits on one attempt; the kill must come well inside it, so the silo never gives up on its own.</summary>
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    private readonly ConcurrentQueue<Request> _requests = new();
    private readonly TaskCompletionSource<Request> _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private FeedServer _server = null!;
    private int _arrivals;

    /// <summary>One request as the receiver saw it; <see cref="Answered"/> false for the one cut off by the kill.</summary>
    private sealed record Request(string Id, long Timestamp, string Signature, string Body, long Sequence, bool Answered);

    public async Task InitializeAsync()
    {
        _server = await FeedServer.StartAsync();
        _server.MapFeed("/tokyo.xml", () =>
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Tokyo desk</title><link>https://tokyo.example.org/</link><description>t</description>"
            + "<item><guid>jp-1</guid><title>Japan imposes sanctions on Russia</title><link>https://tokyo.example.org/news/1</link>"
            + "<pubDate>Fri, 01 Nov 2024 00:00:00 GMT</pubDate>"
            + $"<description>{SecurityElement.Escape("Japan imposed sanctions on Russia on Tuesday, the government in Tokyo said.")}</description></item>"
            + "</channel></rss>");
        // The first request is held unanswered until the test lets it go or the silo's side of the
        // connection dies; every later one is accepted at once.
        _server.Map("/hook", async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers;
            var request = new Request(
                headers["webhook-id"].ToString(),
                long.Parse(headers["webhook-timestamp"].ToString(), CultureInfo.InvariantCulture),
                headers["webhook-signature"].ToString(),
                body,
                JsonDocument.Parse(body).RootElement.GetProperty("alert").GetProperty("sequence").GetInt64(),
                Answered: true);
            if (Interlocked.Increment(ref _arrivals) == 1)
            {
                _requests.Enqueue(request with { Answered = false });
                _held.TrySetResult(request);
                await Task.WhenAny(_release.Task, Task.Delay(Timeout.Infinite, context.RequestAborted));
                context.Abort();
                return;
            }
            _requests.Enqueue(request);
            context.Response.StatusCode = 204;
        });
    }

    public async Task DisposeAsync()
    {
        _release.TrySetResult();
        await _server.DisposeAsync();
    }

    private Dictionary<string, string> Settings(string data) => new()
    {
        ["Storage:Path"] = data,
        ["Cluster:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
        ["Cluster:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
        ["Auth:BootstrapOperatorKey"] = RunningSilo.OperatorKey,
        ["Fetch:AllowPrivateNetworks"] = "true",
        ["Scheduler:Enabled"] = "false",
        ["Polling:FetchOriginalContent"] = "false",
        ["Delivery:AllowPrivateNetworks"] = "true",
        ["Delivery:PollInterval"] = "00:00:00.050",
        ["Delivery:InitialBackoff"] = "00:00:00.100",
        ["Delivery:MaxBackoff"] = "00:00:00.300",
        ["Delivery:Timeout"] = AttemptTimeout.ToString("c", CultureInfo.InvariantCulture),
        // The shortest lease the timeout allows: the dead silo's hold on the subscription runs out soon.
        ["Delivery:LeaseDuration"] = (AttemptTimeout + TimeSpan.FromSeconds(4)).ToString("c", CultureInfo.InvariantCulture),
        ["Logging:LogLevel:Default"] = "Warning",
    };

    [Fact]
    public async Task A_silo_killed_while_the_receiver_holds_a_webhook_sends_it_again_under_the_same_id_and_loses_nothing()
    {
        var data = Path.Combine(Path.GetTempPath(), "monitoring-tests", Guid.NewGuid().ToString("n"));
        var httpPort = FreePort.Next();
        var silo = SiloProcess.Start(httpPort, Settings(data));
        try
        {
            await silo.WaitReadyAsync(TimeSpan.FromSeconds(90));
            using (var api = SiloDeathTests.Client(silo))
            {
                await PostAsync(api, "/api/topics", new { id = Topic, name = "Japan", allActors = new[] { "Japan" }, keywords = new[] { "sanction" }, backfill = new { days = 0 } });
                await PostAsync(api, "/api/subscriptions",
                    new { topic = Topic, channel = new { type = "webhook", url = _server.Url("/hook").ToString(), secret = Secret } });
                var source = (await PostAsync(api, "/api/sources", new { url = _server.Url("/tokyo.xml").ToString() })).GetProperty("id").GetString()!;
                await PostAsync(api, $"/api/sources/{source}/poll", new { });
            }

            // The receiver has the first webhook and has not answered: the silo cannot have marked it done.
            var held = await _held.Task.WaitAsync(TimeSpan.FromSeconds(60));
            var heldAt = DateTimeOffset.UtcNow;
            await silo.KillAsync();
            var killedAfter = DateTimeOffset.UtcNow - heldAt;
            Assert.True(killedAfter < AttemptTimeout / 2, $"the kill came {killedAfter.TotalSeconds:F1} s after the webhook arrived, near the silo's own time limit");
            output.WriteLine($"held {held.Id} (alert {held.Sequence}); silo killed {killedAfter.TotalMilliseconds:F0} ms later");
            await silo.DisposeAsync();

            silo = SiloProcess.Start(httpPort, Settings(data));
            await silo.WaitReadyAsync(TimeSpan.FromSeconds(90));
            using var again = SiloDeathTests.Client(silo);
            List<long> logged = [];
            await RunningSilo.EventuallyAsync(async () =>
            {
                logged = (await GetAsync(again, $"/api/topics/{Topic}/alerts?limit=100")).EnumerateArray().Select(a => a.GetProperty("sequence").GetInt64()).ToList();
                var answered = _requests.Where(r => r.Answered).Select(r => r.Sequence).ToHashSet();
                return logged.Count > 0 && logged.All(answered.Contains);
            }, TimeSpan.FromSeconds(60), "every logged alert to be accepted by the receiver after the restart");
            Assert.True(await WebhookReceiver.HoldsAsync(() => _requests.Count(r => r.Answered) == logged.Count, TimeSpan.FromSeconds(1)),
                "an alert was accepted twice after the restart");

            var requests = _requests.ToList();
            output.WriteLine(string.Join("\n", requests.Select(r => $"{r.Id} alert {r.Sequence} {(r.Answered ? "accepted" : "cut off by the kill")}")));
            Assert.Equal(3, logged.Count); // Japan, Russia, and the sanction
            // Nothing lost: every logged alert was accepted, once, and the receiver got nothing else.
            Assert.Equal(logged.Order(), requests.Where(r => r.Answered).Select(r => r.Sequence).Order());
            // The held webhook came again, under the id it first had.
            Assert.Contains(requests, r => r.Answered && r.Id == held.Id && r.Sequence == held.Sequence);
            // One identity per alert: every request for an alert carries one id, and no two alerts share one.
            Assert.All(requests.GroupBy(r => r.Sequence), g => Assert.Single(g.Select(r => r.Id).Distinct()));
            Assert.Equal(logged.Count, requests.Select(r => r.Id).Distinct().Count());
            Assert.All(requests.Where(r => r.Answered), r => Assert.Equal(StandardWebhooks.Signature(Secret, r.Id, r.Timestamp, r.Body), r.Signature));
            Assert.All(requests, r => Assert.Equal(r.Id, JsonDocument.Parse(r.Body).RootElement.GetProperty("id").GetString()));
        }
        finally
        {
            output.WriteLine(silo.Output.Length > 4000 ? silo.Output[^4000..] : silo.Output);
            await silo.DisposeAsync();
        }
    }
}
