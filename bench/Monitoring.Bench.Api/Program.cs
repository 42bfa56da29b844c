using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security;
using System.Text;
using System.Text.Json;
using Monitoring.Bench.Api;
using Monitoring.Bench.Ingestion;

// Load harness from outside the process: the silo runs as its own process and is reached only through
// its HTTP API on loopback, as a user meets it. Bounded: every phase has a deadline, every count a flag.
var feeds = Arg("--feeds", 1000);
var items = Arg("--items", 20);
var clients = Arg("--clients", 200);
var seconds = Arg("--seconds", 30);
var newsboatThreads = Arg("--newsboat-threads", 2);
var siloDll = ArgText("--silo") ?? FindSilo();
var work = Path.Combine(Path.GetTempPath(), "monitoring-bench-api", Guid.NewGuid().ToString("n"));
Directory.CreateDirectory(work);
if (args.Contains("--million"))
{
    // A million sources: registration, idle memory, one poll cycle (see MillionSources).
    return await MillionSources.RunAsync(siloDll, work, Arg("--sources", 1_000_000), Arg("--writers", 2), TimeSpan.FromMinutes(Arg("--cycle-minutes", 30)),
        args.Contains("--poll-all"), ArgText("--registered"));
}
if (args.Contains("--scale-out"))
{
    // One silo on SQLite, one and N on PostgreSQL, the silos' own schedule polling changing feeds (see ScaleOut).
    return await ScaleOut.RunAsync(siloDll, work, ArgText("--pg"), Arg("--silos", 3), Arg("--feeds", 1000), Arg("--items", 2), Arg("--interval", 10), Arg("--seconds", 60));
}
if (args.Contains("--e2e"))
{
    // Feeds to webhooks at a fixed rate (see EndToEnd).
    return await EndToEnd.RunAsync(siloDll, work, Arg("--rate", 1000), Arg("--seconds", 20), Arg("--warmup", 60), Arg("--feeds", 1000), Arg("--items", 20),
        Arg("--topics", 100), Arg("--receivers", 4));
}

Console.WriteLine($"# API load harness: {feeds} feeds x {items} items, {clients} clients for {seconds} s, {(args.Contains("--with-topic") ? "one topic" : "no topic")}; {Environment.ProcessorCount} cores; load average {LoadAverage()}");
// --stats: items published in the last hours, so the overview's 24 hours hold every archived article.
await using var farm = await LoopbackFeeds.StartAsync(feeds, items, args.Contains("--stats") ? DateTimeOffset.UtcNow.AddHours(-items) : null);
await using var silo = await SiloProcess.StartAsync(siloDll, Path.Combine(work, "silo"), new Dictionary<string, string>
{
    ["Fetch:AllowPrivateNetworks"] = "true",
    // Every synthetic feed is on one loopback host; per-host politeness would measure the gap, not the system.
    ["Fetch:MinHostGap"] = "00:00:00",
    ["Fetch:MaxConcurrentPerHost"] = "64",
    // The synthetic items link to pages that are not served; the comparison is feed against feed.
    ["Polling:FetchOriginalContent"] = "false",
});
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(clients, 16), PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) })
{
    BaseAddress = silo.BaseUrl,
    Timeout = TimeSpan.FromMinutes(3),
};
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SiloProcess.Key);
var rssBefore = silo.ResidentBytes();
if (args.Contains("--with-topic"))
{
    // With no topic nothing is read; one topic makes every new article read, as on a silo in use.
    (await http.PostAsJsonAsync("/api/topics", new { id = "bench", name = "Bench", allActors = new[] { "Japan", "Russia" }, keywords = new[] { "sanction" } }))
        .EnsureSuccessStatusCode();
}

