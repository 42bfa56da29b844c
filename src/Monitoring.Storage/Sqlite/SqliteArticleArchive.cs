using Microsoft.Data.Sqlite;
using Monitoring.Abstractions;

namespace Monitoring.Storage.Sqlite;

/// <summary>The article archive in the embedded database.</summary>
public sealed class SqliteArticleArchive(SqliteDatabase db) : IArticleArchive
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
        return await db.WriteAsync(async connection =>
        {
            if (items.Count == 0)
            {
                return [];
            }

            var insert = connection.Reused("""
                INSERT INTO articles (canonical_url, url, title, author, published_at, fetched_at, sort_at, summary, content, page_html, published_offset)
                VALUES ($c, $u, $t, $a, $p, $f, $s, $sum, $con, $html, $off)
                ON CONFLICT (canonical_url) DO NOTHING
                RETURNING id
                """);
            var columns = new[] { "$c", "$u", "$t", "$a", "$p", "$f", "$s", "$sum", "$con", "$html", "$off" }
                // Values are bound untyped so SQLite stores integers as integers and text as text.
                .Select(name => insert.Parameters.AddWithValue(name, DBNull.Value)).ToArray();

            var find = connection.Reused("SELECT id FROM articles WHERE canonical_url = $c");
            var findUrl = find.Parameters.Add("$c", SqliteType.Text);

            var link = connection.Reused("""
                INSERT INTO article_sources (article_id, source_id, item_id, seen_at) VALUES ($id, $src, $item, $now)
                ON CONFLICT DO NOTHING
                """);
            var linkId = link.Parameters.Add("$id", SqliteType.Integer);
            link.Parameters.AddWithValue("$src", sourceId);
            var linkItem = link.Parameters.Add("$item", SqliteType.Text);
            link.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

            // A new article is not yet in any topic: marked in the same transaction, cleared once routed.
            var mark = connection.Reused("INSERT INTO unrouted (article_id, since) VALUES ($id, $now) ON CONFLICT DO NOTHING");
            var markId = mark.Parameters.Add("$id", SqliteType.Integer);
            mark.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

            var results = new List<ArchiveResult>(items.Count);
            foreach (var (article, itemId) in items)
            {
                object?[] values =
                [
                    article.CanonicalUrl, article.Url, article.Title, article.Author,
                    article.PublishedAt?.ToUnixTimeMilliseconds(), article.FetchedAt.ToUnixTimeMilliseconds(),
                    (article.PublishedAt ?? article.FetchedAt).ToUnixTimeMilliseconds(),
                    article.Summary, article.Content, article.PageHtml,
                    // Kept so times read back as the outlet gave them (+09:00 stays +09:00).
                    article.PublishedAt is { } published ? (long)published.Offset.TotalMinutes : null,
                ];
                for (var i = 0; i < values.Length; i++)
                {
                    columns[i].Value = values[i] ?? DBNull.Value;
                }
                var inserted = await insert.ExecuteScalarAsync(ct);
                long id;
                if (inserted is long newId)
                {
                    id = newId;
                    markId.Value = id;
                    await mark.ExecuteNonQueryAsync(ct);
                }
                else
                {
                    findUrl.Value = article.CanonicalUrl;
                    id = (long)(await find.ExecuteScalarAsync(ct))!;
                }
                linkId.Value = id;
                linkItem.Value = itemId;
                var newForSource = await link.ExecuteNonQueryAsync(ct) == 1;
                results.Add(new ArchiveResult(inserted is long, newForSource));
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
        await db.WriteAsync(async connection =>
        {
            var command = connection.Reused("DELETE FROM unrouted WHERE article_id = (SELECT id FROM articles WHERE canonical_url = $c)");
            var url = command.Parameters.Add("$c", SqliteType.Text);
            foreach (var canonical in canonicalUrls)
            {
                url.Value = canonical;
                await command.ExecuteNonQueryAsync(ct);
            }
            return true;
        }, ct);
    }

    public async Task<Article?> SetPageAsync(string canonicalUrl, string pageHtml, CancellationToken ct = default)
    {
        var changed = await db.WriteAsync(async connection =>
        {
            var command = connection.Reused("UPDATE articles SET page_html = $html WHERE canonical_url = $c");
            command.Parameters.AddWithValue("$c", canonicalUrl);
            command.Parameters.AddWithValue("$html", pageHtml);
            if (await command.ExecuteNonQueryAsync(ct) == 0)
            {
                return false;
            }
            // The page is one more report for the topics: marked like a new article until they have it.
            await MarkUnroutedAsync(connection, canonicalUrl, ct);
            return true;
        }, ct);
        return changed ? await GetAsync(canonicalUrl, ct) : null;
    }

    public async Task<Article?> ReviseAsync(string canonicalUrl, string? title, string? summary, string? content, int maxRevisions, CancellationToken ct = default)
    {
        var changed = await db.WriteAsync(async connection =>
        {
            var command = connection.Reused("""
                UPDATE articles SET title = $title, summary = $summary, content = $content, page_html = NULL, revision = revision + 1
                WHERE canonical_url = $c AND revision < $max
                  AND (title IS NOT $title OR summary IS NOT $summary OR content IS NOT $content)
                """);
            command.Parameters.AddWithValue("$c", canonicalUrl);
            command.Parameters.AddWithValue("$title", (object?)title ?? DBNull.Value);
            command.Parameters.AddWithValue("$summary", (object?)summary ?? DBNull.Value);
            command.Parameters.AddWithValue("$content", (object?)content ?? DBNull.Value);
            command.Parameters.AddWithValue("$max", maxRevisions);
            if (await command.ExecuteNonQueryAsync(ct) == 0)
            {
                return false;
            }
            // The revision is one more report for the topics: marked like a new article until they have it.
            await MarkUnroutedAsync(connection, canonicalUrl, ct);
            return true;
        }, ct);
        return changed ? await GetAsync(canonicalUrl, ct) : null;
    }

    /// <summary>Marks an archived article unrouted, in the caller's write, unless it already is.</summary>
    private static async Task MarkUnroutedAsync(SqliteConnection connection, string canonicalUrl, CancellationToken ct)
    {
        var mark = connection.Reused("INSERT INTO unrouted (article_id, since) SELECT id, $now FROM articles WHERE canonical_url = $c ON CONFLICT DO NOTHING");
        mark.Parameters.AddWithValue("$c", canonicalUrl);
        mark.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        await mark.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<Article>> ReadUnroutedAsync(DateTimeOffset markedBefore, int limit, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = SelectColumns + " JOIN unrouted u ON u.article_id = a.id WHERE u.since <= $before ORDER BY a.sort_at, a.id LIMIT $limit";
        command.Parameters.AddWithValue("$before", markedBefore.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadAllAsync(connection, command, ct);
    }

    public async Task<bool> ContainsAsync(string canonicalUrl, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM articles WHERE canonical_url = $c";
        command.Parameters.AddWithValue("$c", canonicalUrl);
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    public async Task<Article?> GetAsync(string canonicalUrl, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = SelectColumns + " WHERE a.canonical_url = $c";
        command.Parameters.AddWithValue("$c", canonicalUrl);
        var list = await ReadAllAsync(connection, command, ct);
        return list.Count == 0 ? null : list[0];
    }

    public async Task<IReadOnlyList<Article>> QueryAsync(string? sourceId, DateTimeOffset? since, int limit, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        var where = new List<string>();
        if (sourceId is not null)
        {
            where.Add("EXISTS (SELECT 1 FROM article_sources s WHERE s.article_id = a.id AND s.source_id = $src)");
            command.Parameters.AddWithValue("$src", sourceId);
        }
        if (since is not null)
        {
            where.Add("a.sort_at >= $since");
            command.Parameters.AddWithValue("$since", since.Value.ToUnixTimeMilliseconds());
        }
        command.CommandText = SelectColumns
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")
            + " ORDER BY a.sort_at DESC, a.id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadAllAsync(connection, command, ct);
    }

    public async Task<IReadOnlyList<int>> CountByTimeAsync(DateTimeOffset from, TimeSpan bucket, int buckets, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        // sort_at is the publication time, the fetch time when there is none: a range on its index, no row read.
        command.CommandText = """
            SELECT (sort_at - $from) / $bucket, count(*) FROM articles
            WHERE sort_at >= $from AND sort_at < $end GROUP BY 1
            """;
        command.Parameters.AddWithValue("$from", from.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$bucket", TimeBuckets.BucketMs(bucket));
        command.Parameters.AddWithValue("$end", TimeBuckets.EndMs(from, bucket, buckets));
        return TimeBuckets.Fill(buckets, await SqliteCounts.ReadPairsAsync(command, ct));
    }

    public async Task<ArchivePage> ReadForReplayAsync(ArchiveCursor? after, int limit, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = SelectColumns + " WHERE (a.sort_at, a.id) > ($s, $id) ORDER BY a.sort_at, a.id LIMIT $limit";
        command.Parameters.AddWithValue("$s", after?.SortAt ?? long.MinValue);
        command.Parameters.AddWithValue("$id", after?.RowId ?? long.MinValue);
        command.Parameters.AddWithValue("$limit", limit);
        var rows = await ReadRowsAsync(connection, command, ct);
        var next = rows.Count < limit ? (ArchiveCursor?)null : new ArchiveCursor(rows[^1].SortAt, rows[^1].Id);
        return new ArchivePage(rows.Select(r => r.Article).ToList(), next);
    }

    private static async Task<IReadOnlyList<Article>> ReadAllAsync(SqliteConnection connection, SqliteCommand command, CancellationToken ct) =>
        (await ReadRowsAsync(connection, command, ct)).Select(r => r.Article).ToList();

    private static async Task<List<(long Id, long SortAt, Article Article)>> ReadRowsAsync(SqliteConnection connection, SqliteCommand command, CancellationToken ct)
    {
        var rows = new List<(long Id, long SortAt, Article Article)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                rows.Add((reader.GetInt64(0), reader.GetInt64(10), new Article
                {
                    CanonicalUrl = reader.GetString(1),
                    Url = reader.GetString(2),
                    Title = NullableString(reader, 3),
                    Author = NullableString(reader, 4),
                    PublishedAt = reader.IsDBNull(5) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5))
                        .ToOffset(reader.IsDBNull(11) ? TimeSpan.Zero : TimeSpan.FromMinutes(reader.GetInt64(11))),
                    FetchedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
                    Summary = NullableString(reader, 7),
                    Content = NullableString(reader, 8),
                    PageHtml = NullableString(reader, 9),
                    Revision = (int)reader.GetInt64(12),
                }));
            }
        }
        if (rows.Count == 0)
        {
            return rows;
        }

        // One query for the sources of all rows, not one per row.
        var sources = new Dictionary<long, List<string>>();
        using var sourceQuery = connection.CreateCommand();
        var names = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            names.Add("$a" + i);
            sourceQuery.Parameters.AddWithValue("$a" + i, rows[i].Id);
        }
        sourceQuery.CommandText = $"SELECT article_id, source_id FROM article_sources WHERE article_id IN ({string.Join(',', names)}) ORDER BY seen_at, source_id";
        await using (var reader = await sourceQuery.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetInt64(0);
                if (!sources.TryGetValue(id, out var list))
                {
                    sources[id] = list = [];
                }
                list.Add(reader.GetString(1));
            }
        }
        return rows.Select(r => (r.Id, r.SortAt, r.Article with { Sources = sources.GetValueOrDefault(r.Id) ?? [] })).ToList();
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
