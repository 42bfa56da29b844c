using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Monitoring.Bench.Api;

/// <summary>
/// One silo against many on PostgreSQL (and one on SQLite for reference), measured from outside: loopback
/// feeds whose every fetch brings new items, polled by the silos' own schedule; one topic every item matches,
/// with one webhook subscription to a loopback receiver. Per configuration: how long until every feed was
/// fetched once, then over a fixed window articles archived, alerts delivered, feed-to-webhook latency and
/// each silo's polls. Every phase has a deadline.
/// </summary>
internal static class ScaleOut
{
    private const string Topic = "scale";

    public sealed record Figures(
        string Name, double FirstFetchAll, double Offered, double Archived, double Delivered, double P50, double P99,
        long LateOrMissing, long WindowItems, IReadOnlyList<long> PollsPerSilo, double Window, double SiloCores, string Load);

    public static async Task<int> RunAsync(string siloDll, string work, string? pg, int silos, int feeds, int items, int interval, int seconds)
    {
        Console.WriteLine($"# scale-out: {feeds} loopback feeds, {items} new items a fetch, polled every {interval} s by the silos' schedule "
            + $"({feeds * items / (double)interval:F0} articles/s offered), one topic and one webhook subscription; {seconds} s measured after every feed was fetched once; "
            + $"{Environment.ProcessorCount} cores; load average {Machine.LoadAverage()}");
        var results = new List<Figures>
        {
            await OneAsync("1 silo, SQLite", siloDll, Path.Combine(work, "sqlite"), null, 1, feeds, items, interval, seconds),
        };
        await using (var server = await BenchPostgres.StartAsync(pg))
        {
            Console.WriteLine($"# {server.Description}");
            // Pools bounded so that every silo's pool fits in the server's connections.
            foreach (var count in new[] { 1, silos })
            {
                var connection = await server.CreateDatabaseAsync(poolSize: 200 / (silos + 1));
                results.Add(await OneAsync($"{count} silo{(count > 1 ? "s" : "")}, PostgreSQL", siloDll, Path.Combine(work, $"pg{count}"), connection, count, feeds, items, interval, seconds));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"| measure | {string.Join(" | ", results.Select(r => r.Name))} |");
        Console.WriteLine($"|---|{string.Concat(results.Select(_ => "---|"))}");
        Row("every feed fetched once after registration", r => $"{r.FirstFetchAll:F1} s");
        Row("articles offered / archived per second", r => $"{r.Offered:F0} / {r.Archived:F0}");
        Row("alerts delivered per second (receiver)", r => $"{r.Delivered:F0}");
        Row("feed-to-webhook latency p50 / p99", r => $"{r.P50:F0} / {r.P99:F0} ms");
        Row("window articles not delivered within 30 s", r => $"{r.LateOrMissing} of {r.WindowItems}");
        Row("polls per silo in the window", r => string.Join(" / ", r.PollsPerSilo.Select(p => p.ToString("N0", CultureInfo.InvariantCulture))));
        Row("silo processor time (cores)", r => $"{r.SiloCores:F2}");
        Row("load average at the end", r => r.Load);
        return 0;

        void Row(string measure, Func<Figures, string> cell) => Console.WriteLine($"| {measure} | {string.Join(" | ", results.Select(cell))} |");
    }

    private static async Task<Figures> OneAsync(string name, string siloDll, string work, string? connectionString, int silos, int feeds, int items, int interval, int seconds)
    {
        Console.WriteLine($"## {name}: starting; load average {Machine.LoadAverage()}");
        var clock = Stopwatch.StartNew();
        await using var farm = await ChangingFeeds.StartAsync(feeds, items, topics: 1, clock);
        var arrived = new ConcurrentDictionary<string, TimeSpan>(StringComparer.Ordinal);
        var deliveries = new ConcurrentDictionary<string, TimeSpan>(StringComparer.Ordinal);
        var receiver = await StartReceiverAsync(clock, arrived, deliveries);
        var processes = new List<SiloProcess>();
        try
        {
            var settings = new Dictionary<string, string>
            {
                ["Fetch:AllowPrivateNetworks"] = "true",
                ["Delivery:AllowPrivateNetworks"] = "true",
                // Every feed is on one loopback host: per-host politeness would measure the gap, not the system.
                ["Fetch:MinHostGap"] = "00:00:00",
                ["Fetch:MaxConcurrentPerHost"] = "64",
                ["Polling:FetchOriginalContent"] = "false",
                ["Polling:MinInterval"] = TimeSpan.FromSeconds(interval).ToString("c", CultureInfo.InvariantCulture),
                ["Polling:DefaultInterval"] = TimeSpan.FromSeconds(interval).ToString("c", CultureInfo.InvariantCulture),
                ["Polling:MaxInterval"] = TimeSpan.FromSeconds(interval).ToString("c", CultureInfo.InvariantCulture),
                ["Scheduler:Enabled"] = "true",
            };
            if (connectionString is not null)
            {
                settings["Storage:Provider"] = "Postgres";
                settings["Storage:ConnectionString"] = connectionString;
                settings["Storage:SecretKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
                settings["Cluster:Mode"] = "AdoNet";
                settings["Cluster:AdvertisedAddress"] = "127.0.0.1";
                settings["Cluster:ClusterId"] = "bench-" + Guid.NewGuid().ToString("n")[..8];
            }
            processes.AddRange(await Task.WhenAll(Enumerable.Range(0, silos).Select(i => SiloProcess.StartAsync(siloDll, Path.Combine(work, $"silo{i}"), settings))));
            var apis = processes.Select(p => Client(p.BaseUrl)).ToList();
            await Until(async () => await ActiveSilosAsync(apis[0]) == silos, TimeSpan.FromSeconds(120), $"{silos} active silos");

            (await apis[0].PostAsJsonAsync("/api/topics", new
            {
                id = Topic,
                name = "scale-out",
                allActors = new[] { "Japan", "Russia" },
                keywords = new[] { ChangingFeeds.Code(0) },
                backfill = new { days = 0 },
            })).EnsureSuccessStatusCode();
            (await apis[0].PostAsJsonAsync("/api/subscriptions", new { topic = Topic, channel = new { type = "webhook", url = receiver.Url } })).EnsureSuccessStatusCode();

            // Registered through every silo in turn, a thousand at a time.
            var registering = clock.Elapsed;
            for (var b = 0; b < feeds; b += 1000)
            {
                var batch = Enumerable.Range(b, Math.Min(1000, feeds - b)).Select(f => new { url = farm.FeedUrl(f) }).ToList();
                using var response = await apis[b / 1000 % silos].PostAsJsonAsync("/api/sources?validate=false", batch);
                response.EnsureSuccessStatusCode();
            }
            await Until(() => Task.FromResult(farm.FeedsFetched == feeds), TimeSpan.FromSeconds(600), "every feed fetched once");
            var firstFetchAll = (clock.Elapsed - registering).TotalSeconds;
            Console.WriteLine($"## {name}: every feed fetched once {firstFetchAll:F1} s after registration began; measuring {seconds} s");

            // The window.
            var start = clock.Elapsed;
            var served0 = farm.Items;
            var polls0 = await Task.WhenAll(apis.Select(a => CounterAsync(a, "monitoring_polls_total")));
            var articles0 = await ArchivedAsync(apis[0], feeds);
            var cpu0 = processes.Sum(p => p.ProcessorTime().TotalSeconds);
            await Task.Delay(TimeSpan.FromSeconds(seconds));
            var end = clock.Elapsed;
            var windowItems = farm.Items - served0;
            var polls = (await Task.WhenAll(apis.Select(a => CounterAsync(a, "monitoring_polls_total")))).Zip(polls0, (after, before) => after - before).ToList();
            var articles = await ArchivedAsync(apis[0], feeds) - articles0;
            var cpu = processes.Sum(p => p.ProcessorTime().TotalSeconds) - cpu0;
            var window = (end - start).TotalSeconds;
            var delivered = deliveries.Values.Count(at => at >= start && at < end);

            // The alerts of the window's items, given at most 30 s more to arrive.
            List<double> latencies = [];
            var drain = Stopwatch.StartNew();
            while (true)
            {
                latencies = [.. arrived
                    .Select(a => (Served: farm.ServedAt(a.Key), At: a.Value))
                    .Where(a => a.Served is { } s && s >= start && s < end)
                    .Select(a => (a.At - a.Served!.Value).TotalMilliseconds)];
                if (latencies.Count >= windowItems || drain.Elapsed > TimeSpan.FromSeconds(30))
                {
                    break;
                }
                await Task.Delay(250);
            }
            latencies.Sort();
            foreach (var api in apis)
            {
                api.Dispose();
            }
            var figures = new Figures(name, firstFetchAll, windowItems / window, articles / window, delivered / window,
                P(latencies, 0.50), P(latencies, 0.99), windowItems - latencies.Count, windowItems, polls, window, cpu / window, Machine.LoadAverage());
            Console.WriteLine($"## {name}: {figures.Archived:F0} articles/s archived, {figures.Delivered:F0} alerts/s delivered, p99 {figures.P99:F0} ms");
            return figures;
        }
        finally
        {
            foreach (var process in processes)
            {
                await process.DisposeAsync();
            }
            await receiver.App.StopAsync();
            await receiver.App.DisposeAsync();
        }
    }

    private static async Task<(WebApplication App, string Url)> StartReceiverAsync(Stopwatch clock, ConcurrentDictionary<string, TimeSpan> arrived, ConcurrentDictionary<string, TimeSpan> deliveries)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/hook", async (HttpContext context) =>
        {
            var at = clock.Elapsed;
            // A repeat under the same webhook-id is one delivery.
            deliveries.TryAdd(context.Request.Headers["webhook-id"].ToString(), at);
            using var doc = await JsonDocument.ParseAsync(context.Request.Body);
            foreach (var url in doc.RootElement.GetProperty("alert").GetProperty("articleUrls").EnumerateArray())
            {
                arrived.TryAdd(url.GetString()!, at);
            }
            return Results.NoContent();
        });
        await app.StartAsync();
        return (app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook");
    }

    private static HttpClient Client(Uri baseUrl)
    {
        var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SiloProcess.Key);
        return http;
    }

