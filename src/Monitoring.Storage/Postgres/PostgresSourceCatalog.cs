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
    private const string Columns = "id, url, title, created_at, health";

    public async Task UpsertAsync(CatalogEntry entry, int shard, DateTimeOffset nextPollAt, CancellationToken ct = default) =>
        await db.ExecuteAsync("""
            INSERT INTO sources (id, url, title, shard, next_poll_at, created_at, health)
            VALUES (@id, @url, @title, @shard, @next, @created, @health)
            ON CONFLICT (id) DO UPDATE SET url = excluded.url, title = coalesce(excluded.title, sources.title),
                shard = excluded.shard, next_poll_at = excluded.next_poll_at, health = excluded.health
            """, new
        {
            id = entry.Id,
            url = entry.Url,
            title = entry.Title,
            shard,
            next = nextPollAt.ToUnixTimeMilliseconds(),
            created = entry.CreatedAt.ToUnixTimeMilliseconds(),
            health = HealthJson.Write(entry.Health),
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
            INSERT INTO sources (id, url, title, shard, next_poll_at, created_at, health)
            SELECT * FROM unnest(@ids, @urls, @titles, @shards, @nexts, @createds, @healths)
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
        }, ct);
        var inserted = added.ToHashSet(StringComparer.Ordinal);
        // A batch naming one id twice inserts it once: only its first occurrence counts as inserted.
        var counted = new HashSet<string>(StringComparer.Ordinal);
        return sources.Select(s => inserted.Contains(s.Entry.Id) && counted.Add(s.Entry.Id)).ToList();
    }

    public async Task UpdateHealthAsync(string id, string? title, SourceHealth health, DateTimeOffset nextPollAt, CancellationToken ct = default) =>
        await db.ExecuteAsync("""
            UPDATE sources SET title = coalesce(@title, title), health = @health, next_poll_at = @next, claimed_until = NULL WHERE id = @id
            """, new { id, title, health = HealthJson.Write(health), next = nextPollAt.ToUnixTimeMilliseconds() }, ct);

    public async Task<bool> RemoveAsync(string id, CancellationToken ct = default) =>
        await db.ExecuteAsync("DELETE FROM sources WHERE id = @id", new { id }, ct) > 0;

    public async Task<CatalogEntry?> GetAsync(string id, CancellationToken ct = default) =>
        (await db.QueryAsync($"SELECT {Columns} FROM sources WHERE id = @id", Read, new { id }, ct)).FirstOrDefault();

    public async Task<IReadOnlyList<CatalogEntry>> ListAsync(int offset, int limit, CancellationToken ct = default) =>
        await db.QueryAsync($"SELECT {Columns} FROM sources ORDER BY created_at, id LIMIT @limit OFFSET @offset", Read, new { limit, offset }, ct);

    public async Task<IReadOnlyList<CatalogEntry>> ListAfterAsync(string? afterId, int limit, CancellationToken ct = default) =>
        // The primary key's order; every id sorts after the empty string.
        await db.QueryAsync($"SELECT {Columns} FROM sources WHERE id > @after ORDER BY id LIMIT @limit", Read, new { after = afterId ?? "", limit }, ct);

    public async Task<int> CountAsync(CancellationToken ct = default) =>
        (int)await db.ScalarAsync<long>("SELECT count(*) FROM sources", null, ct);

    public async Task<IReadOnlyList<string>> ClaimDueAsync(int shard, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken ct = default)
    {
        var lease = leaseUntil < now + claimLease ? leaseUntil : now + claimLease;
        // SKIP LOCKED: two silos scanning one shard at once (a shard moving between them) split the due rows.
        return await db.QueryAsync("""
            UPDATE sources SET next_poll_at = @lease, claimed_until = @lease
            WHERE id IN (SELECT id FROM sources WHERE shard = @shard AND next_poll_at <= @now
                         ORDER BY next_poll_at LIMIT @limit FOR UPDATE SKIP LOCKED)
            RETURNING id
            """, r => r.GetString(0), new { shard, now = now.ToUnixTimeMilliseconds(), lease = lease.ToUnixTimeMilliseconds(), limit }, ct);
    }

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
        HealthJson.Read(r.GetString(4)));
}
