using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Bench.Api;

/// <summary>
/// A million sources on one silo (SQLite), from outside: registration through the bulk API, the resident
/// memory of the silo holding them idle, and one full poll cycle by the silo's own schedule. The silo is
/// started three times on one data folder: scheduler off to register, scheduler off again to see a fresh
/// process holding the catalog idle, scheduler on for the cycle (every source is due from its registration).
/// </summary>
internal static class MillionSources
{
    private const int Batch = 1000; // the bulk API's most per request

    /// <param name="registered">A data folder a run already registered the sources in (copied aside, silo stopped): phases 1 and 2 are skipped.</param>
    public static async Task<int> RunAsync(string siloDll, string work, int sources, int writers, TimeSpan cycleLimit, bool pollAll, string? registered)
    {
        Console.WriteLine($"# a million sources: {sources:N0} sources, {writers} registering clients, cycle limit {cycleLimit.TotalMinutes:0} min; {Environment.ProcessorCount} cores; load average {Machine.LoadAverage()}");
        await using var farm = await IdleFeeds.StartAsync(registered is null ? 0 : RegisteredPort(registered));
        var data = Path.Combine(work, "silo");
        var settings = new Dictionary<string, string>
        {
            ["Fetch:AllowPrivateNetworks"] = "true",
            // Every feed is on one loopback host: per-host politeness would measure the gap, not the schedule.
            ["Fetch:MinHostGap"] = "00:00:00",
            ["Fetch:MaxConcurrentPerHost"] = "64",
            ["Polling:FetchOriginalContent"] = "false",
            ["Scheduler:Enabled"] = "false",
        };

        // 1. Registration through the bulk API, on a fresh silo.
        long rssEmpty, rssRegistered;
        TimeSpan registration;
        if (registered is not null)
        {
            await using (var empty = await SiloProcess.StartAsync(siloDll, Path.Combine(work, "empty"), settings))
            {
                using var http = Client(empty, 1);
                rssEmpty = await SettledResidentAsync(empty, http);
                Console.WriteLine($"fresh silo, no sources: resident {Mib(rssEmpty)} MiB");
            }
            Directory.CreateDirectory(data);
            foreach (var file in Directory.GetFiles(registered))
            {
                File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
            }
            Console.WriteLine($"catalog of {sources:N0} sources taken from an earlier registration");
        }
        else
        {
            await using (var silo = await SiloProcess.StartAsync(siloDll, data, settings))
            {
                using var http = Client(silo, writers);
                rssEmpty = await SettledResidentAsync(silo, http);
                Console.WriteLine($"fresh silo, no sources: resident {Mib(rssEmpty)} MiB");
                var next = -1;
                var created = 0;
                var clock = Stopwatch.StartNew();
                var progress = Stopwatch.StartNew();
                await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
                {
                    for (var b = Interlocked.Increment(ref next); b * Batch < sources; b = Interlocked.Increment(ref next))
                    {
                        var items = Enumerable.Range(b * Batch, Math.Min(Batch, sources - b * Batch)).Select(n => new { url = farm.FeedUrl(n) }).ToList();
                        using var response = await http.PostAsJsonAsync("/api/sources?validate=false", items);
                        var body = await response.Content.ReadAsStringAsync();
                        if (!response.IsSuccessStatusCode)
                        {
                            throw new InvalidOperationException($"batch {b}: {(int)response.StatusCode} {body[..Math.Min(400, body.Length)]}");
                        }
                        var done = Interlocked.Add(ref created, JsonDocument.Parse(body).RootElement.GetProperty("created").GetInt32());
                        if (progress.Elapsed > TimeSpan.FromSeconds(15))
                        {
                            progress.Restart();
                            Console.WriteLine($"  {done:N0} registered, {done / clock.Elapsed.TotalSeconds:F0}/s, resident {Mib(silo.ResidentBytes())} MiB, load {Machine.LoadAverage()}");
                        }
                    }
                })));
                registration = clock.Elapsed;
                if (created != sources)
                {
                    throw new InvalidOperationException($"registered {created} of {sources}");
                }
                rssRegistered = silo.ResidentBytes();
                Console.WriteLine($"registration: {sources:N0} in {registration.TotalSeconds:F1} s ({sources / registration.TotalSeconds:F0} sources/s, {Batch} per request, {writers} clients); "
                    + $"silo resident {Mib(rssRegistered)} MiB after; load {Machine.LoadAverage()}");
            }
        }
        Console.WriteLine($"database: {new FileInfo(Path.Combine(data, "monitoring.db")).Length / 1048576.0:F0} MiB (+ WAL {WalMib(data):F0} MiB)");
        // Beside the data, so a copy of the folder can be reused with --registered (the urls name this port).
        await File.WriteAllTextAsync(Path.Combine(data, "farm-port"), farm.BaseUrl.Port.ToString(CultureInfo.InvariantCulture));

        // 2. A fresh process holding the catalog, idle: what a source costs while nothing happens to it.
        if (registered is null)
        {
            await using (var silo = await SiloProcess.StartAsync(siloDll, data, settings))
            {
                using var http = Client(silo, 1);
                var idle = await SettledResidentAsync(silo, http);
                Console.WriteLine($"fresh silo holding {sources:N0} idle sources: resident {Mib(idle)} MiB, {(idle - rssEmpty) / (double)sources:F0} B per source above the empty silo");
                await TimeAsync(http, "/api/sources?limit=100", "first page of sources");
                await TimeAsync(http, $"/api/sources?offset={Math.Max(0, sources - 100)}&limit=100", "last page of sources");
                await TimeAsync(http, $"/api/sources/{(await FirstIdAsync(http))}", "one source");
                await TimeAsync(http, "/readyz", "readiness (counts the catalog)");
            }
        }

        // 3. One full poll cycle by the schedule: every source is due since its registration.
        settings["Scheduler:Enabled"] = "true";
        await using (var silo = await SiloProcess.StartAsync(siloDll, data, settings))
        {
            using var http = Client(silo, 1);
            var clock = Stopwatch.StartNew();
            var cpuAtStart = silo.ProcessorTime();
            var peak = silo.ResidentBytes();
            var lastReport = TimeSpan.Zero;
            (long Polls, long Errors) counts = (0, 0);
            var apiSlowest = 0.0;
            while (counts.Polls < sources && clock.Elapsed < cycleLimit)
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
                var asked = Stopwatch.StartNew();
                counts = await PollCountsAsync(http);
                apiSlowest = Math.Max(apiSlowest, asked.Elapsed.TotalMilliseconds);
                peak = Math.Max(peak, silo.ResidentBytes());
                if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(30))
                {
                    lastReport = clock.Elapsed;
                    Console.WriteLine($"  {clock.Elapsed.TotalSeconds:F0} s: {counts.Polls:N0} polled ({counts.Polls / clock.Elapsed.TotalSeconds:F0}/s), {counts.Errors} failed, "
                        + $"resident {Mib(silo.ResidentBytes())} MiB, load {Machine.LoadAverage()}");
                }
            }
            var cycle = clock.Elapsed;
            var cpu = silo.ProcessorTime() - cpuAtStart;
            var complete = counts.Polls >= sources;
            Console.WriteLine($"poll cycle: {counts.Polls:N0} of {sources:N0} polled in {cycle.TotalSeconds:F0} s ({counts.Polls / cycle.TotalSeconds:F0} polls/s{(complete ? "" : ", NOT COMPLETE: limit reached")}), "
                + $"{counts.Errors} failed; feeds served {farm.Full:N0} full, {farm.NotModified:N0} not modified; silo processor {cpu.TotalSeconds:F0} s "
                + $"({cpu.TotalMilliseconds * 1000 / Math.Max(1, counts.Polls):F0} µs per poll); peak resident {Mib(peak)} MiB; slowest metrics scrape {apiSlowest:F0} ms; load {Machine.LoadAverage()}");
            Console.WriteLine($"the schedule keeps up with a {sources:N0}-source catalog at a cadence of {TimeSpan.FromSeconds(sources / (counts.Polls / cycle.TotalSeconds)).TotalMinutes:F1} min or longer (default 15 min: {sources / 900.0:F0} polls/s needed)");
            // Polled sources deactivate at once; wait for the queue of deactivations and the GC to settle.
            var after = await SettledResidentAsync(silo, http, TimeSpan.FromSeconds(30));
            Console.WriteLine($"after the cycle: resident {Mib(after)} MiB, {(after - rssEmpty) / (double)sources:F0} B per source above the empty silo (target <= 4096)");
            if (pollAll)
            {
                await PollAllAsync(http, sources, cycleLimit);
            }
        }
        return 0;
    }

    /// <summary>A second cycle through <c>POST /api/sources/poll</c>: the call selects every source before it answers.</summary>
    private static async Task PollAllAsync(HttpClient http, int sources, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        using var started = await http.PostAsync("/api/sources/poll", null);
        var selected = clock.Elapsed;
        var location = started.Headers.Location?.ToString() ?? throw new InvalidOperationException($"poll-all: {(int)started.StatusCode}");
        JsonElement progress;
        do
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            progress = JsonDocument.Parse(await http.GetStringAsync(location)).RootElement.Clone();
        }
        while (progress.GetProperty("status").GetString() == "running" && clock.Elapsed < limit);
        var polled = progress.GetProperty("polled").GetInt32();
        Console.WriteLine($"poll-all of {sources:N0}: selected in {selected.TotalSeconds:F1} s (the call's answer); {polled:N0} polled, {progress.GetProperty("failed").GetInt32()} failed, "
            + $"status {progress.GetProperty("status").GetString()} after {clock.Elapsed.TotalSeconds:F0} s ({polled / clock.Elapsed.TotalSeconds:F0} polls/s); load {Machine.LoadAverage()}");
    }

    /// <summary>The port of the feed farm the catalog in <paramref name="folder"/> was registered against.</summary>
    private static int RegisteredPort(string folder)
    {
        var path = Path.Combine(folder, "farm-port");
        return File.Exists(path)
            ? int.Parse(File.ReadAllText(path).Trim(), CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"{path} is missing: write there the port of the feed farm the catalog was registered against");
    }

    private static HttpClient Client(SiloProcess silo, int connections)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(connections, 2) })
        {
            BaseAddress = silo.BaseUrl,
            Timeout = TimeSpan.FromMinutes(5),
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SiloProcess.Key);
        return http;
    }

    /// <summary>Resident memory once the silo has been quiet a while (a first request made, timers settled).</summary>
    private static async Task<long> SettledResidentAsync(SiloProcess silo, HttpClient http, TimeSpan? wait = null)
    {
        (await http.GetAsync("/api/sources?limit=1")).EnsureSuccessStatusCode();
        await Task.Delay(wait ?? TimeSpan.FromSeconds(10));
        return silo.ResidentBytes();
    }

    private static async Task TimeAsync(HttpClient http, string path, string what)
    {
        var times = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            response.EnsureSuccessStatusCode();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"  {what} ({path}): {string.Join(", ", times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))} ms");
    }

    private static async Task<string> FirstIdAsync(HttpClient http) =>
        JsonDocument.Parse(await http.GetStringAsync("/api/sources?limit=1")).RootElement.GetProperty("items")[0].GetProperty("id").GetString()!;

    /// <summary>Polls attempted and failed so far, from the silo's Prometheus counters.</summary>
    private static async Task<(long Polls, long Errors)> PollCountsAsync(HttpClient http)
    {
        var text = await http.GetStringAsync("/metrics");
        return (Sum(text, "monitoring_polls_total"), Sum(text, "monitoring_polls_errors_total"));
    }

    private static long Sum(string exposition, string metric)
    {
        long total = 0;
        foreach (var line in exposition.Split('\n'))
        {
            if (line.StartsWith(metric, StringComparison.Ordinal) && line.Length > metric.Length && line[metric.Length] is ' ' or '{')
            {
                // name{labels} value [timestamp], or name value [timestamp]
                var rest = line[metric.Length] == '{' ? line[(line.LastIndexOf('}') + 1)..] : line[metric.Length..];
                total += (long)double.Parse(rest.Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }
        return total;
    }

    private static double WalMib(string data)
    {
        var wal = new FileInfo(Path.Combine(data, "monitoring.db-wal"));
        return wal.Exists ? wal.Length / 1048576.0 : 0;
    }

    private static long Mib(long bytes) => bytes / 1048576;
}

/// <summary>Facts about the machine a figure was taken on.</summary>
internal static class Machine
{
    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
