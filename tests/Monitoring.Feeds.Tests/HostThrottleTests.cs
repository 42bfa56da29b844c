namespace Monitoring.Feeds.Tests;

public sealed class HostThrottleTests
{
    [Fact]
    public async Task At_most_max_concurrent_requests_per_host()
    {
        var throttle = new HostThrottle(new FetchOptions { MaxConcurrentPerHost = 2, MinHostGap = TimeSpan.Zero });
        var inFlight = 0;
        var peak = 0;
        var other = 0;
        async Task Work(string host)
        {
            using var lease = await throttle.AcquireAsync(host, default);
            if (host == "a.example")
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref peak, now);
                await Task.Delay(50);
                Interlocked.Decrement(ref inFlight);
            }
            else
            {
                Interlocked.Increment(ref other);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Work("a.example")).Append(Work("b.example")));
        Assert.Equal(2, peak);
        Assert.Equal(1, other);
    }

    [Fact]
    public async Task Request_starts_to_one_host_are_spaced_by_the_gap_but_other_hosts_are_not()
    {
        var gap = TimeSpan.FromMilliseconds(150);
        var time = new ManualTime();
        var throttle = new HostThrottle(new FetchOptions { MaxConcurrentPerHost = 10, MinHostGap = gap }, time);
        var acquires = Enumerable.Range(0, 4).Select(_ => throttle.AcquireAsync("a.example", default)).ToArray();

        // The first starts at once; each later one exactly one gap after the one before, not earlier.
        Assert.True(acquires[0].IsCompleted);
        for (var i = 1; i < acquires.Length; i++)
        {
            Assert.Equal(i, acquires.Count(a => a.IsCompleted));
            var other = throttle.AcquireAsync("b.example", default);
            Assert.True(other.IsCompleted, "another host must not wait for a.example's gap");
            (await other).Dispose();

            time.Advance(gap - TimeSpan.FromMilliseconds(1));
            await Task.Delay(20);
            Assert.False(acquires[i].IsCompleted, $"start {i} came before the gap had passed");
            time.Advance(TimeSpan.FromMilliseconds(1));
            (await acquires[i].WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        }
        Assert.All(acquires, a => Assert.True(a.IsCompletedSuccessfully));
        (await acquires[0]).Dispose();
    }

    [Fact]
    public async Task Cancelled_waiter_gives_up_its_place()
    {
        var throttle = new HostThrottle(new FetchOptions { MaxConcurrentPerHost = 1, MinHostGap = TimeSpan.Zero });
        var held = await throttle.AcquireAsync("a.example", default);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => throttle.AcquireAsync("a.example", cts.Token));
        var next = throttle.AcquireAsync("a.example", default);
        Assert.False(next.IsCompleted);
        held.Dispose();
        using var lease = await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Idle_hosts_are_forgotten()
    {
        var throttle = new HostThrottle(new FetchOptions { MaxConcurrentPerHost = 1, MinHostGap = TimeSpan.Zero });
        for (var i = 0; i < 10_000; i++)
        {
            (await throttle.AcquireAsync($"host{i}.example", default)).Dispose();
        }
        Assert.InRange(throttle.TrackedHosts, 1, 128);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
