using Monitoring.Grains.Sources;

namespace Monitoring.Silo.Tests;

public sealed class PollScheduleTests
{
    private static readonly PollingOptions Options = new();
    private static readonly DateTimeOffset T0 = new(2024, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_feed_publishing_hourly_is_polled_every_half_hour()
    {
        var dates = Enumerable.Range(0, 10).Select(i => T0.AddHours(i));
        Assert.Equal(TimeSpan.FromMinutes(30), PollSchedule.LearnInterval(dates, null, null, Options));
    }

    [Fact]
    public void A_busy_feed_is_held_to_the_minimum_and_a_quiet_one_to_the_maximum()
    {
        var busy = Enumerable.Range(0, 10).Select(i => T0.AddMinutes(i));
        var quiet = Enumerable.Range(0, 10).Select(i => T0.AddDays(7 * i));
        Assert.Equal(Options.MinInterval, PollSchedule.LearnInterval(busy, null, null, Options));
        Assert.Equal(Options.MaxInterval, PollSchedule.LearnInterval(quiet, null, null, Options));
    }

    [Fact]
    public void Ttl_and_max_age_are_floors()
    {
        var hourly = Enumerable.Range(0, 10).Select(i => T0.AddHours(i)).ToList();
        Assert.Equal(TimeSpan.FromHours(2), PollSchedule.LearnInterval(hourly, TimeSpan.FromHours(2), null, Options));
        Assert.Equal(TimeSpan.FromMinutes(45), PollSchedule.LearnInterval(hourly, null, TimeSpan.FromMinutes(45), Options));
    }

    [Fact]
    public void Too_few_dates_keep_the_default_interval()
    {
        Assert.Equal(Options.DefaultInterval, PollSchedule.LearnInterval([T0, T0.AddHours(1)], null, null, Options));
    }

    [Fact]
    public void Three_dates_are_enough_to_learn_from()
    {
        Assert.Equal(TimeSpan.FromMinutes(30), PollSchedule.LearnInterval([T0, T0.AddHours(1), T0.AddHours(2)], null, null, Options));
    }

    [Fact]
    public void The_median_gap_is_taken_whatever_order_the_gaps_come_in()
    {
        // Newest first, the gaps are 10 h, 1 h and 2 h: their median is 2 h, so the interval is 1 h.
        DateTimeOffset[] dates = [T0, T0.AddHours(-10), T0.AddHours(-11), T0.AddHours(-13)];
        Assert.Equal(TimeSpan.FromHours(1), PollSchedule.LearnInterval(dates, null, null, Options));
    }

    [Fact]
    public void Backoff_doubles_up_to_the_cap()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), PollSchedule.Backoff(1, Options));
        Assert.Equal(TimeSpan.FromMinutes(8), PollSchedule.Backoff(4, Options));
        Assert.Equal(Options.BackoffCap, PollSchedule.Backoff(12, Options));
        Assert.Equal(Options.BackoffCap, PollSchedule.Backoff(1000, Options));
    }

    [Fact]
    public void Jitter_stays_within_its_fraction_and_varies()
    {
        var random = new Random(7);
        var samples = Enumerable.Range(0, 200).Select(_ => PollSchedule.WithJitter(TimeSpan.FromMinutes(10), 0.1, random)).ToList();
        Assert.All(samples, s => Assert.InRange(s, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(11)));
        Assert.True(samples.Distinct().Count() > 100);
        // Both ways: sources drift earlier as well as later.
        Assert.Contains(samples, s => s < TimeSpan.FromMinutes(9.5));
        Assert.Contains(samples, s => s > TimeSpan.FromMinutes(10.5));
    }

    [Fact]
    public void Seen_ids_keep_everything_in_the_feed_and_the_newest_others()
    {
        var remembered = Enumerable.Range(0, 10).Select(i => $"old-{i}").ToList();
        var merged = SeenIds.Merge(remembered, ["new-1", "new-2", "old-3"], limit: 5);

        Assert.Equal(["old-8", "old-9", "new-1", "new-2", "old-3"], merged);
    }

    [Fact]
    public void With_room_for_all_every_remembered_id_is_kept_oldest_first()
    {
        Assert.Equal(["a", "b", "c"], SeenIds.Merge(["a", "b"], ["c"], limit: 10));
    }

    [Fact]
    public void A_feed_longer_than_the_limit_is_remembered_whole()
    {
        var feed = Enumerable.Range(0, 50).Select(i => $"item-{i}").ToList();
        Assert.Equal(feed, SeenIds.Merge(["gone"], feed, limit: 10));
    }

    [Fact]
    public void Source_ids_are_stable_and_shards_spread()
    {
        var a = SourceIds.FromCanonicalUrl("https://example.org/feed.xml");
        Assert.Equal(a, SourceIds.FromCanonicalUrl("https://example.org/feed.xml"));
        Assert.NotEqual(a, SourceIds.FromCanonicalUrl("https://example.org/other.xml"));
        Assert.Equal(16, a.Length);
        var shards = Enumerable.Range(0, 1000).Select(i => SourceIds.Shard(SourceIds.FromCanonicalUrl($"https://example.org/{i}"), 16)).ToList();
        Assert.All(shards, s => Assert.InRange(s, 0, 15));
        Assert.True(shards.GroupBy(s => s).Min(g => g.Count()) > 30, "shards are badly unbalanced");
    }
}
