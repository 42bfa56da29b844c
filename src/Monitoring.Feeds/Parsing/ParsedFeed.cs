namespace Monitoring.Feeds;

/// <summary>A feed reduced to what monitoring needs, whatever its format.</summary>
public sealed record ParsedFeed
{
    public string? Title { get; init; }

    /// <summary>The site the feed belongs to (absolute when a base URL was known).</summary>
    public string? Link { get; init; }

    /// <summary>RSS <c>&lt;ttl&gt;</c>: how long the publisher says the feed may be cached.</summary>
    public TimeSpan? Ttl { get; init; }

    public IReadOnlyList<FeedItem> Items { get; init; } = [];
}
