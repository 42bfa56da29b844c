using Monitoring.Grains.Scheduling;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Scheduling;

/// <summary>
/// Sources all due at once are woken no faster than the silo's poll slots free up
/// (<c>Scheduler:MaxPollsInFlight</c>), and every one is still polled.
/// </summary>
public sealed class ScheduleBudgetTests : IAsyncLifetime
{
    private const int Sources = 24;
    private const int Slots = 4;

    private FeedServer _feeds = null!;
    private RunningSilo _silo = null!;
    private int _running;
    private int _mostAtOnce;
    private int _served;

    public async Task InitializeAsync()
    {
        _feeds = await FeedServer.StartAsync();
        _silo = await RunningSilo.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Scheduler:Shards"] = "2",
            ["Scheduler:TickInterval"] = "00:00:00.100",
            ["Scheduler:MaxPollsInFlight"] = Slots.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Far above the slots: only the schedule's bound can hold the polls back.
            ["Fetch:MaxConcurrentPerHost"] = "64",
        });
    }

    public async Task DisposeAsync()
    {
        await _silo.DisposeAsync();
        await _feeds.DisposeAsync();
    }

    [Fact]
    public async Task Sources_due_together_are_polled_within_the_slots_and_all_of_them()
    {
        for (var i = 0; i < Sources; i++)
        {
            var name = $"slow{i}";
            _feeds.Map($"/{name}.xml", async context =>
            {
                var now = Interlocked.Increment(ref _running);
                InterlockedMax(ref _mostAtOnce, now);
                // Long enough that polls overlap whenever more than the slots are woken.
                await Task.Delay(300);
                Interlocked.Decrement(ref _running);
                Interlocked.Increment(ref _served);
                context.Response.ContentType = "application/rss+xml";
                await context.Response.WriteAsync(RssBuilder.Feed(name, RssBuilder.Items(name, 1, _feeds.BaseUrl.ToString())));
            });
        }

        var registered = await _silo.PostJsonAsync("/api/sources?validate=false",
            Enumerable.Range(0, Sources).Select(i => new { url = _feeds.Url($"/slow{i}.xml").ToString() }).ToArray());
        Assert.Equal(Sources, registered.GetProperty("created").GetInt32());

        await RunningSilo.EventuallyAsync(() => Task.FromResult(Volatile.Read(ref _served) >= Sources), TimeSpan.FromSeconds(60), "every source polled");
        Assert.InRange(Volatile.Read(ref _mostAtOnce), 1, Slots);
        Assert.Equal(Sources, _feeds.Requests.Select(r => r.Path).Distinct().Count());
    }

    [Theory]
    [InlineData(4000, 16, 0, 250)]
    [InlineData(4000, 16, 240, 10)]
    [InlineData(4000, 16, 250, 0)]
    [InlineData(4000, 16, 300, 0)]
    [InlineData(10, 3, 0, 4)]
    [InlineData(1, 4, 0, 1)]
    public void A_shard_keeps_its_part_of_the_silos_polls_in_flight(int max, int shardsHere, int inFlight, int free) =>
        Assert.Equal(free, PollBudget.Free(max, shardsHere, inFlight));

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }
}
