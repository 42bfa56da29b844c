using System.Diagnostics;
using System.Net.Http.Json;

namespace Monitoring.Bench.Api;

/// <summary>What a mixed load run saw from the clients' side.</summary>
internal sealed record LoadResult(int Requests, int Writes, int Errors, int TimeOuts, TimeSpan Elapsed, double P50Ms, double P99Ms, double MaxMs,
    string ByKind)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;
}

/// <summary>
/// <paramref name="clients"/> keep-alive clients, each sending one request after another for <paramref name="duration"/>:
/// four in five reads (source list, one source, articles), one in five a new source registered with its check.
/// </summary>
internal static class MixedLoad
{
    /// <summary>The request kinds, by the roll that picks them (0 registers, 1 reads a source, 2 articles, 3-4 a source page).</summary>
    private static readonly string[] Kinds = ["register", "source", "articles", "page", "page"];

    public static async Task<LoadResult> RunAsync(HttpClient http, int clients, TimeSpan duration, IReadOnlyList<string> sourceIds, Func<int, Uri> newFeed, TimeSpan timeOut)
    {
        var latencies = new List<(int Kind, double Ms)>[clients];
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
                mine.Add((roll, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
            }
        })));
        clock.Stop();
        var all = latencies.SelectMany(l => l).Select(x => x.Ms).Order().ToArray();
        // Where the tail is: each kind's own p50 and p99.
        var byKind = string.Join("; ", latencies.SelectMany(l => l).GroupBy(x => Kinds[x.Kind]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var ms = g.Select(x => x.Ms).Order().ToArray();
            return $"{g.Key} {ms.Length}: p50 {At(ms, 0.50):F0} ms, p99 {At(ms, 0.99):F0} ms";
        }));
        return new LoadResult(all.Length, writes, errors, timeOuts, clock.Elapsed, At(all, 0.50), At(all, 0.99), all.Length == 0 ? 0 : all[^1], byKind);
    }

    private static double At(double[] sorted, double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
}
