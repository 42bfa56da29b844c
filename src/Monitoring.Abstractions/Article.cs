namespace Monitoring.Abstractions;

/// <summary>An item from a feed, as archived: keyed by its canonical URL.</summary>
[GenerateSerializer, Alias("monitoring.Article")]
public sealed record Article
{
    [Id(0)] public required string CanonicalUrl { get; init; }
    [Id(1)] public required string Url { get; init; }
    [Id(2)] public string? Title { get; init; }
    [Id(3)] public DateTimeOffset? PublishedAt { get; init; }
    [Id(4)] public DateTimeOffset FetchedAt { get; init; }
    [Id(5)] public string? Summary { get; init; }
    [Id(6)] public string? Content { get; init; }

    /// <summary>The linked page's HTML, fetched when the feed carried only a summary.</summary>
    [Id(7)] public string? PageHtml { get; init; }
    [Id(8)] public string? Author { get; init; }

    /// <summary>The sources that carried this article, first one first.</summary>
    [Id(9)] public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>
    /// True when this is the article read again once its page arrived after the feed's summary was
    /// routed: topics take it as one more report, so only what the page adds raises alerts.
    /// </summary>
    [Id(10)] public bool PageFollowUp { get; init; }

    /// <summary>
    /// How many times the feed changed the item's text after it was first archived (0: as first archived).
    /// Each revision is one more report for the topics, so only what an edit adds raises alerts.
    /// </summary>
    [Id(11)] public int Revision { get; init; }
}
