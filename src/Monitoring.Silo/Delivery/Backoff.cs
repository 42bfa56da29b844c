namespace Monitoring.Silo.Delivery;

/// <summary>Exponential backoff with full jitter in the upper half: attempt n waits between d/2 and d, d = initial × 2ⁿ⁻¹, capped.</summary>
public static class Backoff
{
    public static TimeSpan After(int failures, TimeSpan initial, TimeSpan max, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var ceiling = Math.Min(max.TotalMilliseconds, initial.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(ceiling / 2 + random.NextDouble() * ceiling / 2);
    }
}
