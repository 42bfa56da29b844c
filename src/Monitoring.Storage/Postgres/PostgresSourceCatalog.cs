using Monitoring.Abstractions;
using Npgsql;

namespace Monitoring.Storage.Postgres;

/// <summary>
/// The source catalog and schedule in PostgreSQL, shared by every silo. A claim is a lease of at most
/// <paramref name="claimLease"/>: no silo may release another's claims (it cannot tell a dead silo's
/// poll from a slow live one), so a claim whose silo died simply runs out and the source is due again.
/// </summary>
public sealed class PostgresSourceCatalog(PostgresDatabase db, TimeSpan claimLease) : ISourceCatalog
{
    private const string Columns = "id, url, title, created_at, health, validators";

    /// <summary>
    /// A filter as SQL over <c>@state</c> (-1: any) and <c>@words</c>, every one of which must be found in the URL or
    /// the title (<c>strpos</c> rather than LIKE, so <c>%</c> and <c>_</c> are plain characters).
    /// </summary>
    private const string Where = """
        (@state < 0 OR state = @state)
        AND NOT EXISTS (SELECT 1 FROM unnest(@words::text[]) AS w(word)
                        WHERE strpos(lower(url), lower(w.word)) = 0 AND strpos(lower(coalesce(title, '')), lower(w.word)) = 0)
        """;

    public async Task UpsertAsync(CatalogEntry entry, int shard, DateTimeOffset nextPollAt, CancellationToken ct = default) =>
        await db.ExecuteAsync("""
            INSERT INTO sources (id, url, title, shard, next_poll_at, created_at, health, state)
            VALUES (@id, @url, @title, @shard, @next, @created, @health, @state)
            ON CONFLICT (id) DO UPDATE SET url = excluded.url, title = coalesce(excluded.title, sources.title),
                shard = excluded.shard, next_poll_at = excluded.next_poll_at, health = excluded.health, state = excluded.state
            """, new
        {
            id = entry.Id,
            url = entry.Url,
            title = entry.Title,
            shard,
            next = nextPollAt.ToUnixTimeMilliseconds(),
            created = entry.CreatedAt.ToUnixTimeMilliseconds(),
            health = HealthJson.Write(entry.Health),
            state = (int)entry.Health.State,
        }, ct);

