using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Monitoring.Feeds.Tests;

/// <summary>
/// <c>Fetch:Timeout</c> is the time a request may take, not the time spent queued for the host's turn:
/// fetches lined up behind a slow host each get their full time once their turn comes, and the queue
/// itself is bounded by <c>Fetch:TurnTimeout</c>.
/// </summary>
public sealed class TurnWaitTests
{
    private const string Rss = """<rss version="2.0"><channel><title>T</title></channel></rss>""";

    /// <summary>A host that takes <paramref name="delay"/> to answer each request.</summary>
    private static Task<LoopbackServer> SlowHostAsync(TimeSpan delay) =>
        LoopbackServer.StartAsync(app => app.MapGet("/feed/{n}", async (HttpContext c) =>
        {
            await Task.Delay(delay, c.RequestAborted);
            c.Response.ContentType = "application/rss+xml";
            await c.Response.WriteAsync(Rss, c.RequestAborted);
        }));

    [Fact]
    public async Task Fetches_queued_behind_a_slow_host_are_not_timed_out_by_their_wait()
    {
        await using var server = await SlowHostAsync(TimeSpan.FromSeconds(1));
        // One request at a time: the last waits about 3 s for its turn, longer than the 2.5 s a request may take.
        var fetcher = FeedFetcher.Create(new FetchOptions
        {
            AllowPrivateNetworks = true,
            MinHostGap = TimeSpan.Zero,
            MaxConcurrentPerHost = 1,
            Timeout = TimeSpan.FromSeconds(2.5),
            TurnTimeout = TimeSpan.FromSeconds(60),
        });

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(n => fetcher.FetchAsync(new FetchRequest { Url = server.Url($"/feed/{n}") }, default)));

        Assert.All(results, r => Assert.True(r.Outcome == FetchOutcome.Ok, $"{r.Outcome}: {r.Error}"));
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task The_wait_for_a_turn_has_its_own_bound_and_sends_nothing()
    {
        await using var server = await SlowHostAsync(TimeSpan.FromSeconds(3));
        var fetcher = FeedFetcher.Create(new FetchOptions
        {
            AllowPrivateNetworks = true,
            MinHostGap = TimeSpan.Zero,
            MaxConcurrentPerHost = 1,
            Timeout = TimeSpan.FromSeconds(20),
            TurnTimeout = TimeSpan.FromSeconds(0.5),
        });

        var first = fetcher.FetchAsync(new FetchRequest { Url = server.Url("/feed/1") }, default);
        Assert.True(await WaitAsync(() => !server.Requests.IsEmpty, TimeSpan.FromSeconds(10)), "the first request never arrived");
        var second = await fetcher.FetchAsync(new FetchRequest { Url = server.Url("/feed/2") }, default);

        Assert.Equal(FetchErrorKind.HostBusy, second.ErrorKind);
        Assert.Equal($"no turn at {server.BaseUrl.IdnHost} within 0.5 s (other requests to it came first)", second.Error);
        Assert.Equal(FetchOutcome.Ok, (await first).Outcome);
        Assert.Single(server.Requests);
    }

    private static async Task<bool> WaitAsync(Func<bool> condition, TimeSpan limit)
    {
        using var deadline = new CancellationTokenSource(limit);
        while (!condition())
        {
            if (deadline.IsCancellationRequested)
            {
                return false;
            }
            await Task.Delay(20, CancellationToken.None);
        }
        return true;
    }
}
