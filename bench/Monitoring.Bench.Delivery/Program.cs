using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitoring.Abstractions;
using Monitoring.Grains.Articles;
using Monitoring.Silo.Hosting;

// Ingest-to-webhook latency: articles enter the topic side through the same sink the source
// grains hand them to (reading, routing, the topic grain, its durable log, the outbox), at a
// fixed rate; a receiver on loopback notes when each alert's webhook arrives.
var rate = Arg("--rate", 1000);
var topics = Arg("--topics", 100);
var warmup = Arg("--warmup", 2); // seconds at the same rate first, not measured: JIT and caches settle
var seconds = Arg("--seconds", 10);
var work = Path.Combine(Path.GetTempPath(), "monitoring-bench", Guid.NewGuid().ToString("n"));
const string Key = "bench-operator-key-0123456789";

var clock = Stopwatch.StartNew();
var sent = new ConcurrentDictionary<string, TimeSpan>();
var arrived = new ConcurrentDictionary<string, TimeSpan>();

var receiverBuilder = WebApplication.CreateSlimBuilder(["--hostBuilder:reloadConfigOnChange=false"]);
receiverBuilder.Logging.ClearProviders();
receiverBuilder.WebHost.UseUrls("http://127.0.0.1:0");
await using var receiver = receiverBuilder.Build();
receiver.MapPost("/hook", async (HttpContext context) =>
{
    var at = clock.Elapsed;
    using var doc = await JsonDocument.ParseAsync(context.Request.Body);
    foreach (var url in doc.RootElement.GetProperty("alert").GetProperty("articleUrls").EnumerateArray())
    {
        arrived.TryAdd(url.GetString()!, at);
    }
    return Results.NoContent();
});
await receiver.StartAsync();
var hook = new Uri(new Uri(receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), "/hook");

var app = MonitoringHost.Build([], config => config.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["urls"] = "http://127.0.0.1:0",
    ["Storage:Path"] = work,
    ["Cluster:SiloPort"] = FreePort().ToString(CultureInfo.InvariantCulture),
    ["Cluster:GatewayPort"] = FreePort().ToString(CultureInfo.InvariantCulture),
    ["Scheduler:Enabled"] = "false",
    ["Delivery:AllowPrivateNetworks"] = "true",
    ["Auth:BootstrapOperatorKey"] = Key,
    ["Logging:LogLevel:Default"] = "Warning",
}));
await app.StartAsync();
var api = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Key);
// Articles are spread over topics (each article carries one topic's code word), as a deployment's
// are: one story does not gain a thousand people a second.
for (var t = 0; t < topics; t++)
{
    (await api.PostAsJsonAsync("/api/topics", new { id = $"bench-{t}", name = "bench", allActors = new[] { "Japan", "Russia" }, keywords = new[] { Code(t) } })).EnsureSuccessStatusCode();
    (await api.PostAsJsonAsync("/api/subscriptions", new { topic = $"bench-{t}", channel = new { type = "webhook", url = hook.ToString() } })).EnsureSuccessStatusCode();
}

var sink = app.Services.GetRequiredService<IArticleSink>();
var warm = rate * warmup;
var total = warm + rate * seconds;
Console.WriteLine($"sending {total} articles at {rate}/s over {topics} topics ({warmup} s of warm-up not measured), each naming one new person");
var inFlight = new List<Task>();
var gcAtStart = GcNow();
var start = clock.Elapsed;
for (var i = 0; i < total; i++)
{
    var due = start + TimeSpan.FromSeconds((double)i / rate);
    if (clock.Elapsed < due)
    {
        // Sleep (never spin: a spinning sender takes a core from the system it measures) and then
        // send everything come due meanwhile, as a source hands on a fetched batch.
        await Task.Delay(due - clock.Elapsed is var wait && wait > TimeSpan.FromMilliseconds(1) ? wait : TimeSpan.FromMilliseconds(1));
    }
    var article = Article(i, Code(i % topics));
    if (i >= warm)
    {
        sent[article.Url] = clock.Elapsed;
        if (i == warm)
        {
            gcAtStart = GcNow();
        }
    }
    inFlight.Add(sink.AcceptAsync(article, "bench", CancellationToken.None));
}
await Task.WhenAll(inFlight);
var sendSeconds = (clock.Elapsed - start).TotalSeconds - warmup;
var gcAtEnd = GcNow();
var deadline = clock.Elapsed + TimeSpan.FromSeconds(30);
while (sent.Keys.Count(arrived.ContainsKey) < sent.Count && clock.Elapsed < deadline)
{
    await Task.Delay(50);
}

