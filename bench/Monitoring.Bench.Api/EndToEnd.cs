using System.Collections.Concurrent;
using System.Diagnostics;
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
/// End to end, from outside: Kestrel feeds on loopback whose every fetch brings new items, the silo as its own
/// process polling them (each poll asked for through the API, at a fixed rate), topics and webhook subscriptions
/// made through the API, and Kestrel webhook receivers on loopback. Latency is from the feed serving an item to
/// a receiver getting the webhook of the alert it raised.
/// </summary>
internal static class EndToEnd
{
    public static async Task<int> RunAsync(string siloDll, string work, int rate, int seconds, int warmup, int feeds, int items, int topics, int receivers)
    {
        Console.WriteLine($"# end to end: {rate} articles/s offered for {seconds} s (+{warmup} s warm-up) from {feeds} feeds, {items} new items a fetch, "
            + $"{topics} topics with one webhook subscription each over {receivers} receivers; {Environment.ProcessorCount} cores; load average {Machine.LoadAverage()}");
        var clock = Stopwatch.StartNew();
        await using var farm = await ChangingFeeds.StartAsync(feeds, items, topics, clock);
        var arrived = new ConcurrentDictionary<string, TimeSpan>(StringComparer.Ordinal);
        long webhooks = 0;
        var hooks = new List<WebApplication>();
        var hookUrls = new List<string>();
        for (var r = 0; r < receivers; r++)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var receiver = builder.Build();
            receiver.MapPost("/hook", async (HttpContext context) =>
            {
                var at = clock.Elapsed;
                Interlocked.Increment(ref webhooks);
                using var doc = await JsonDocument.ParseAsync(context.Request.Body);
                foreach (var url in doc.RootElement.GetProperty("alert").GetProperty("articleUrls").EnumerateArray())
                {
                    arrived.TryAdd(url.GetString()!, at);
                }
                return Results.NoContent();
            });
            await receiver.StartAsync();
            hooks.Add(receiver);
            hookUrls.Add(receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook");
        }

        try
        {
            await using var silo = await SiloProcess.StartAsync(siloDll, Path.Combine(work, "silo"), new Dictionary<string, string>
            {
                ["Fetch:AllowPrivateNetworks"] = "true",
                ["Delivery:AllowPrivateNetworks"] = "true",
                ["Fetch:MinHostGap"] = "00:00:00",
                ["Fetch:MaxConcurrentPerHost"] = "64",
                ["Polling:FetchOriginalContent"] = "false",
                // Only the polls the driver asks for run, so the offered rate is the measured one.
                ["Scheduler:Enabled"] = "false",
            });
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = silo.BaseUrl, Timeout = TimeSpan.FromMinutes(2) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SiloProcess.Key);

            var ids = new List<string>();
            for (var b = 0; b < feeds; b += 1000)
            {
                var batch = Enumerable.Range(b, Math.Min(1000, feeds - b)).Select(f => new { url = farm.FeedUrl(f) }).ToList();
                using var response = await http.PostAsJsonAsync("/api/sources?validate=false", batch);
                response.EnsureSuccessStatusCode();
                var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                ids.AddRange(result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            }
            for (var t = 0; t < topics; t++)
            {
                (await http.PostAsJsonAsync("/api/topics", new
                {
                    id = $"e2e-{t}",
                    name = "end to end",
                    allActors = new[] { "Japan", "Russia" },
                    keywords = new[] { ChangingFeeds.Code(t) },
                    backfill = new { days = 0 },
                })).EnsureSuccessStatusCode();
                (await http.PostAsJsonAsync("/api/subscriptions", new { topic = $"e2e-{t}", channel = new { type = "webhook", url = hookUrls[t % receivers] } })).EnsureSuccessStatusCode();
            }

            // The driver: one poll through the API per `items` articles, sleeping (never spinning) between.
            var pollsPerSecond = (double)rate / items;
            var total = (int)Math.Ceiling(pollsPerSecond * (warmup + seconds));
            var warmPolls = (int)Math.Ceiling(pollsPerSecond * warmup);
            var inFlight = new List<Task<bool>>(total);
            long measuredFrom = 0;
            var start = clock.Elapsed;
            TimeSpan windowStart = default, siloCpu0 = default, benchCpu0 = default;
            for (var k = 0; k < total; k++)
            {
                var due = start + TimeSpan.FromSeconds(k / pollsPerSecond);
                if (clock.Elapsed < due)
                {
                    var wait = due - clock.Elapsed;
                    await Task.Delay(wait > TimeSpan.FromMilliseconds(1) ? wait : TimeSpan.FromMilliseconds(1));
                }
                if (k == warmPolls)
                {
                    windowStart = clock.Elapsed;
                    measuredFrom = farm.Items;
                    siloCpu0 = silo.ProcessorTime();
                    benchCpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                }
                inFlight.Add(PollAsync(http, ids[k % feeds]));
            }
            var sendEnd = clock.Elapsed;
            var failed = (await Task.WhenAll(inFlight)).Count(ok => !ok);
            var polledEnd = clock.Elapsed;
            var siloCpu = silo.ProcessorTime() - siloCpu0;
            var benchCpu = Process.GetCurrentProcess().TotalProcessorTime - benchCpu0;
            var measuredItems = farm.Items - measuredFrom;

            // Every item served in the window raises one alert; wait for their webhooks (bounded).
            var deadline = clock.Elapsed + TimeSpan.FromSeconds(60);
            List<double> latencies;
            while (true)
            {
                latencies = arrived
                    .Select(a => (Served: farm.ServedAt(a.Key), At: a.Value))
                    .Where(a => a.Served is { } s && s >= windowStart && s <= sendEnd)
                    .Select(a => (a.At - a.Served!.Value).TotalMilliseconds)
                    .ToList();
                if (latencies.Count >= measuredItems || clock.Elapsed > deadline)
                {
                    break;
                }
                await Task.Delay(200);
            }
            latencies.Sort();
            var lastArrival = arrived.Values.DefaultIfEmpty().Max();
            var window = (sendEnd - windowStart).TotalSeconds;
            Console.WriteLine($"served {measuredItems:N0} items in the {window:F1} s window ({measuredItems / window:F0}/s); polls through the API: {total} ({failed} failed), "
                + $"all answered {(polledEnd - sendEnd).TotalSeconds:F1} s after the last was sent; webhooks received {Interlocked.Read(ref webhooks):N0}");
            Console.WriteLine($"delivered: {latencies.Count:N0} of {measuredItems:N0} window articles' alerts; the last webhook came {(lastArrival - sendEnd).TotalSeconds:F1} s after the last poll was asked "
                + $"({latencies.Count / Math.Max(window, (lastArrival - windowStart).TotalSeconds):F0} articles/s delivered end to end)");
            if (latencies.Count > 0)
            {
                Console.WriteLine($"feed to webhook latency: p50 {P(latencies, 0.50):F0} ms, p90 {P(latencies, 0.90):F0} ms, p99 {P(latencies, 0.99):F0} ms, max {latencies[^1]:F0} ms");
            }
            Console.WriteLine($"processor time per article: silo {siloCpu.TotalMilliseconds / Math.Max(1, measuredItems) * 1000:F0} µs, feeds+receivers+driver {benchCpu.TotalMilliseconds / Math.Max(1, measuredItems) * 1000:F0} µs "
                + $"({(siloCpu + benchCpu).TotalSeconds / (polledEnd - windowStart).TotalSeconds:F2} cores busy of {Environment.ProcessorCount}); silo resident {silo.ResidentBytes() / 1048576} MiB; load average {Machine.LoadAverage()}");
        }
        finally
        {
            foreach (var receiver in hooks)
            {
                await receiver.StopAsync();
                await receiver.DisposeAsync();
            }
        }
        return 0;
    }

    /// <summary>One poll through the API; false when it failed or took past the client's limit (the silo fell behind).</summary>
    private static async Task<bool> PollAsync(HttpClient http, string id)
    {
        try
        {
            using var response = await http.PostAsync($"/api/sources/{id}/poll", null);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static double P(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
