namespace Monitoring.Storage;

/// <summary>Turns (bucket index, count) rows from a grouped count into one count per bucket.</summary>
internal static class TimeBuckets
{
    /// <summary>The end (exclusive) of <paramref name="buckets"/> buckets of <paramref name="bucket"/> from <paramref name="from"/>, in Unix milliseconds.</summary>
    public static long EndMs(DateTimeOffset from, TimeSpan bucket, int buckets) =>
        from.ToUnixTimeMilliseconds() + (BucketMs(bucket) * buckets);

    public static long BucketMs(TimeSpan bucket) =>
        bucket.Ticks % TimeSpan.TicksPerMillisecond == 0 && bucket > TimeSpan.Zero
            ? (long)bucket.TotalMilliseconds
            : throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "a bucket is a positive whole number of milliseconds");

    public static int[] Fill(int buckets, IEnumerable<(long Index, long Count)> rows)
    {
        var counts = new int[buckets];
        foreach (var (index, count) in rows)
        {
            // The query bounds the times, so every index is in range; checked all the same.
            if (index >= 0 && index < buckets)
            {
                counts[index] = checked((int)count);
            }
        }
        return counts;
    }
}
