using Monitoring.Abstractions;

namespace Monitoring.Storage;

/// <summary>Whether an archived article was new, and the record as stored.</summary>
public sealed record ArchiveResult(bool IsNewArticle, bool IsNewForSource);

/// <summary>Position in the archive's replay order (publication time, then insertion).</summary>
public readonly record struct ArchiveCursor(long SortAt, long RowId);

/// <summary>A page of articles in replay order and the cursor after its last one.</summary>
public sealed record ArchivePage(IReadOnlyList<Article> Articles, ArchiveCursor? Next);

/// <summary>Articles by canonical URL, with every source that carried them.</summary>
public interface IArticleArchive
{
    /// <summary>Stores the article once per canonical URL and records that <paramref name="sourceId"/> carried it.</summary>
    Task<ArchiveResult> AddAsync(Article article, string sourceId, string itemId, CancellationToken ct = default);

    /// <summary>Stores a poll's new items in one transaction; results are in the order of <paramref name="items"/>.</summary>
    Task<IReadOnlyList<ArchiveResult>> AddBatchAsync(IReadOnlyList<(Article Article, string ItemId)> items, string sourceId, CancellationToken ct = default);

    /// <summary>
    /// Clears the mark every new article gets when archived, once every matching topic has taken it.
    /// A mark left by a crash or a failing topic is found by <see cref="ReadUnroutedAsync"/> and routed again.
    /// </summary>
    Task MarkRoutedAsync(IReadOnlyList<string> canonicalUrls, CancellationToken ct = default);

    /// <summary>Articles still marked unrouted since before <paramref name="markedBefore"/>, oldest first.</summary>
    Task<IReadOnlyList<Article>> ReadUnroutedAsync(DateTimeOffset markedBefore, int limit, CancellationToken ct = default);

    /// <summary>
    /// Stores the page fetched for an archived article and marks it unrouted in the same transaction,
    /// so its reading reaches the topics even after a crash; returns the article with it, or null
    /// when it is not archived.
    /// </summary>
    Task<Article?> SetPageAsync(string canonicalUrl, string pageHtml, CancellationToken ct = default);

    /// <summary>
    /// Stores the new title, summary and content the feed gave an archived article (its page, read from the
    /// old text, is dropped), counts one more revision and marks it unrouted in the same transaction. Returns
    /// the article as revised, or null when it is not archived, its text is unchanged, or it already has
    /// <paramref name="maxRevisions"/> revisions.
    /// </summary>
    Task<Article?> ReviseAsync(string canonicalUrl, string? title, string? summary, string? content, int maxRevisions, CancellationToken ct = default);

    Task<bool> ContainsAsync(string canonicalUrl, CancellationToken ct = default);

    /// <summary>Newest first; <paramref name="since"/> compares with the publication time (fetch time when absent).</summary>
    Task<IReadOnlyList<Article>> QueryAsync(string? sourceId, DateTimeOffset? since, int limit, CancellationToken ct = default);

    Task<Article?> GetAsync(string canonicalUrl, CancellationToken ct = default);

    /// <summary>
    /// How many articles fall in each of <paramref name="buckets"/> consecutive buckets of <paramref name="bucket"/>
    /// from <paramref name="from"/> on (a bucket holds its start, not its end), by publication time (fetch time when
    /// absent); counted in the database, so no article is read.
    /// </summary>
    Task<IReadOnlyList<int>> CountByTimeAsync(DateTimeOffset from, TimeSpan bucket, int buckets, CancellationToken ct = default);

    /// <summary>Articles oldest first (publication time, fetch time when absent), for replays.</summary>
    Task<ArchivePage> ReadForReplayAsync(ArchiveCursor? after, int limit, CancellationToken ct = default);
}