var latencies = sent.Where(s => arrived.ContainsKey(s.Key)).Select(s => (arrived[s.Key] - s.Value).TotalMilliseconds).Order().ToList();
Console.WriteLine($"sent {sent.Count} in {sendSeconds:F1} s ({sent.Count / sendSeconds:F0}/s); webhooks for {latencies.Count} articles");
if (latencies.Count > 0)
{
    Console.WriteLine($"ingest-to-webhook latency: p50 {Percentile(0.50):F1} ms, p90 {Percentile(0.90):F1} ms, p99 {Percentile(0.99):F1} ms, max {latencies[^1]:F1} ms");
}
Console.WriteLine($"while sending: {(gcAtEnd.Allocated - gcAtStart.Allocated) / 1024.0 / sent.Count:F0} KB allocated per article, " +
    $"{gcAtEnd.Gen0 - gcAtStart.Gen0} gen0 / {gcAtEnd.Gen1 - gcAtStart.Gen1} gen1 / {gcAtEnd.Gen2 - gcAtStart.Gen2} gen2 collections, " +
    $"paused {(gcAtEnd.Paused - gcAtStart.Paused).TotalMilliseconds / 1000 / sendSeconds * 100:F1} % of the time");
// Processor time of the whole process (sender, silo, receiver) per article: what the rate costs, whatever else the machine runs.
Console.WriteLine($"processor time: {(gcAtEnd.Cpu - gcAtStart.Cpu).TotalMilliseconds / sent.Count:F2} ms per article " +
    $"({(gcAtEnd.Cpu - gcAtStart.Cpu).TotalSeconds / sendSeconds:F2} cores busy of {Environment.ProcessorCount})");
await app.StopAsync();
await app.DisposeAsync();
Directory.Delete(work, recursive: true);

double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];

// An article in the shape sources hand on: Japan and Russia, and one person no earlier article named.
static Article Article(int i, string code)
{
    var name = Name(i);
    var url = $"https://bench.example.org/{i}";
    return new Article
    {
        CanonicalUrl = url,
        Url = url,
        Title = $"Japan weighs new sanctions on Russia ({i})",
        PublishedAt = DateTimeOffset.UtcNow,
        FetchedAt = DateTimeOffset.UtcNow,
        Content = $"Japan is considering new sanctions against Russia in the {code} case. Deputy Minister {name} said Tokyo would decide next week.",
        Sources = ["bench"],
    };
}

// Distinct made-up names far enough apart that no two are taken for one person.
static string Name(int i)
{
    string[] given = ["Arata", "Bruno", "Celia", "Dario", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas"];
    const string letters = "bcdfghklmnprstvz";
    var surname = "Q";
    for (var n = i + 1; n > 0; n /= letters.Length)
    {
        surname += letters[n % letters.Length] + "a";
    }
    return $"{given[i % given.Length]} {surname}";
}

static (long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Paused, TimeSpan Cpu) GcNow() =>
    (GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(),
        Process.GetCurrentProcess().TotalProcessorTime);

static string Code(int topic) => "zq" + string.Concat(topic.ToString(CultureInfo.InvariantCulture).Select(c => (char)('a' + c - '0'))) + "zq";

int Arg(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
