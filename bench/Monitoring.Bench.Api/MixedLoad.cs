using System.Diagnostics;
using System.Net.Http.Json;

namespace Monitoring.Bench.Api;

/// <summary>What a mixed load run saw from the clients' side.</summary>
internal sealed record LoadResult(int Requests, int Writes, int Errors, int TimeOuts, TimeSpan Elapsed, double P50Ms, double P99Ms, double MaxMs)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;
}

/// <summary>
/// <paramref name="clients"/> keep-alive clients, each sending one request after another for <paramref name="duration"/>:
/// four in five reads (source list, one source, articles), one in five a new source registered with its check.
/// </summary>
internal static class MixedLoad
{
    public static async Task<LoadResult> RunAsync(HttpClient http, int clients, TimeSpan duration, IReadOnlyList<string> sourceIds, Func<int, Uri> newFeed, TimeSpan timeOut)
    {
        var latencies = new List<double>[clients];
        int errors = 0, timeOuts = 0, writes = 0, fresh = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = [];
            var random = new Random(c);
            while (clock.Elapsed < duration)
            {
                var roll = random.Next(5);
                var started = Stopwatch.GetTimestamp();
                using var cut = new CancellationTokenSource(timeOut);
                try
                {
                    using var response = roll switch
                    {
                        0 => await http.PostAsJsonAsync("/api/sources", new { url = newFeed(Interlocked.Increment(ref fresh)).ToString() }, cut.Token),
                        1 => await http.GetAsync($"/api/sources/{sourceIds[random.Next(sourceIds.Count)]}", cut.Token),
                        2 => await http.GetAsync("/api/articles?limit=20", cut.Token),
                        _ => await http.GetAsync($"/api/sources?offset={random.Next(sourceIds.Count - 20)}&limit=20", cut.Token),
                    };
                    await response.Content.ReadAsByteArrayAsync(cut.Token);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                    }
                    if (roll == 0)
                    {
                        Interlocked.Increment(ref writes);
                    }
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Increment(ref timeOuts);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
        clock.Stop();
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double At(double q) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(q * all.Length) - 1)];
        return new LoadResult(all.Length, writes, errors, timeOuts, clock.Elapsed, At(0.50), At(0.99), all.Length == 0 ? 0 : all[^1]);
    }
}
