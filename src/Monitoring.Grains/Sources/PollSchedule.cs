namespace Monitoring.Grains.Sources;

/// <summary>Pure scheduling decisions: when a source polls next after a success or a failure.</summary>
public static class PollSchedule
{
    /// <summary>
    /// The interval a healthy feed has earned: half the median gap between its items' dates
    /// (so a new item waits on average a quarter of its gap), never below what the feed's
    /// <c>ttl</c> or <c>Cache-Control: max-age</c> asks for, within the configured bounds.
    /// </summary>
    public static TimeSpan LearnInterval(IEnumerable<DateTimeOffset> itemDates, TimeSpan? ttl, TimeSpan? maxAge, PollingOptions options)
    {
        var dates = itemDates.Distinct().OrderByDescending(d => d).Take(50).ToList();
        var interval = options.DefaultInterval;
        if (dates.Count >= 3)
        {
            var gaps = new List<TimeSpan>(dates.Count - 1);
            for (var i = 1; i < dates.Count; i++)
            {
                gaps.Add(dates[i - 1] - dates[i]);
            }
            gaps.Sort();
            interval = gaps[gaps.Count / 2] / 2;
        }
        var floor = Max(ttl ?? TimeSpan.Zero, maxAge ?? TimeSpan.Zero);
        interval = Max(interval, floor);
        return Clamp(interval, options.MinInterval, options.MaxInterval);
    }

    /// <summary>Exponential backoff after <paramref name="consecutiveFailures"/> (1 = first failure), capped.</summary>
    public static TimeSpan Backoff(int consecutiveFailures, PollingOptions options)
    {
        var exponent = Math.Clamp(consecutiveFailures - 1, 0, 30);
        var ticks = options.BackoffBase.Ticks * Math.Pow(2, exponent);
        return ticks >= options.BackoffCap.Ticks ? options.BackoffCap : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>Spreads <paramref name="interval"/> by ±<see cref="PollingOptions.Jitter"/> so sources drift apart.</summary>
    public static TimeSpan WithJitter(TimeSpan interval, double jitter, Random random)
    {
        var factor = 1 + ((random.NextDouble() * 2) - 1) * jitter;
        return TimeSpan.FromTicks((long)(interval.Ticks * factor));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) => value < min ? min : value > max ? max : value;
}
