namespace Monitoring.Abstractions;

/// <summary>Where a source stands: healthy, failing and backing off, or dead and polled rarely.</summary>
[GenerateSerializer, Alias("monitoring.SourceState")]
public enum SourceState
{
    New = 0,
    Active = 1,
    Failing = 2,
    Dead = 3,
}

/// <summary>A source's health, as the API and dashboard show it.</summary>
[GenerateSerializer, Alias("monitoring.SourceHealth")]
public sealed record SourceHealth
{
    [Id(0)] public SourceState State { get; init; }
    [Id(1)] public DateTimeOffset? LastPollAt { get; init; }
    [Id(2)] public DateTimeOffset? LastSuccessAt { get; init; }
    [Id(3)] public DateTimeOffset? LastErrorAt { get; init; }
    [Id(4)] public string? LastError { get; init; }
    [Id(5)] public int? LastHttpStatus { get; init; }
    [Id(6)] public int ConsecutiveFailures { get; init; }
    [Id(7)] public DateTimeOffset? NextPollAt { get; init; }
    [Id(8)] public TimeSpan Interval { get; init; }
    [Id(9)] public long Polls { get; init; }
    [Id(10)] public long NotModified { get; init; }
    [Id(11)] public long Articles { get; init; }
    [Id(12)] public DateTimeOffset? FailingSince { get; init; }
}

/// <summary>A registered feed and its health.</summary>
[GenerateSerializer, Alias("monitoring.SourceInfo")]
public sealed record SourceInfo
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Url { get; init; }
    [Id(2)] public string? Title { get; init; }
    [Id(3)] public string? SiteUrl { get; init; }
    [Id(4)] public DateTimeOffset CreatedAt { get; init; }
    [Id(5)] public SourceHealth Health { get; init; } = new();
}

/// <summary>What one poll did.</summary>
[GenerateSerializer, Alias("monitoring.PollReport")]
public sealed record PollReport
{
    [Id(0)] public required string SourceId { get; init; }
    [Id(1)] public bool Succeeded { get; init; }
    [Id(2)] public bool NotModified { get; init; }
    [Id(3)] public int? HttpStatus { get; init; }
    [Id(4)] public int ItemsInFeed { get; init; }
    [Id(5)] public int NewItems { get; init; }
    [Id(6)] public int NewArticles { get; init; }
    [Id(7)] public string? Error { get; init; }
    [Id(8)] public DateTimeOffset NextPollAt { get; init; }

    /// <summary>Archived articles whose item the feed edited, read again as a revision.</summary>
    [Id(9)] public int RevisedArticles { get; init; }
}