if (ArgText("--subscriptions") is { } subscriptionCount)
{
    // The subscription list with each one's delivery state (see GetTiming); no feeds needed.
    var count = int.Parse(subscriptionCount, CultureInfo.InvariantCulture);
    (await http.PostAsJsonAsync("/api/topics", new { id = "subs", name = "Subs", allActors = new[] { "Japan", "Russia" }, keywords = new[] { "sanction" } }))
        .EnsureSuccessStatusCode();
    for (var i = 0; i < count; i++)
    {
        (await http.PostAsJsonAsync("/api/subscriptions", new { topic = "subs", channel = new { type = "stream" } })).EnsureSuccessStatusCode();
    }
    await GetTiming.RunAsync(http, silo, "/api/subscriptions", Arg("--requests", 50), $"{count} subscriptions");
    return 0;
}

// 1. OPML import of every feed, then until every item is archived (the silo's own schedule polls them).
var opml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><opml version=\"2.0\"><head><title>farm</title></head><body>");
for (var i = 0; i < feeds; i++)
{
    opml.Append(CultureInfo.InvariantCulture, $"<outline type=\"rss\" text=\"Feed {i}\" xmlUrl=\"{SecurityElement.Escape(farm.FeedUrl(i).ToString())}\"/>");
}
opml.Append("</body></opml>");
var importSiloCpu = silo.ProcessorTime();
var clock = Stopwatch.StartNew();
using (var import = await http.PostAsync("/api/sources/opml", new StringContent(opml.ToString(), Encoding.UTF8, "text/x-opml")))
{
    var body = await import.Content.ReadAsStringAsync();
    if (!import.IsSuccessStatusCode || JsonDocument.Parse(body).RootElement.GetProperty("added").GetInt32() != feeds)
    {
        throw new InvalidOperationException($"import failed: {(int)import.StatusCode} {body[..Math.Min(body.Length, 500)]}");
    }
}
var importCall = clock.Elapsed;
await Until(async () => await ArchivedAsync(http, feeds) >= feeds * items, TimeSpan.FromSeconds(180), "every item archived");
var firstFetch = clock.Elapsed;
Console.WriteLine($"OPML import: call {importCall.TotalSeconds:F2} s ({feeds / importCall.TotalSeconds:F0} sources/s); all {feeds * items} articles archived {firstFetch.TotalSeconds:F2} s after the call began; "
    + $"silo processor {(silo.ProcessorTime() - importSiloCpu).TotalSeconds:F2} s");

if (args.Contains("--stats"))
{
    // The overview's counts on a silo holding every archived article (see GetTiming).
    var articles = JsonDocument.Parse(await http.GetStringAsync("/api/stats")).RootElement
        .GetProperty("articlesPerHour").GetProperty("counts").EnumerateArray().Sum(c => c.GetInt32());
    await GetTiming.RunAsync(http, silo, "/api/stats", Arg("--requests", 50), $"articles in the last 24 h: {articles}");
    return 0;
}

// 2. Forced re-poll of all through poll-all (feeds unchanged: conditional GETs answered 304). The first finds the
// sources deactivated after their scheduled poll; --repolls N repeats it with them still active.
var rePoll = await PollAllAsync(http, silo, feeds);
for (var again = 1; again < Arg("--repolls", 1); again++)
{
    await PollAllAsync(http, silo, feeds);
}
// 3. newsboat over the same feeds, in the same run (--no-newsboat leaves it out, to profile the other phases).
if (args.Contains("--no-newsboat"))
{
    Console.WriteLine("newsboat left out (--no-newsboat)");
}
else if (Newsboat.Available())
{
    var folder = Path.Combine(work, "newsboat");
    var urls = Enumerable.Range(0, feeds).Select(farm.FeedUrl).ToList();
    var newsboatFirst = await Newsboat.ReloadAsync(folder, urls, newsboatThreads);
    var newsboatAgain = await Newsboat.ReloadAsync(folder, urls, newsboatThreads);
    Console.WriteLine($"newsboat -x reload ({newsboatThreads} threads): first {newsboatFirst.TotalSeconds:F2} s, again {newsboatAgain.TotalSeconds:F2} s");
    Console.WriteLine($"ratio: first fetch from OPML import {newsboatFirst / firstFetch:F1}x (target >= 5x), re-poll of all {newsboatAgain / rePoll:F1}x (target >= 50x)");
}
else
{
    Console.WriteLine("newsboat not found on PATH (apt-get install newsboat): no comparison in this run");
}

