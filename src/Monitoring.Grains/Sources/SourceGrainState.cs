namespace Monitoring.Grains.Sources;

/// <summary>What a source remembers between polls.</summary>
[GenerateSerializer, Alias("monitoring.SourceGrainState")]
public sealed class SourceGrainState
{
    [Id(0)] public string? Url { get; set; }
    [Id(1)] public string? Title { get; set; }
    [Id(2)] public string? SiteUrl { get; set; }
    [Id(3)] public DateTimeOffset CreatedAt { get; set; }
    [Id(4)] public string? ETag { get; set; }
    [Id(5)] public DateTimeOffset? LastModified { get; set; }

    /// <summary>Item ids already handed on, oldest first, bounded.</summary>
    [Id(6)] public List<string> SeenIds { get; set; } = [];
    [Id(7)] public SourceHealth Health { get; set; } = new();

    /// <summary>Interval learned from the feed's own publishing cadence.</summary>
    [Id(8)] public TimeSpan? LearnedInterval { get; set; }

    /// <summary>A hash of the text of each remembered item, by id, to tell an item the feed edited (<see cref="ItemEdits"/>).</summary>
    [Id(9)] public Dictionary<string, ulong> ItemHashes { get; set; } = [];
}
