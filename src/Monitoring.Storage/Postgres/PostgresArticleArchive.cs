using Monitoring.Abstractions;
using Npgsql;

namespace Monitoring.Storage.Postgres;

/// <summary>
/// The article archive in PostgreSQL. Two silos archiving one canonical URL at once store it once: the
/// second insert waits on the first one's unique key and then finds its row.
/// </summary>
public sealed class PostgresArticleArchive(PostgresDatabase db) : IArticleArchive
{
    private const string SelectColumns = """
        SELECT a.id, a.canonical_url, a.url, a.title, a.author, a.published_at, a.fetched_at, a.summary, a.content, a.page_html, a.sort_at,
               a.published_offset, a.revision
        FROM articles a
        """;

    public async Task<ArchiveResult> AddAsync(Article article, string sourceId, string itemId, CancellationToken ct = default) =>
        (await AddBatchAsync([(article, itemId)], sourceId, ct))[0];

    public async Task<IReadOnlyList<ArchiveResult>> AddBatchAsync(IReadOnlyList<(Article Article, string ItemId)> items, string sourceId, CancellationToken ct = default)
    {
        if (items.Count == 0)
        {
            return [];
        }
        return await db.TransactionAsync(async s =>
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var results = new List<ArchiveResult>(items.Count);
            foreach (var (article, itemId) in items)
            {
                var inserted = await s.ScalarAsync<long?>("""
                    INSERT INTO articles (canonical_url, url, title, author, published_at, fetched_at, sort_at, summary, content, page_html, published_offset)
                    VALUES (@c, @u, @t, @a, @p, @f, @sortAt, @sum, @con, @html, @off)
                    ON CONFLICT (canonical_url) DO NOTHING
                    RETURNING id
                    """, new
                {
                    c = article.CanonicalUrl,
                    u = article.Url,
                    t = article.Title,
                    a = article.Author,
                    p = article.PublishedAt?.ToUnixTimeMilliseconds(),
                    f = article.FetchedAt.ToUnixTimeMilliseconds(),
                    sortAt = (article.PublishedAt ?? article.FetchedAt).ToUnixTimeMilliseconds(),
                    sum = article.Summary,
                    con = article.Content,
                    html = article.PageHtml,
                    // Kept so times read back as the outlet gave them (+09:00 stays +09:00).
                    off = article.PublishedAt is { } published ? (int?)published.Offset.TotalMinutes : null,
                });
                long id;
                if (inserted is { } newId)
                {
                    id = newId;
                    // A new article is not yet in any topic: marked in the same transaction, cleared once routed.
                    await s.ExecuteAsync("INSERT INTO unrouted (article_id, since) VALUES (@id, @now) ON CONFLICT DO NOTHING", new { id, now });
                }
                else
                {
                    id = await s.ScalarAsync<long>("SELECT id FROM articles WHERE canonical_url = @c", new { c = article.CanonicalUrl });
                }
                var linked = await s.ExecuteAsync("""
                    INSERT INTO article_sources (article_id, source_id, item_id, seen_at) VALUES (@id, @src, @item, @now)
                    ON CONFLICT DO NOTHING
                    """, new { id, src = sourceId, item = itemId, now });
                results.Add(new ArchiveResult(inserted is not null, linked == 1));
            }
            return results;
        }, ct);
    }

    public async Task MarkRoutedAsync(IReadOnlyList<string> canonicalUrls, CancellationToken ct = default)
    {
        if (canonicalUrls.Count == 0)
        {
            return;
        }
        await db.ExecuteAsync("DELETE FROM unrouted WHERE article_id IN (SELECT id FROM articles WHERE canonical_url = ANY(@urls))",
            new { urls = canonicalUrls.ToArray() }, ct);
    }

    public async Task<IReadOnlyList<Article>> ReadUnroutedAsync(DateTimeOffset markedBefore, int limit, CancellationToken ct = default) =>
        await ReadArticlesAsync(SelectColumns + " JOIN unrouted u ON u.article_id = a.id WHERE u.since <= @before ORDER BY a.sort_at, a.id LIMIT @limit",
            new { before = markedBefore.ToUnixTimeMilliseconds(), limit }, ct);

    public async Task<bool> ContainsAsync(string canonicalUrl, CancellationToken ct = default) =>
        await db.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM articles WHERE canonical_url = @c)", new { c = canonicalUrl }, ct);

    public async Task<Article?> SetPageAsync(string canonicalUrl, string pageHtml, CancellationToken ct = default)
    {
        // The page is one more report for the topics: marked like a new article until they have it.
        var marked = await db.ScalarAsync<long?>("""
            WITH page AS (UPDATE articles SET page_html = @html WHERE canonical_url = @c RETURNING id)
            INSERT INTO unrouted (article_id, since) SELECT id, @now FROM page
            ON CONFLICT (article_id) DO UPDATE SET since = unrouted.since
            RETURNING article_id
            """, new { c = canonicalUrl, html = pageHtml, now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() }, ct);
        return marked is null ? null : await GetAsync(canonicalUrl, ct);
    }

    public async Task<Article?> ReviseAsync(string canonicalUrl, string? title, string? summary, string? content, int maxRevisions, CancellationToken ct = default)
    {
        // The revision is one more report for the topics: marked like a new article until they have it.
        var marked = await db.ScalarAsync<long?>("""
            WITH revised AS (
                UPDATE articles SET title = @title, summary = @summary, content = @content, page_html = NULL, revision = revision + 1
                WHERE canonical_url = @c AND revision < @max
                  AND (title IS DISTINCT FROM @title OR summary IS DISTINCT FROM @summary OR content IS DISTINCT FROM @content)
                RETURNING id)
            INSERT INTO unrouted (article_id, since) SELECT id, @now FROM revised
            ON CONFLICT (article_id) DO UPDATE SET since = unrouted.since
            RETURNING article_id
            """, new { c = canonicalUrl, title, summary, content, max = maxRevisions, now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() }, ct);
        return marked is null ? null : await GetAsync(canonicalUrl, ct);
    }

    public async Task<Article?> GetAsync(string canonicalUrl, CancellationToken ct = default) =>
        (await ReadArticlesAsync(SelectColumns + " WHERE a.canonical_url = @c", new { c = canonicalUrl }, ct)).FirstOrDefault();

    public async Task<IReadOnlyList<Article>> QueryAsync(string? sourceId, DateTimeOffset? since, int limit, CancellationToken ct = default) =>
        // A NULL filter matches everything, so one statement serves every combination.
        await ReadArticlesAsync(SelectColumns + """
             WHERE (@src::text IS NULL OR EXISTS (SELECT 1 FROM article_sources s WHERE s.article_id = a.id AND s.source_id = @src::text))
               AND (@since::bigint IS NULL OR a.sort_at >= @since::bigint)
             ORDER BY a.sort_at DESC, a.id DESC LIMIT @limit
            """, new { src = sourceId, since = since?.ToUnixTimeMilliseconds(), limit }, ct);

    public async Task<IReadOnlyList<int>> CountByTimeAsync(DateTimeOffset from, TimeSpan bucket, int buckets, CancellationToken ct = default) =>
        // sort_at is the publication time, the fetch time when there is none: a range on its index.
        TimeBuckets.Fill(buckets, await db.QueryAsync("""
            SELECT (sort_at - @from) / @bucket, count(*) FROM articles
            WHERE sort_at >= @from AND sort_at < @end GROUP BY 1
            """, r => (r.GetInt64(0), r.GetInt64(1)),
            new { from = from.ToUnixTimeMilliseconds(), bucket = TimeBuckets.BucketMs(bucket), end = TimeBuckets.EndMs(from, bucket, buckets) }, ct));

    public async Task<ArchivePage> ReadForReplayAsync(ArchiveCursor? after, int limit, CancellationToken ct = default)
    {
        var rows = await db.RunAsync(s => ReadRowsAsync(s,
            SelectColumns + " WHERE (a.sort_at, a.id) > (@sortAt, @id) ORDER BY a.sort_at, a.id LIMIT @limit",
            new { sortAt = after?.SortAt ?? long.MinValue, id = after?.RowId ?? long.MinValue, limit }), ct);
        var next = rows.Count < limit ? (ArchiveCursor?)null : new ArchiveCursor(rows[^1].SortAt, rows[^1].Id);
        return new ArchivePage(rows.Select(r => r.Article).ToList(), next);
    }

    private async Task<List<Article>> ReadArticlesAsync(string sql, object args, CancellationToken ct) =>
        (await db.RunAsync(s => ReadRowsAsync(s, sql, args), ct)).Select(r => r.Article).ToList();

    private static async Task<List<(long Id, long SortAt, Article Article)>> ReadRowsAsync(PgSession s, string sql, object args)
    {
        var rows = await s.QueryAsync(sql, r => (r.GetInt64(0), r.GetInt64(10), ReadArticle(r)), args);
        if (rows.Count == 0)
        {
            return rows;
        }
        // One query for the sources of all rows, not one per row.
        var sources = (await s.QueryAsync(
                "SELECT article_id, source_id FROM article_sources WHERE article_id = ANY(@ids) ORDER BY seen_at, source_id",
                r => (Id: r.GetInt64(0), Source: r.GetString(1)), new { ids = rows.Select(r => r.Item1).ToArray() }))
            .GroupBy(x => x.Id)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Source).ToList());
        return rows.Select(r => (r.Item1, r.Item2, r.Item3 with { Sources = sources.GetValueOrDefault(r.Item1) ?? [] })).ToList();
    }

    private static Article ReadArticle(NpgsqlDataReader r) => new()
    {
        CanonicalUrl = r.GetString(1),
        Url = r.GetString(2),
        Title = Text(r, 3),
        Author = Text(r, 4),
        PublishedAt = r.IsDBNull(5) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(5))
            .ToOffset(r.IsDBNull(11) ? TimeSpan.Zero : TimeSpan.FromMinutes(r.GetInt32(11))),
        FetchedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6)),
        Summary = Text(r, 7),
        Content = Text(r, 8),
        PageHtml = Text(r, 9),
        Revision = r.GetInt32(12),
    };

    private static string? Text(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);
}
