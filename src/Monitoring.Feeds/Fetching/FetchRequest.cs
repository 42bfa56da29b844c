namespace Monitoring.Feeds;

/// <summary>One conditional GET: the URL and the validators from the last successful fetch.</summary>
public sealed record FetchRequest
{
    public required Uri Url { get; init; }

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }
}