    public async Task<IReadOnlyList<bool>> AddManyAsync(IReadOnlyList<NewSource> sources, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0)
        {
            return [];
        }
        // One statement over arrays: one round trip and one transaction for the whole batch.
        var added = await db.QueryAsync("""
            INSERT INTO sources (id, url, title, shard, next_poll_at, created_at, health, state)
            SELECT * FROM unnest(@ids, @urls, @titles, @shards, @nexts, @createds, @healths, @states)
            ON CONFLICT (id) DO NOTHING
            RETURNING id
            """, r => r.GetString(0), new
        {
            ids = sources.Select(s => s.Entry.Id).ToArray(),
            urls = sources.Select(s => s.Entry.Url).ToArray(),
            titles = sources.Select(s => s.Entry.Title).ToArray(),
            shards = sources.Select(s => s.Shard).ToArray(),
            nexts = sources.Select(s => s.NextPollAt.ToUnixTimeMilliseconds()).ToArray(),
            createds = sources.Select(s => s.Entry.CreatedAt.ToUnixTimeMilliseconds()).ToArray(),
            healths = sources.Select(s => HealthJson.Write(s.Entry.Health)).ToArray(),
            states = sources.Select(s => (int)s.Entry.Health.State).ToArray(),
        }, ct);
        var inserted = added.ToHashSet(StringComparer.Ordinal);
        // A batch naming one id twice inserts it once: only its first occurrence counts as inserted.
        var counted = new HashSet<string>(StringComparer.Ordinal);
        return sources.Select(s => inserted.Contains(s.Entry.Id) && counted.Add(s.Entry.Id)).ToList();
    }

    public async Task UpdateHealthAsync(string id, string? title, SourceHealth health, DateTimeOffset nextPollAt, PollRecord? poll = null,
        PollValidators? validators = null, CancellationToken ct = default)
    {
        const string update = """
            UPDATE sources SET title = coalesce(@title, title), health = @health, state = @state, next_poll_at = @next, claimed_until = NULL, claimed_by = NULL,
                validators = coalesce(@validators, validators)
            WHERE id = @id
            """;
        var args = new
        {
            id,
            title,
            health = HealthJson.Write(health),
            state = (int)health.State,
            next = nextPollAt.ToUnixTimeMilliseconds(),
            validators = validators is null ? null : PollValidators.Write(validators),
        };
        if (poll is null)
        {
            await db.ExecuteAsync(update, args, ct);
            return;
        }
        await db.TransactionAsync(async session =>
        {
            await session.ExecuteAsync(update, args);
            return await InsertPollAsync(session, id, poll);
        }, ct);
    }

    public async Task<bool> RemoveAsync(string id, CancellationToken ct = default) =>
        await db.TransactionAsync(async session =>
        {
            await session.ExecuteAsync("DELETE FROM source_polls WHERE source_id = @id", new { id });
            return await session.ExecuteAsync("DELETE FROM sources WHERE id = @id", new { id }) > 0;
        }, ct);

    public async Task<CatalogEntry?> GetAsync(string id, CancellationToken ct = default) =>
        (await db.QueryAsync($"SELECT {Columns} FROM sources WHERE id = @id", Read, new { id }, ct)).FirstOrDefault();

    public async Task<IReadOnlyList<CatalogEntry>> ListAsync(int offset, int limit, CancellationToken ct = default) =>
        await db.QueryAsync($"SELECT {Columns} FROM sources ORDER BY created_at, id LIMIT @limit OFFSET @offset", Read, new { limit, offset }, ct);

    public async Task<IReadOnlyList<CatalogEntry>> ListAfterAsync(string? afterId, int limit, CancellationToken ct = default) =>
        // The primary key's order; every id sorts after the empty string.
        await db.QueryAsync($"SELECT {Columns} FROM sources WHERE id > @after ORDER BY id LIMIT @limit", Read, new { after = afterId ?? "", limit }, ct);

    public async Task<int> CountAsync(CancellationToken ct = default) =>
        (int)await db.ScalarAsync<long>("SELECT count(*) FROM sources", null, ct);

    public async Task<SourcePage> FindAsync(SourceFilter filter, int offset, int limit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var args = new { state = filter.State is { } s ? (int)s : -1, words = filter.Words.ToArray(), offset, limit };
        return await db.RunAsync(async session =>
        {
            var matching = await session.ScalarAsync<long>($"SELECT count(*) FROM sources WHERE {Where}", args);
            var items = await session.QueryAsync($"SELECT {Columns} FROM sources WHERE {Where} ORDER BY created_at, id LIMIT @limit OFFSET @offset", Read, args);
            return new SourcePage(items, (int)matching);
        }, ct);
    }

    public async Task<IReadOnlyDictionary<SourceState, int>> CountByStateAsync(CancellationToken ct = default)
    {
        var rows = await db.QueryAsync("SELECT state, count(*) FROM sources GROUP BY state", r => (State: (SourceState)r.GetInt32(0), Count: (int)r.GetInt64(1)), null, ct);
        var counts = Enum.GetValues<SourceState>().ToDictionary(s => s, _ => 0);
        foreach (var (state, count) in rows)
        {
            counts[state] = count;
        }
        return counts;
    }

    public async Task RecordPollAsync(string id, PollRecord poll, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(poll);
        await db.TransactionAsync(session => InsertPollAsync(session, id, poll), ct);
    }

    // The grain polls one source at a time, so two records of one source never race here.
    private static async Task<int> InsertPollAsync(PgSession session, string id, PollRecord poll)
    {
        await session.ExecuteAsync("""
            INSERT INTO source_polls (source_id, at, duration_ms, succeeded, not_modified, http_status, items_in_feed, new_items, new_articles, error)
            VALUES (@id, @at, @duration, @succeeded, @notModified, @status, @items, @newItems, @newArticles, @error)
            """, new
        {
            id,
            at = poll.At.ToUnixTimeMilliseconds(),
            duration = poll.DurationMs,
            succeeded = poll.Succeeded,
            notModified = poll.NotModified,
            status = poll.HttpStatus,
            items = poll.ItemsInFeed,
            newItems = poll.NewItems,
            newArticles = poll.NewArticles,
            error = poll.Error,
        });
        return await session.ExecuteAsync("""
            DELETE FROM source_polls WHERE source_id = @id
                AND id <= (SELECT id FROM source_polls WHERE source_id = @id ORDER BY id DESC LIMIT 1 OFFSET @kept)
            """, new { id, kept = PollRecord.Kept });
    }

    public async Task<IReadOnlyList<PollRecord>> RecentPollsAsync(string id, CancellationToken ct = default) =>
        await db.QueryAsync("""
            SELECT at, duration_ms, succeeded, not_modified, http_status, items_in_feed, new_items, new_articles, error
            FROM source_polls WHERE source_id = @id ORDER BY id DESC
            """, r => new PollRecord(
            DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(0)),
            r.GetInt32(1),
            r.GetBoolean(2),
            r.GetBoolean(3),
            r.IsDBNull(4) ? null : r.GetInt32(4),
            r.GetInt32(5),
            r.GetInt32(6),
            r.GetInt32(7),
            r.IsDBNull(8) ? null : r.GetString(8)), new { id }, ct);

    public async Task<IReadOnlyList<string>> ClaimDueAsync(int shard, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, string? owner = null, CancellationToken ct = default)
    {
        var lease = leaseUntil < now + claimLease ? leaseUntil : now + claimLease;
        // SKIP LOCKED: two silos scanning one shard at once (a shard moving between them) split the due rows.
        return await db.QueryAsync("""
            UPDATE sources SET next_poll_at = @lease, claimed_until = @lease, claimed_by = @owner
            WHERE id IN (SELECT id FROM sources WHERE shard = @shard AND next_poll_at <= @now
                         ORDER BY next_poll_at LIMIT @limit FOR UPDATE SKIP LOCKED)
            RETURNING id
            """, r => r.GetString(0), new { shard, now = now.ToUnixTimeMilliseconds(), lease = lease.ToUnixTimeMilliseconds(), limit, owner }, ct);
    }

    public async Task<int> ReleaseClaimsOfAsync(IReadOnlyCollection<string> owners, DateTimeOffset now, CancellationToken ct = default) =>
        owners.Count == 0 ? 0 : await db.ExecuteAsync("""
            UPDATE sources SET next_poll_at = @now, claimed_until = NULL, claimed_by = NULL
            WHERE claimed_by = ANY(@owners) AND claimed_until IS NOT NULL
            """, new { owners = owners.ToArray(), now = now.ToUnixTimeMilliseconds() }, ct);

    public async Task<int> ReleaseClaimsHeldAsync(IReadOnlyCollection<string> ids, string owner, DateTimeOffset now, CancellationToken ct = default) =>
        ids.Count == 0 ? 0 : await db.ExecuteAsync("""
            UPDATE sources SET next_poll_at = @now, claimed_until = NULL, claimed_by = NULL
            WHERE id = ANY(@ids) AND claimed_by = @owner AND claimed_until IS NOT NULL
            """, new { ids = ids.ToArray(), owner, now = now.ToUnixTimeMilliseconds() }, ct);

    /// <summary>
    /// Forgets only claims whose lease has run out (those sources are already due): with many silos on
    /// one catalog, a claim still within its lease may belong to a poll running on another silo.
    /// </summary>
    public async Task<int> ReleaseClaimsAsync(DateTimeOffset now, CancellationToken ct = default) =>
        await db.ExecuteAsync("UPDATE sources SET claimed_until = NULL WHERE claimed_until <= @now",
            new { now = now.ToUnixTimeMilliseconds() }, ct);

    private static CatalogEntry Read(NpgsqlDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.IsDBNull(2) ? null : r.GetString(2),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3)),
        HealthJson.Read(r.GetString(4)),
        PollValidators.Read(r.IsDBNull(5) ? null : r.GetString(5)));
}
