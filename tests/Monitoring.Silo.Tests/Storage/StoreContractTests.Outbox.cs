using Monitoring.Storage;

namespace Monitoring.Silo.Tests.Storage;

/// <summary>
/// The outbox's exactly-once rule on every provider: a write queues only what its subscription has not
/// had queued, judged when it is written; the two writers (a live publish and the catch-up) interleaved
/// step by step as they can be on a live system.
/// </summary>
public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset OutboxTime = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);

    private static Dictionary<string, (long, long)> Range(string subscription, long from, long through) => new() { [subscription] = (from, through) };

    private async Task<IEnumerable<long>> PendingSequencesAsync(string subscription) =>
        (await Stores.Subscriptions.PendingAsync(subscription, 100)).Select(d => d.Sequence);

    [Fact]
    public async Task A_new_subscription_starts_after_its_topics_last_alert_or_where_it_asks_never_past_the_last()
    {
        AlertRow Alert(long seq) => new("t", seq, "new_actor", OutboxTime, $$"""{"seq":{{seq}}}""", $"actor|{seq}");
        var subs = Stores.Subscriptions;
        await subs.UpsertAsync(NewSubscription("empty", "k", "t"), startAfter: 5);
        await Stores.Topics.AppendAlertsAsync([Alert(1), Alert(2), Alert(3)]);

        await subs.UpsertAsync(NewSubscription("now", "k", "t"));
        await subs.UpsertAsync(NewSubscription("all", "k", "t"), startAfter: 0);
        await subs.UpsertAsync(NewSubscription("late", "k", "t"), startAfter: 2);
        await subs.UpsertAsync(NewSubscription("past", "k", "t"), startAfter: 9);

        Assert.Equal(0, await subs.EnqueuedThroughAsync("empty")); // no alert yet: nothing to skip
        Assert.Equal(3, await subs.EnqueuedThroughAsync("now"));
        Assert.Equal(0, await subs.EnqueuedThroughAsync("all"));
        Assert.Equal(2, await subs.EnqueuedThroughAsync("late"));
        Assert.Equal(3, await subs.EnqueuedThroughAsync("past"));
        // A change keeps the cursor, whatever it asks.
        await subs.UpsertAsync(NewSubscription("late", "k", "t"), startAfter: 0);
        Assert.Equal(2, await subs.EnqueuedThroughAsync("late"));
    }

    [Fact]
    public async Task A_catch_up_does_not_queue_again_what_a_live_publish_queued_and_had_acknowledged_after_the_catch_up_read()
    {
        var subs = Stores.Subscriptions;
        await subs.UpsertAsync(NewSubscription("s", "k", "t"));

        // The catch-up reads the cursor and the alerts past it...
        var from = await subs.EnqueuedThroughAsync("s") + 1;
        List<OutboxEntry> read = [Delivery("s", 1, OutboxTime), Delivery("s", 2, OutboxTime)];
        // ...a live publish queues alert 1 and the receiver acknowledges it...
        await subs.EnqueueAsync([Delivery("s", 1, OutboxTime)], Range("s", 1, 1));
        await subs.AcknowledgeAsync("s", [1]);
        // ...then the catch-up writes what it read.
        await subs.EnqueueAsync(read, Range("s", from, 2));

        Assert.Equal([2], await PendingSequencesAsync("s"));
        Assert.Equal(2, await subs.EnqueuedThroughAsync("s"));
    }

    [Fact]
    public async Task An_alert_queued_past_a_gap_and_acknowledged_is_not_queued_again_when_the_catch_up_fills_the_gap()
    {
        var subs = Stores.Subscriptions;
        await subs.UpsertAsync(NewSubscription("s", "k", "t"));

        // Alert 1 was logged but its silo died before queuing it; alert 2 is published live and delivered.
        await subs.EnqueueAsync([Delivery("s", 2, OutboxTime)], Range("s", 2, 2));
        Assert.Equal(0, await subs.EnqueuedThroughAsync("s"));
        await subs.AcknowledgeAsync("s", [2]);
        // The catch-up reads 1 and 2 past the cursor: 1 is queued, 2 is not again.
        await subs.EnqueueAsync([Delivery("s", 1, OutboxTime), Delivery("s", 2, OutboxTime)], Range("s", 1, 2));

        Assert.Equal([1], await PendingSequencesAsync("s"));
        Assert.Equal(2, await subs.EnqueuedThroughAsync("s"));
        await subs.AcknowledgeAsync("s", [1]);
        await subs.EnqueueAsync([Delivery("s", 1, OutboxTime), Delivery("s", 2, OutboxTime)], Range("s", 1, 2));
        Assert.Empty(await PendingSequencesAsync("s"));
    }

    [Fact]
    public async Task Publishes_out_of_order_queue_each_alert_once_though_the_later_was_acknowledged_first()
    {
        var subs = Stores.Subscriptions;
        await subs.UpsertAsync(NewSubscription("s", "k", "t"));

        await subs.EnqueueAsync([Delivery("s", 2, OutboxTime)], Range("s", 2, 2));
        await subs.AcknowledgeAsync("s", [2]);
        await subs.EnqueueAsync([Delivery("s", 1, OutboxTime)], Range("s", 1, 1));
        Assert.Equal(1, await subs.EnqueuedThroughAsync("s"));
        // The catch-up past the cursor finds 2, which was queued (and delivered) already.
        await subs.EnqueueAsync([Delivery("s", 2, OutboxTime)], Range("s", 2, 2));

        Assert.Equal([1], await PendingSequencesAsync("s"));
        Assert.Equal(2, await subs.EnqueuedThroughAsync("s"));
    }
}
