namespace Monitoring.Feeds;

/// <summary>Every knob of the HTTP fetcher, bound from the <c>Fetch</c> configuration section.</summary>
public sealed class FetchOptions
{
    public const string SectionName = "Fetch";

    /// <summary>Largest body accepted, counted after decompression so a gzip bomb cannot get past it.</summary>
    public long MaxBodyBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Time allowed to open the TCP connection (and TLS).</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed to resolve a host name (part of <see cref="ConnectTimeout"/> when shorter).</summary>
    public TimeSpan DnsTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Name lookups in flight at once: the platform resolver may hold a thread for each.</summary>
    public int MaxConcurrentDnsLookups { get; set; } = 16;

    /// <summary>How long a name that did not resolve is refused without asking again; zero asks every time.</summary>
    public TimeSpan DnsFailureMemory { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for the requests of a fetch, redirects and body included; the waits for a host's turn are not counted.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Longest a fetch waits, in all, for its turns at hosts (<see cref="MaxConcurrentPerHost"/>, <see cref="MinHostGap"/>).
    /// With <see cref="Timeout"/> it bounds a fetch; keep the sum below <c>Storage:ClaimLease</c>.
    /// </summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public int MaxRedirects { get; set; } = 5;

    public string UserAgent { get; set; } = "Monitoring/1.0 (+feed reader)";

    /// <summary>Allows every address <see cref="AddressPolicy"/> refuses; off so feeds cannot probe the internal network or this machine.</summary>
    public bool AllowPrivateNetworks { get; set; }

    public int MaxConcurrentPerHost { get; set; } = 2;

    /// <summary>Least time between two request starts to the same host.</summary>
    public TimeSpan MinHostGap { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Every problem with the current values, each naming its option; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MaxBodyBytes <= 0)
        {
            errors.Add($"{SectionName}:{nameof(MaxBodyBytes)} must be > 0");
        }
        if (ConnectTimeout <= TimeSpan.Zero)
        {
            errors.Add($"{SectionName}:{nameof(ConnectTimeout)} must be > 0");
        }
        if (Timeout <= TimeSpan.Zero)
        {
            errors.Add($"{SectionName}:{nameof(Timeout)} must be > 0");
        }
        if (TurnTimeout <= TimeSpan.Zero)
        {
            errors.Add($"{SectionName}:{nameof(TurnTimeout)} must be > 0");
        }
        if (DnsTimeout <= TimeSpan.Zero)
        {
            errors.Add($"{SectionName}:{nameof(DnsTimeout)} must be > 0");
        }
        if (MaxConcurrentDnsLookups <= 0)
        {
            errors.Add($"{SectionName}:{nameof(MaxConcurrentDnsLookups)} must be > 0");
        }
        if (DnsFailureMemory < TimeSpan.Zero)
        {
            errors.Add($"{SectionName}:{nameof(DnsFailureMemory)} must be >= 0");
        }
        if (MaxRedirects < 0)
        {
            errors.Add($"{SectionName}:{nameof(MaxRedirects)} must be >= 0");
        }
        if (string.IsNullOrWhiteSpace(UserAgent))
        {
            errors.Add($"{SectionName}:{nameof(UserAgent)} must not be empty");
        }
        if (MaxConcurrentPerHost <= 0)
        {
            errors.Add($"{SectionName}:{nameof(MaxConcurrentPerHost)} must be > 0");
        }
        if (MinHostGap < TimeSpan.Zero)
        {
            errors.Add($"{SectionName}:{nameof(MinHostGap)} must be >= 0");
        }
        return errors;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every invalid option.</summary>
    public void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors));
        }
    }
}
