using Monitoring.Storage;

namespace Monitoring.Silo.Tests.Storage;

/// <summary>
/// The overview's counts, made by the stores: exact per bucket, a bucket holding its start and not its end,
/// articles by publication time (fetch time when absent), alerts of the asked topics only.
/// </summary>
public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset CountFrom = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Articles_are_counted_per_hour_by_publication_time_or_fetch_time_when_there_is_none()
    {
        var ms = TimeSpan.FromMilliseconds(1);
        var h = TimeSpan.FromHours(1);
        var fetched = CountFrom.AddDays(3);
        var rows = new (string Path, DateTimeOffset? Published, DateTimeOffset Fetched)[]
        {
            ("at-first-start", CountFrom, fetched),
            ("just-before-first", CountFrom - ms, fetched),
            ("end-of-first", CountFrom + h - ms, fetched),
            ("at-second-start", CountFrom + h, fetched),
            ("tokyo", (CountFrom + (2 * h)).ToOffset(TimeSpan.FromHours(9)), fetched),
            ("no-publication-time", null, CountFrom + (5.5 * h)),
            ("published-long-before-its-fetch", CountFrom.AddDays(-2), CountFrom + (3 * h)),
            ("last-moment", CountFrom + (24 * h) - ms, fetched),
            ("at-end", CountFrom + (24 * h), fetched),
        };
        foreach (var (path, published, at) in rows)
        {
            await Stores.Archive.AddAsync(NewArticle(path, published) with { FetchedAt = at }, "src", path);
        }
        // The same article from a second source is one article.
        await Stores.Archive.AddAsync(NewArticle("at-first-start", CountFrom) with { FetchedAt = fetched }, "other", "x");

        var counts = await Stores.Archive.CountByTimeAsync(CountFrom, h, 24);

        int[] expected = [2, 1, 1, 0, 0, 1, .. new int[17], 1];
        Assert.Equal(expected, counts);
        Assert.Equal(new int[3], await Stores.Archive.CountByTimeAsync(CountFrom.AddDays(10), h, 3));
    }

    [Fact]
    public async Task Alerts_are_counted_per_day_for_the_asked_topics_only()
    {
        var ms = TimeSpan.FromMilliseconds(1);
        var day = TimeSpan.FromDays(1);
        var seq = 0L;
        AlertRow Alert(string topic, DateTimeOffset at) => new(topic, ++seq, "new_actor", at, "{}", "i" + seq);
        await Stores.Topics.AppendAlertsAsync(
        [
            Alert("seen", CountFrom),
            Alert("seen", CountFrom - ms),
            Alert("seen", CountFrom + (3 * day) + TimeSpan.FromHours(5)),
            Alert("seen", CountFrom + (14 * day) - ms),
            Alert("seen", CountFrom + (14 * day)),
        ]);
        await Stores.Topics.AppendAlertsAsync([Alert("also-seen", CountFrom + (3 * day))]);
        await Stores.Topics.AppendAlertsAsync([Alert("hidden", CountFrom + (3 * day)), Alert("hidden", CountFrom)]);

        var counts = await Stores.Topics.CountAlertsByTimeAsync(["seen", "also-seen", "no-alerts"], CountFrom, day, 14);

        int[] expected = [1, 0, 0, 2, .. new int[9], 1];
        Assert.Equal(expected, counts);
        Assert.Equal(new int[14], await Stores.Topics.CountAlertsByTimeAsync([], CountFrom, day, 14));
    }

    [Fact]
    public async Task Delivery_totals_sum_the_delivery_states_of_all_or_one_owners_subscriptions()
    {
        var subs = Stores.Subscriptions;
        var at = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
        await subs.UpsertAsync(NewSubscription("failing", "k1", "t"));
        await subs.UpsertAsync(NewSubscription("fine", "k1", "t"));
        await subs.UpsertAsync(NewSubscription("other", "k2", "t"));
        await subs.EnqueueAsync([.. Enumerable.Range(1, 4).Select(i => Delivery("failing", i, at))]);
        await subs.EnqueueAsync([Delivery("fine", 1, at), Delivery("fine", 2, at)]);
        await subs.EnqueueAsync([.. Enumerable.Range(1, 5).Select(i => Delivery("other", i, at))]);
        // "failing": one waiting after a failure, one dead; "fine": one dead only, so it is not failing; "other": two failed, two dead.
        await subs.RecordFailureAsync(Delivery("failing", 1, at) with { Attempts = 1, FirstFailureAt = at, NextAttemptAt = at.AddSeconds(5), LastError = "HTTP 500" });
        await subs.DeadLetterAsync(Delivery("failing", 2, at) with { Attempts = 9, FirstFailureAt = at, LastError = "HTTP 500" });
        await subs.DeadLetterAsync(Delivery("fine", 1, at) with { Attempts = 9, FirstFailureAt = at, LastError = "HTTP 410" });
        foreach (var i in (int[])[1, 2])
        {
            await subs.RecordFailureAsync(Delivery("other", i, at) with { Attempts = 1, FirstFailureAt = at, NextAttemptAt = at.AddSeconds(5), LastError = "timeout" });
        }
        foreach (var i in (int[])[3, 4])
        {
            await subs.DeadLetterAsync(Delivery("other", i, at) with { Attempts = 9, FirstFailureAt = at, LastError = "timeout" });
        }

        Assert.Equal(new DeliveryTotals(Pending: 7, Dead: 4, Failing: 2), await subs.DeliveryTotalsAsync(null));
        Assert.Equal(new DeliveryTotals(Pending: 4, Dead: 2, Failing: 1), await subs.DeliveryTotalsAsync("k1"));
        Assert.Equal(new DeliveryTotals(Pending: 3, Dead: 2, Failing: 1), await subs.DeliveryTotalsAsync("k2"));
        Assert.Equal(new DeliveryTotals(0, 0, 0), await subs.DeliveryTotalsAsync("nobody"));
        // The same as asking each subscription, which the totals replace.
        var states = await Task.WhenAll((await subs.ListAsync("k1")).Select(s => subs.DeliveryStateAsync(s.Id)));
        Assert.Equal(new DeliveryTotals(states.Sum(s => s.Pending), states.Sum(s => s.Dead), states.Count(s => s.FailingSince is not null)),
            await subs.DeliveryTotalsAsync("k1"));
    }

    [Fact]
    public async Task Delivery_states_of_a_list_are_each_subscriptions_own_state_in_one_query()
    {
        var subs = Stores.Subscriptions;
        var at = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
        await subs.UpsertAsync(NewSubscription("failing", "k1", "t"));
        await subs.UpsertAsync(NewSubscription("delivered", "k1", "t"));
        await subs.UpsertAsync(NewSubscription("idle", "k1", "t"));
        await subs.UpsertAsync(NewSubscription("other", "k2", "t"));
        await subs.EnqueueAsync([.. Enumerable.Range(1, 5).Select(i => Delivery("failing", i, at))]);
        await subs.EnqueueAsync([Delivery("delivered", 1, at), Delivery("delivered", 2, at), Delivery("delivered", 3, at)]);
        await subs.EnqueueAsync([Delivery("other", 1, at)]);
        // "failing": 2 and 4 failed (2 is the older, so its error is shown), 5 dead; "delivered": two done, one waits.
        await subs.RecordFailureAsync(Delivery("failing", 4, at) with { Attempts = 3, FirstFailureAt = at.AddSeconds(9), NextAttemptAt = at.AddSeconds(60), LastError = "timeout" });
        await subs.RecordFailureAsync(Delivery("failing", 2, at) with { Attempts = 1, FirstFailureAt = at, NextAttemptAt = at.AddSeconds(5), LastError = "HTTP 503 Service Unavailable" });
        await subs.DeadLetterAsync(Delivery("failing", 5, at) with { Attempts = 9, FirstFailureAt = at, LastError = "HTTP 410" });
        await subs.AcknowledgeAsync("delivered", [1, 2]);

        var k1 = await subs.DeliveryStatesAsync("k1");
        var all = await subs.DeliveryStatesAsync(null);

        Assert.Equal(["delivered", "failing", "idle"], k1.Keys.Order());
        Assert.Equal(["delivered", "failing", "idle", "other"], all.Keys.Order());
        foreach (var (id, state) in all)
        {
            Assert.Equal(await subs.DeliveryStateAsync(id), state);
        }
        Assert.Equal((4, 1, at, 503, at.AddSeconds(5)), (k1["failing"].Pending, k1["failing"].Dead, k1["failing"].FailingSince, k1["failing"].LastStatus, k1["failing"].NextAttemptAt));
        Assert.Equal((2L, 1, (DateTimeOffset?)null), (k1["delivered"].Delivered, k1["delivered"].Pending, k1["delivered"].FailingSince));
        Assert.NotNull(k1["delivered"].LastDeliveredAt);
        Assert.Equal(DeliveryState.None, k1["idle"]);
        Assert.Empty(await subs.DeliveryStatesAsync("nobody"));
    }
}