// 4. Many clients mixing reads and writes.
var ids = new List<string>();
for (var offset = 0; offset < feeds; offset += 1000)
{
    var page = JsonDocument.Parse(await http.GetStringAsync($"/api/sources?offset={offset}&limit=1000")).RootElement;
    ids.AddRange(page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()!));
}
var load = await MixedLoad.RunAsync(http, clients, TimeSpan.FromSeconds(seconds), ids,
    n => new Uri(farm.FeedUrl(n % feeds), $"?writer={n}"), TimeSpan.FromSeconds(10));
Console.WriteLine($"{clients} clients, {seconds} s, 1 in 5 a checked registration: {load.Requests} requests ({load.Writes} writes), {load.PerSecond:F0}/s, "
    + $"p50 {load.P50Ms:F0} ms, p99 {load.P99Ms:F0} ms, max {load.MaxMs:F0} ms, time-outs (10 s) {load.TimeOuts}, errors {load.Errors}");
Console.WriteLine($"  by kind: {load.ByKind}");
Console.WriteLine($"silo resident memory: {rssBefore / 1048576} MiB at start, {silo.ResidentBytes() / 1048576} MiB at the end; load average {LoadAverage()}");
return 0;

static async Task<TimeSpan> PollAllAsync(HttpClient http, SiloProcess silo, int feeds)
{
    // Processor time beside wall time: on a shared machine the wall time moves with the load, the work per poll less so.
    var siloCpu = silo.ProcessorTime();
    var harnessCpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    string location;
    using (var started = await http.PostAsync("/api/sources/poll", null))
    {
        location = started.StatusCode == HttpStatusCode.Accepted ? started.Headers.Location!.ToString() : throw new InvalidOperationException($"poll-all: {(int)started.StatusCode}");
    }
    JsonElement progress = default;
    await Until(async () =>
    {
        progress = JsonDocument.Parse(await http.GetStringAsync(location)).RootElement.Clone();
        return progress.GetProperty("status").GetString() != "running";
    }, TimeSpan.FromSeconds(120), "poll-all to finish", TimeSpan.FromMilliseconds(20));
    var took = clock.Elapsed;
    var siloMs = (silo.ProcessorTime() - siloCpu).TotalMilliseconds / feeds;
    var harnessMs = (Process.GetCurrentProcess().TotalProcessorTime - harnessCpu).TotalMilliseconds / feeds;
    Console.WriteLine($"poll-all: {progress.GetProperty("polled").GetInt32()} polled, {progress.GetProperty("failed").GetInt32()} failed in {took.TotalSeconds:F2} s ({feeds / took.TotalSeconds:F0} polls/s); "
        + $"processor per poll: silo {siloMs:F2} ms, harness (farm, client) {harnessMs:F2} ms");
    return took;
}

static async Task<int> ArchivedAsync(HttpClient http, int feeds)
{
    var total = 0;
    for (var offset = 0; offset < feeds; offset += 1000)
    {
        var page = JsonDocument.Parse(await http.GetStringAsync($"/api/sources?offset={offset}&limit=1000")).RootElement;
        total += page.GetProperty("items").EnumerateArray().Sum(s => s.GetProperty("health").GetProperty("articles").GetInt32());
    }
    return total;
}

static async Task Until(Func<Task<bool>> condition, TimeSpan limit, string what, TimeSpan? every = null)
{
    var deadline = Stopwatch.StartNew();
    while (!await condition())
    {
        if (deadline.Elapsed > limit)
        {
            throw new TimeoutException($"gave up waiting for {what} after {limit.TotalSeconds:0} s");
        }
        await Task.Delay(every ?? TimeSpan.FromMilliseconds(100));
    }
}

static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

static string FindSilo()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "src", "Monitoring.Silo", "bin", "Release", "net10.0", "Monitoring.Silo.dll");
        if (File.Exists(candidate))
        {
            return candidate;
        }
    }
    throw new FileNotFoundException("build the silo first (dotnet build src/Monitoring.Silo -c Release) or pass --silo PATH");
}

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

string? ArgText(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
