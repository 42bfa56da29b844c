using System.Diagnostics;
using System.Globalization;

namespace Monitoring.Bench.Api;

/// <summary>
/// One read of the API (<c>GET /api/stats</c>, the dashboard overview's counts; <c>GET /api/subscriptions</c>, the
/// list with each delivery state) one request after another: wall time per request and the silo's processor time
/// per request, the second being what a shared machine's load moves least.
/// </summary>
internal static class GetTiming
{
    public static async Task RunAsync(HttpClient http, SiloProcess silo, string path, int requests, string holding)
    {
        // Warm: the first requests compile the endpoint and fill the database's page cache.
        for (var i = 0; i < 3; i++)
        {
            await http.GetStringAsync(path);
        }
        var load = LoadAverage();
        var times = new List<double>(requests);
        var siloCpu = silo.ProcessorTime();
        var total = Stopwatch.StartNew();
        for (var i = 0; i < requests; i++)
        {
            var one = Stopwatch.StartNew();
            using var response = await http.GetAsync(path);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            times.Add(one.Elapsed.TotalMilliseconds);
        }
        var took = total.Elapsed;
        var cpuMs = (silo.ProcessorTime() - siloCpu).TotalMilliseconds / requests;
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GET {path} x {requests} ({holding}): mean {took.TotalMilliseconds / requests:F1} ms, "
            + $"p50 {times[times.Count / 2]:F1} ms, max {times[^1]:F1} ms; silo processor {cpuMs:F1} ms per request; "
            + $"load average {load} before, {LoadAverage()} after"));
    }

    private static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
