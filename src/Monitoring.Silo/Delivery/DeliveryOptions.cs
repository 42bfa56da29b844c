namespace Monitoring.Silo.Delivery;

/// <summary>How alerts reach webhook receivers (section <c>Delivery</c>).</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>Let webhooks target addresses the address rule refuses: loopback, private, special-purpose, this machine (default false).</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>How long a delivery is retried before it goes to the dead-letter list.</summary>
    public TimeSpan Horizon { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The wait after the first failure; it doubles with each failure up to <see cref="MaxBackoff"/>, with jitter.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long one attempt may take, connect to last byte.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Subscriptions delivered at once; each is delivered in order on its own.</summary>
    public int MaxConcurrentSubscriptions { get; set; } = 256;

    /// <summary>How often the outbox is checked for retries that have come due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How long a silo's hold on a subscription's outbox lasts without renewal. Silos sharing a database
    /// deliver a subscription one at a time; when the holder dies, another takes over within this time.
    /// It is renewed while delivering, so it must outlast one attempt (<see cref="Timeout"/>) with room to spare.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>What is left of a lease, beyond one attempt's <see cref="Timeout"/>, before an attempt may start without renewing it.</summary>
    public static readonly TimeSpan LeaseMargin = TimeSpan.FromSeconds(2);

    public IEnumerable<string> Validate()
    {
        if (Horizon <= TimeSpan.Zero)
        {
            yield return $"{Section}:{nameof(Horizon)} must be positive";
        }
        if (InitialBackoff <= TimeSpan.Zero || InitialBackoff > MaxBackoff)
        {
            yield return $"{Section}:{nameof(InitialBackoff)} must be positive and at most {Section}:{nameof(MaxBackoff)}";
        }
        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(5))
        {
            yield return $"{Section}:{nameof(Timeout)} must be between 0 and 5 minutes";
        }
        if (MaxConcurrentSubscriptions is < 1 or > 10_000)
        {
            yield return $"{Section}:{nameof(MaxConcurrentSubscriptions)} must be between 1 and 10000";
        }
        if (LeaseDuration < Timeout + LeaseMargin + LeaseMargin || LeaseDuration > TimeSpan.FromMinutes(10))
        {
            yield return $"{Section}:{nameof(LeaseDuration)} must be at least {Section}:{nameof(Timeout)} + 4 s and at most 10 minutes (got {LeaseDuration})";
        }
        if (PollInterval < TimeSpan.FromMilliseconds(10) || PollInterval > TimeSpan.FromMinutes(1))
        {
            yield return $"{Section}:{nameof(PollInterval)} must be between 10 ms and 1 minute";
        }
    }
}
