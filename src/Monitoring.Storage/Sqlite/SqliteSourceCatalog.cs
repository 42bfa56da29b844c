using Microsoft.Data.Sqlite;
using Monitoring.Abstractions;

namespace Monitoring.Storage.Sqlite;

/// <summary>The source catalog and schedule in the embedded database.</summary>
public sealed class SqliteSourceCatalog(SqliteDatabase db) : ISourceCatalog
{
    public async Task UpsertAsync(CatalogEntry entry, int shard, DateTimeOffset nextPollAt, CancellationToken ct = default)
    {
        await db.WriteAsync(async connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO sources (id, url, title, shard, next_poll_at, created_at, health)
                VALUES ($id, $url, $title, $shard, $next, $created, $health)
                ON CONFLICT (id) DO UPDATE SET url = excluded.url, title = coalesce(excluded.title, sources.title),
                    shard = excluded.shard, next_poll_at = excluded.next_poll_at, health = excluded.health
                """;
            command.Parameters.AddWithValue("$id", entry.Id);
            command.Parameters.AddWithValue("$url", entry.Url);
            command.Parameters.AddWithValue("$title", (object?)entry.Title ?? DBNull.Value);
            command.Parameters.AddWithValue("$shard", shard);
            command.Parameters.AddWithValue("$next", nextPollAt.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$created", entry.CreatedAt.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$health", HealthJson.Write(entry.Health));
            await command.ExecuteNonQueryAsync(ct);
            return true;
        }, ct);
    }

    public async Task<IReadOnlyList<bool>> AddManyAsync(IReadOnlyList<NewSource> sources, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0)
        {
            return [];
        }
        return await db.WriteAsync<IReadOnlyList<bool>>(async connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO sources (id, url, title, shard, next_poll_at, created_at, health)
                VALUES ($id, $url, $title, $shard, $next, $created, $health)
                ON CONFLICT (id) DO NOTHING
                """;
            var id = command.Parameters.Add("$id", SqliteType.Text);
            var url = command.Parameters.Add("$url", SqliteType.Text);
            var title = command.Parameters.Add("$title", SqliteType.Text);
            var shard = command.Parameters.Add("$shard", SqliteType.Integer);
            var next = command.Parameters.Add("$next", SqliteType.Integer);
            var created = command.Parameters.Add("$created", SqliteType.Integer);
            var health = command.Parameters.Add("$health", SqliteType.Text);
            var inserted = new bool[sources.Count];
            for (var i = 0; i < sources.Count; i++)
            {
                var s = sources[i];
                id.Value = s.Entry.Id;
                url.Value = s.Entry.Url;
                title.Value = (object?)s.Entry.Title ?? DBNull.Value;
                shard.Value = s.Shard;
                next.Value = s.NextPollAt.ToUnixTimeMilliseconds();
                created.Value = s.Entry.CreatedAt.ToUnixTimeMilliseconds();
                health.Value = HealthJson.Write(s.Entry.Health);
                inserted[i] = await command.ExecuteNonQueryAsync(ct) > 0;
            }
            return inserted;
        }, ct);
    }

    public async Task UpdateHealthAsync(string id, string? title, SourceHealth health, DateTimeOffset nextPollAt, CancellationToken ct = default)
    {
        await db.WriteAsync(async connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE sources SET title = coalesce($title, title), health = $health, next_poll_at = $next, claimed_until = NULL WHERE id = $id
                """;
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$title", (object?)title ?? DBNull.Value);
            command.Parameters.AddWithValue("$health", HealthJson.Write(health));
            command.Parameters.AddWithValue("$next", nextPollAt.ToUnixTimeMilliseconds());
            await command.ExecuteNonQueryAsync(ct);
            return true;
        }, ct);
    }

    public async Task<bool> RemoveAsync(string id, CancellationToken ct = default)
    {
        return await db.WriteAsync(async connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM sources WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            return await command.ExecuteNonQueryAsync(ct) > 0;
        }, ct);
    }

    public async Task<CatalogEntry?> GetAsync(string id, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, url, title, created_at, health FROM sources WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<CatalogEntry>> ListAsync(int offset, int limit, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, url, title, created_at, health FROM sources ORDER BY created_at, id LIMIT $limit OFFSET $offset";
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<CatalogEntry>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(Read(reader));
        }
        return list;
    }

    public async Task<IReadOnlyList<CatalogEntry>> ListAfterAsync(string? afterId, int limit, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        // The primary key's order; every id sorts after the empty string.
        command.CommandText = "SELECT id, url, title, created_at, health FROM sources WHERE id > $after ORDER BY id LIMIT $limit";
        command.Parameters.AddWithValue("$after", afterId ?? "");
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<CatalogEntry>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(Read(reader));
        }
        return list;
    }

    public async Task<int> CountAsync(CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sources";
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<string>> ClaimDueAsync(int shard, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken ct = default)
    {
        return await db.WriteAsync(async connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE sources SET next_poll_at = $lease, claimed_until = $lease
                WHERE id IN (SELECT id FROM sources WHERE shard = $shard AND next_poll_at <= $now
                             ORDER BY next_poll_at LIMIT $limit)
                RETURNING id
                """;
            command.Parameters.AddWithValue("$shard", shard);
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$lease", leaseUntil.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$limit", limit);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var ids = new List<string>();
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetString(0));
            }
            return ids;
        }, ct);
    }

    public async Task<int> ReleaseClaimsAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        return await db.WriteAsync(async connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE sources SET next_poll_at = $now, claimed_until = NULL WHERE claimed_until IS NOT NULL";
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync(ct);
        }, ct);
    }

    private static CatalogEntry Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
        HealthJson.Read(reader.GetString(4)));
}
