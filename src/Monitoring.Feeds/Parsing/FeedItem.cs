namespace Monitoring.Feeds;

/// <summary>One entry of a feed.</summary>
public sealed record FeedItem
{
    /// <summary>guid / id when present, else the canonical link, else <c>sha256:</c> of title and date.</summary>
    public required string Id { get; init; }

    public string? Title { get; init; }

    /// <summary>Absolute when the feed or a base URL allowed resolving it.</summary>
    public string? Link { get; init; }

    public DateTimeOffset? Published { get; init; }

    public string? Summary { get; init; }

    public string? Content { get; init; }

    public string? Author { get; init; }
}