    private static async Task<int> ActiveSilosAsync(HttpClient api)
    {
        try
        {
            using var doc = JsonDocument.Parse(await api.GetStringAsync("/api/cluster"));
            return doc.RootElement.GetProperty("silos").EnumerateArray().Count(s => s.GetProperty("status").GetString() == "Active");
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    /// <summary>Articles archived so far: the sum of every source's count, as the API lists them.</summary>
    private static async Task<long> ArchivedAsync(HttpClient api, int feeds)
    {
        long total = 0;
        for (var offset = 0; offset < feeds; offset += 1000)
        {
            using var page = JsonDocument.Parse(await api.GetStringAsync($"/api/sources?offset={offset}&limit=1000"));
            total += page.RootElement.GetProperty("items").EnumerateArray().Sum(s => s.GetProperty("health").GetProperty("articles").GetInt64());
        }
        return total;
    }

    /// <summary>A counter of one silo's <c>/metrics</c>, summed over its labels.</summary>
    private static async Task<long> CounterAsync(HttpClient api, string counter) =>
        (await api.GetStringAsync("/metrics")).Split('\n')
            .Where(line => line.StartsWith(counter, StringComparison.Ordinal))
            .Sum(line => (long)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));

    private static async Task Until(Func<Task<bool>> condition, TimeSpan limit, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"gave up waiting for {what} after {limit.TotalSeconds:0} s");
            }
            await Task.Delay(200);
        }
    }

    private static double P(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
