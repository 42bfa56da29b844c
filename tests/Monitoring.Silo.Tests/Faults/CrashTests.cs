using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Security;
using System.Text;
using System.Text.Json;
using Monitoring.Silo.Tests.Infrastructure;
using Xunit.Abstractions;
using static Monitoring.Silo.Tests.Infrastructure.ApiJson;

namespace Monitoring.Silo.Tests.Faults;

/// <summary>
/// kill -9 at random instants while a story arrives and its alerts are delivered: at the end the
/// archive, the topic and the receiver hold what a run without crashes gives, each alert once.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output) : ReceiverTests
{
    // Each article: Japan sanctions one more country, so each raises a new actor and a new measure.
    private static readonly string[] Countries =
    [
        "Russia", "Iran", "North Korea", "Syria", "Belarus", "Myanmar", "Venezuela", "Cuba", "Nicaragua", "Eritrea",
        "Mali", "Sudan", "Libya", "Yemen", "Somalia", "Zimbabwe", "Afghanistan", "Iraq", "Lebanon", "Haiti",
        "Burundi", "Guinea", "Niger", "Chad", "Laos", "Cambodia", "Tajikistan", "Turkmenistan", "Uzbekistan", "Kyrgyzstan",
    ];

    private static readonly DateTimeOffset T0 = new(2024, 11, 1, 9, 0, 0, TimeSpan.FromHours(9));
    private const string Topic = "japan-measures";
    private readonly Stopwatch _clock = new();
    private int _fetches;
    private bool _releaseAll;
    private TaskCompletionSource _fetched = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Receiver.Accept("/hook");
    }

    private static string Feed(int count)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Tokyo desk</title><link>https://tokyo.example.org/</link><description>t</description>");
        for (var i = count - 1; i >= 0; i--)
        {
            var country = Countries[i];
            sb.Append(CultureInfo.InvariantCulture,
                $"<item><guid>jp-{i}</guid><title>{SecurityElement.Escape($"Japan imposes sanctions on {country}")}</title><link>https://tokyo.example.org/news/{i}</link>"
                + $"<pubDate>{T0.AddHours(i).ToString("R", CultureInfo.InvariantCulture)}</pubDate>"
                + $"<description>{SecurityElement.Escape($"Japan imposed sanctions on {country} on Tuesday, the government in Tokyo said.")}</description></item>");
        }
        return sb.Append("</channel></rss>").ToString();
    }

    /// <summary>The feed grows by one article at each fetch, so the story unfolds only while a silo is up to poll it.</summary>
    private int Release()
    {
        if (_releaseAll)
        {
            return Countries.Length;
        }
        _fetched.TrySetResult();
        return Math.Min(Countries.Length, Interlocked.Increment(ref _fetches));
    }

    private int Released => _releaseAll ? Countries.Length : Math.Min(Countries.Length, Volatile.Read(ref _fetches));

    private static object TopicBody => new { id = Topic, name = "Japan's measures", allActors = new[] { "Japan" }, keywords = new[] { "sanction" } };

    [Fact]
    public async Task Kill_9_at_random_instants_loses_and_repeats_nothing()
    {
        // What a run without crashes gives: every article at once, polled by hand in-process.
        _releaseAll = true;
        Server.MapFeed("/reference.xml", () => Feed(Release()));
        List<string> expected;
        await using (var reference = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling))
        {
            await reference.PostJsonAsync("/api/topics", TopicBody);
            await reference.PollAsync(await reference.AddSourceAsync(Server.Url("/reference.xml")));
            expected = Identities(await reference.GetJsonAsync($"/api/topics/{Topic}/alerts?limit=1000"));
        }
        Assert.Equal(2 * Countries.Length + 1, expected.Count); // Japan, then each country and its measure

        _releaseAll = false;
        Server.MapFeed("/tokyo.xml", () => Feed(Release()));
        var data = Path.Combine(Path.GetTempPath(), "monitoring-tests", Guid.NewGuid().ToString("n"));
        var httpPort = FreePort.Next();
        var settings = new Dictionary<string, string>
        {
            ["Storage:Path"] = data,
            ["Cluster:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Cluster:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Auth:BootstrapOperatorKey"] = RunningSilo.OperatorKey,
            ["Fetch:AllowPrivateNetworks"] = "true",
            ["Fetch:MinHostGap"] = "00:00:00",
            ["Delivery:AllowPrivateNetworks"] = "true",
            ["Delivery:PollInterval"] = "00:00:00.050",
            ["Delivery:InitialBackoff"] = "00:00:00.100",
            ["Delivery:MaxBackoff"] = "00:00:00.300",
            ["Scheduler:TickInterval"] = "00:00:00.100",
            ["Scheduler:Shards"] = "2",
            ["Polling:MinInterval"] = "00:00:00.100",
            ["Polling:DefaultInterval"] = "00:00:00.200",
            ["Polling:MaxInterval"] = "00:00:00.300",
            ["Polling:FetchOriginalContent"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var seed = Environment.TickCount;
        var random = new Random(seed);
        output.WriteLine($"seed {seed}");

        var silo = SiloProcess.Start(httpPort, settings);
        using var api = new HttpClient { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", RunningSilo.OperatorKey);
        string subscription;
        try
        {
            await silo.WaitReadyAsync(TimeSpan.FromSeconds(60));
            await PostAsync(api, "/api/topics", TopicBody);
            subscription = (await PostAsync(api, "/api/subscriptions", new { topic = Topic, channel = new { type = "webhook", url = Receiver.Url("/hook").ToString() } }))
                .GetProperty("id").GetString()!;
            _clock.Start();
            await PostAsync(api, "/api/sources", new { url = Server.Url("/tokyo.xml").ToString() });

            for (var crash = 1; crash <= 8; crash++)
            {
                if (crash % 2 == 1)
                {
                    // Inside ingestion: a few milliseconds after the feed is served, while the poll
                    // parses, archives and routes what it got.
                    _fetched = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    await _fetched.Task.WaitAsync(TimeSpan.FromSeconds(30));
                    await Task.Delay(random.Next(0, 40));
                }
                else
                {
                    // Anywhere: while alerts are raised and delivered.
                    await Task.Delay(random.Next(100, 1_500));
                }
                await silo.KillAsync();
                output.WriteLine($"crash {crash} at {_clock.Elapsed.TotalSeconds:F2} s ({Released} articles in the feed, {Receiver.Accepted("/hook").Count} webhooks accepted)");
                await silo.DisposeAsync();
                silo = SiloProcess.Start(httpPort, settings);
                await silo.WaitReadyAsync(TimeSpan.FromSeconds(60));
            }

            // Then let it finish: every article in, every alert logged and delivered.
            List<JsonElement> alerts = [];
            await RunningSilo.EventuallyAsync(async () =>
            {
                var articles = await GetAsync(api, "/api/articles?limit=1000");
                alerts = (await GetAsync(api, $"/api/topics/{Topic}/alerts?limit=1000")).EnumerateArray().ToList();
                var delivered = Receiver.Accepted("/hook").Select(r => r.Sequence).ToHashSet();
                return articles.GetArrayLength() == Countries.Length && alerts.Count >= expected.Count
                    && alerts.All(a => delivered.Contains(a.GetProperty("sequence").GetInt64()));
            }, TimeSpan.FromSeconds(60), "every article archived and every alert delivered");

            var logged = Identities(JsonSerializer.SerializeToElement(alerts));
            Assert.Equal(expected.Order(StringComparer.Ordinal), logged.Order(StringComparer.Ordinal));
            var sequences = alerts.Select(a => a.GetProperty("sequence").GetInt64()).ToList();
            Assert.Equal(sequences.Count, sequences.Distinct().Count());

            // Each alert reached the receiver under one webhook-id; a delivery cut off before it was
            // marked done may come again, but only under the same id, so the receiver tells it once.
            var accepted = Receiver.Accepted("/hook");
            Assert.Equal(
                sequences.Select(s => $"{subscription}-{s}").Order(StringComparer.Ordinal),
                accepted.Select(r => r.Id).Distinct().Order(StringComparer.Ordinal));
            Assert.All(accepted, r => Assert.Equal($"{subscription}-{r.Sequence}", r.Id));
            output.WriteLine($"{alerts.Count} alerts, {accepted.Count} webhooks accepted, {accepted.Count - accepted.Select(r => r.Id).Distinct().Count()} repeated with the same id");

            var story = await GetAsync(api, $"/api/topics/{Topic}/story");
            Assert.All(Countries, c => Assert.True(story.GetProperty("actors").TryGetProperty(c, out _), $"{c} is not in the story"));
        }
        finally
        {
            output.WriteLine(silo.Output.Length > 4000 ? silo.Output[^4000..] : silo.Output);
            await silo.DisposeAsync();
        }
    }

    /// <summary>What each alert tells, whatever its number; a measure's first telling is one identity.</summary>
    private static List<string> Identities(JsonElement alerts) =>
        alerts.EnumerateArray().Select(a =>
        {
            var kind = a.GetProperty("kind").GetString() is "new_target" ? "new_measure" : a.GetProperty("kind").GetString();
            return $"{kind} {Text(a, "actor")} {Text(a, "type")} {Text(a, "imposer")}>{Text(a, "target")} {Text(a, "status")}";
        }).ToList();

    private static string Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
}
