namespace Monitoring.Feeds;

public enum FetchOutcome
{
    Ok,
    NotModified,
    Failed,
}

public enum FetchErrorKind
{
    /// <summary>The server answered with a non-success status.</summary>
    Http,
    Timeout,
    TooLarge,
    Redirects,
    /// <summary>The address is loopback, private, link-local or otherwise not public.</summary>
    AddressRefused,
    Network,
    InvalidUrl,
    /// <summary>No turn at the host within <c>Fetch:TurnTimeout</c>: other requests to it came first; nothing was sent.</summary>
    HostBusy,
}

/// <summary>What a fetch produced. Failures carry a message fit to show an operator.</summary>
public sealed record FetchResult
{
    public required FetchOutcome Outcome { get; init; }

    public int? HttpStatus { get; init; }

#pragma warning disable CA1819 // The body is handed over once, copying it would only cost.
    public byte[]? Body { get; init; }
#pragma warning restore CA1819

    public string? ContentType { get; init; }

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    /// <summary>When the server asked us to come back (Retry-After on 429 and 503).</summary>
    public DateTimeOffset? RetryAfter { get; init; }

    /// <summary>Cache-Control max-age: the server's own view of how long the body stays fresh.</summary>
    public TimeSpan? MaxAge { get; init; }

    /// <summary>The URL after redirects.</summary>
    public required Uri FinalUrl { get; init; }

    public string? Error { get; init; }

    public FetchErrorKind? ErrorKind { get; init; }
}
