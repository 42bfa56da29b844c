using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Abstractions;
using Monitoring.Bench.Ingestion;
using Monitoring.Silo.Api;
using Monitoring.Silo.Hosting;
using Orleans;
using Orleans.Runtime;

// Load harness for ingestion: N feeds x M items on loopback, first fetch and unchanged re-poll
// through the real host, memory per idle source, and newsboat over the same feeds.
var feeds = Arg("--feeds", 1000);
var items = Arg("--items", 20);
var idle = Arg("--idle", 100_000);
var concurrency = Arg("--concurrency", 64);
var work = Path.Combine(Path.GetTempPath(), "monitoring-bench", Guid.NewGuid().ToString("n"));
Directory.CreateDirectory(work);

await using var server = await LoopbackFeeds.StartAsync(feeds, items);
var app = MonitoringHost.Build([], config => config.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["urls"] = "http://127.0.0.1:0",
    ["Storage:Path"] = Path.Combine(work, "silo"),
    ["Cluster:SiloPort"] = FreePort().ToString(CultureInfo.InvariantCulture),
    ["Cluster:GatewayPort"] = FreePort().ToString(CultureInfo.InvariantCulture),
    ["Scheduler:Enabled"] = "false",
    ["Fetch:AllowPrivateNetworks"] = "true",
    // Every synthetic feed is on one loopback host; per-host politeness would measure the gap, not the system.
    ["Fetch:MinHostGap"] = "00:00:00",
    ["Fetch:MaxConcurrentPerHost"] = concurrency.ToString(CultureInfo.InvariantCulture),
    ["Polling:FetchOriginalContent"] = "false",
    ["Logging:LogLevel:Default"] = "Warning",
}));
await app.StartAsync();
var directory = app.Services.GetRequiredService<SourceDirectory>();
var grains = app.Services.GetRequiredService<IGrainFactory>();

Console.WriteLine($"# ingestion benchmark: {feeds} feeds x {items} items, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
var ids = new string[feeds];
await ForAll(feeds, concurrency, async i => ids[i] = (await directory.AddAsync(server.FeedUrl(i).ToString(), null)).Source!.Id);

var first = await PollAll("first fetch", ids, concurrency, grains);
var again = await PollAll("re-poll (unchanged)", ids, concurrency, grains);
if (first.Articles != feeds * items || again.NotModified != feeds)
{
    throw new InvalidOperationException($"expected {feeds * items} articles and {feeds} 304s, got {first.Articles} and {again.NotModified}");
}

TimeSpan? newsboatFirst = null, newsboatAgain = null;
if (Newsboat.Available())
{
    var folder = Path.Combine(work, "newsboat");
    var urls = Enumerable.Range(0, feeds).Select(server.FeedUrl).ToList();
    newsboatFirst = await Newsboat.ReloadAsync(folder, urls, threads: 2);
    newsboatAgain = await Newsboat.ReloadAsync(folder, urls, threads: 2);
    Console.WriteLine($"newsboat -x reload (2 threads): first {newsboatFirst.Value.TotalSeconds:F2} s, re-poll {newsboatAgain.Value.TotalSeconds:F2} s");
    Console.WriteLine($"speed-up: first fetch {newsboatFirst.Value / first.Elapsed:F1}x, re-poll {newsboatAgain.Value / again.Elapsed:F1}x");
}
else
{
    Console.WriteLine("newsboat not found on PATH: install it (apt-get install newsboat) for the comparison");
}

// Idle sources: registered, state written, activations collected; what remains is what idling costs.
var management = grains.GetGrain<IManagementGrain>(0);
await management.ForceActivationCollection(TimeSpan.Zero);
var before = Memory();
var clock = Stopwatch.StartNew();
await ForAll(idle, concurrency, i => directory.AddAsync(new Uri(server.BaseUrl, $"/idle/{i}.xml").ToString(), null));
var registerSeconds = clock.Elapsed.TotalSeconds;
await management.ForceActivationCollection(TimeSpan.Zero);
var after = Memory();
var activations = await management.GetTotalActivationCount();
Console.WriteLine($"registered {idle} idle sources in {registerSeconds:F1} s ({idle / registerSeconds:F0}/s); activations left: {activations}");
Console.WriteLine($"memory per idle source: managed {(after.Managed - before.Managed) / (double)idle:F0} B, working set {(after.WorkingSet - before.WorkingSet) / (double)idle:F0} B");
var dbBytes = new DirectoryInfo(Path.Combine(work, "silo")).EnumerateFiles().Sum(f => f.Length);
Console.WriteLine($"database on disk: {dbBytes / (1024.0 * 1024):F1} MiB for {feeds + idle} sources and {feeds * items} articles");

await app.StopAsync();
await app.DisposeAsync();
Directory.Delete(work, recursive: true);
return 0;

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

static async Task<(TimeSpan Elapsed, long Articles, long NotModified)> PollAll(string label, string[] ids, int concurrency, IGrainFactory grains)
{
    long articles = 0, notModified = 0, failed = 0;
    var clock = Stopwatch.StartNew();
    await ForAll(ids.Length, concurrency, async i =>
    {
        var report = await grains.GetGrain<ISourceGrain>(ids[i]).PollNow();
        Interlocked.Add(ref articles, report.NewArticles);
        Interlocked.Add(ref notModified, report.NotModified ? 1 : 0);
        Interlocked.Add(ref failed, report.Succeeded ? 0 : 1);
    });
    clock.Stop();
    Console.WriteLine($"{label}: {ids.Length} polls in {clock.Elapsed.TotalSeconds:F2} s = {ids.Length / clock.Elapsed.TotalSeconds:F0} polls/s; {articles} new articles, {notModified} not modified, {failed} failed");
    return (clock.Elapsed, articles, notModified);
}

static Task ForAll(int count, int concurrency, Func<int, Task> body) =>
    Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) => await body(i));

static (long Managed, long WorkingSet) Memory()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    using var process = Process.GetCurrentProcess();
    return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
