using Microsoft.Data.Sqlite;
using Monitoring.Abstractions;

namespace Monitoring.Storage.Sqlite;

/// <summary>
/// The source catalog and schedule in the embedded database. Registrations and removals are written ahead of the
/// queued poll writes (<see cref="SqliteDatabase.WriteFirstAsync{T}"/>): a request waits on them, a poll does not.
/// </summary>
public sealed class SqliteSourceCatalog(SqliteDatabase db) : ISourceCatalog
{
    private const string Columns = "id, url, title, created_at, health, validators";

    public async Task UpsertAsync(CatalogEntry entry, int shard, DateTimeOffset nextPollAt, CancellationToken ct = default)
    {
        await db.WriteFirstAsync(async connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO sources (id, url, title, shard, next_poll_at, created_at, health, state)
                VALUES ($id, $url, $title, $shard, $next, $created, $health, $state)
                ON CONFLICT (id) DO UPDATE SET url = excluded.url, title = coalesce(excluded.title, sources.title),
                    shard = excluded.shard, next_poll_at = excluded.next_poll_at, health = excluded.health, state = excluded.state
                """;
            command.Parameters.AddWithValue("$id", entry.Id);
            command.Parameters.AddWithValue("$url", entry.Url);
            command.Parameters.AddWithValue("$title", (object?)entry.Title ?? DBNull.Value);
            command.Parameters.AddWithValue("$shard", shard);
            command.Parameters.AddWithValue("$next", nextPollAt.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$created", entry.CreatedAt.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$health", HealthJson.Write(entry.Health));
            command.Parameters.AddWithValue("$state", (int)entry.Health.State);
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
        return await db.WriteFirstAsync<IReadOnlyList<bool>>(async connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO sources (id, url, title, shard, next_poll_at, created_at, health, state)
                VALUES ($id, $url, $title, $shard, $next, $created, $health, $state)
                ON CONFLICT (id) DO NOTHING
                """;
            var id = command.Parameters.Add("$id", SqliteType.Text);
            var url = command.Parameters.Add("$url", SqliteType.Text);
            var title = command.Parameters.Add("$title", SqliteType.Text);
            var shard = command.Parameters.Add("$shard", SqliteType.Integer);
            var next = command.Parameters.Add("$next", SqliteType.Integer);
            var created = command.Parameters.Add("$created", SqliteType.Integer);
            var health = command.Parameters.Add("$health", SqliteType.Text);
            var state = command.Parameters.Add("$state", SqliteType.Integer);
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
                state.Value = (int)s.Entry.Health.State;
                inserted[i] = await command.ExecuteNonQueryAsync(ct) > 0;
            }
            return inserted;
        }, ct);
    }

    public async Task UpdateHealthAsync(string id, string? title, SourceHealth health, DateTimeOffset nextPollAt, PollRecord? poll = null,
        PollValidators? validators = null, CancellationToken ct = default)
    {
        await db.WriteAsync(async connection =>
        {
            var command = connection.Reused("""
                UPDATE sources SET title = coalesce($title, title), health = $health, state = $state, next_poll_at = $next, claimed_until = NULL,
                    validators = coalesce($validators, validators)
                WHERE id = $id
                """);
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$title", (object?)title ?? DBNull.Value);
            command.Parameters.AddWithValue("$health", HealthJson.Write(health));
            command.Parameters.AddWithValue("$state", (int)health.State);
            command.Parameters.AddWithValue("$next", nextPollAt.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$validators", validators is null ? DBNull.Value : PollValidators.Write(validators));
            await command.ExecuteNonQueryAsync(ct);
            if (poll is not null)
            {
                await InsertPollAsync(connection, id, poll, ct);
            }
            return true;
        }, ct);
    }

    public async Task<bool> RemoveAsync(string id, CancellationToken ct = default)
    {
        return await db.WriteFirstAsync(async connection =>
        {
            using (var polls = connection.CreateCommand())
            {
                polls.CommandText = "DELETE FROM source_polls WHERE source_id = $id";
                polls.Parameters.AddWithValue("$id", id);
                await polls.ExecuteNonQueryAsync(ct);
            }
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
        command.CommandText = $"SELECT {Columns} FROM sources WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<CatalogEntry>> ListAsync(int offset, int limit, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM sources ORDER BY created_at, id LIMIT $limit OFFSET $offset";
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
        command.CommandText = $"SELECT {Columns} FROM sources WHERE id > $after ORDER BY id LIMIT $limit";
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

    public async Task<SourcePage> FindAsync(SourceFilter filter, int offset, int limit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await db.OpenAsync(ct);
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM sources WHERE " + Where(count, filter);
        var matching = Convert.ToInt32(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM sources WHERE " + Where(command, filter)
            + " ORDER BY created_at, id LIMIT $limit OFFSET $offset";
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<CatalogEntry>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(Read(reader));
        }
        return new SourcePage(list, matching);
    }

    public async Task<IReadOnlyDictionary<SourceState, int>> CountByStateAsync(CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT state, count(*) FROM sources GROUP BY state";
        var counts = Enum.GetValues<SourceState>().ToDictionary(s => s, _ => 0);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            counts[(SourceState)reader.GetInt32(0)] = reader.GetInt32(1);
        }
        return counts;
    }

    public async Task RecordPollAsync(string id, PollRecord poll, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(poll);
        await db.WriteAsync(async connection =>
        {
            await InsertPollAsync(connection, id, poll, ct);
            return true;
        }, ct);
    }

    private static async Task InsertPollAsync(SqliteConnection connection, string id, PollRecord poll, CancellationToken ct)
    {
        // The newest Kept stay: the row Kept places below the newest, and all older, go.
        var command = connection.Reused("""
            INSERT INTO source_polls (source_id, at, duration_ms, succeeded, not_modified, http_status, items_in_feed, new_items, new_articles, error)
            VALUES ($id, $at, $duration, $succeeded, $notModified, $status, $items, $newItems, $newArticles, $error);
            DELETE FROM source_polls WHERE source_id = $id
                AND id <= (SELECT id FROM source_polls WHERE source_id = $id ORDER BY id DESC LIMIT 1 OFFSET $kept);
            """);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$at", poll.At.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$duration", poll.DurationMs);
        command.Parameters.AddWithValue("$succeeded", poll.Succeeded);
        command.Parameters.AddWithValue("$notModified", poll.NotModified);
        command.Parameters.AddWithValue("$status", (object?)poll.HttpStatus ?? DBNull.Value);
        command.Parameters.AddWithValue("$items", poll.ItemsInFeed);
        command.Parameters.AddWithValue("$newItems", poll.NewItems);
        command.Parameters.AddWithValue("$newArticles", poll.NewArticles);
        command.Parameters.AddWithValue("$error", (object?)poll.Error ?? DBNull.Value);
        command.Parameters.AddWithValue("$kept", PollRecord.Kept);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<PollRecord>> RecentPollsAsync(string id, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT at, duration_ms, succeeded, not_modified, http_status, items_in_feed, new_items, new_articles, error
            FROM source_polls WHERE source_id = $id ORDER BY id DESC
            """;
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var polls = new List<PollRecord>();
        while (await reader.ReadAsync(ct))
        {
            polls.Add(new PollRecord(
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)),
                reader.GetInt32(1),
                reader.GetBoolean(2),
                reader.GetBoolean(3),
                reader.IsDBNull(4) ? null : reader.GetInt32(4),
                reader.GetInt32(5),
                reader.GetInt32(6),
                reader.GetInt32(7),
                reader.IsDBNull(8) ? null : reader.GetString(8)));
        }
        return polls;
    }

    /// <summary>
    /// The filter as a WHERE clause, its values bound on <paramref name="command"/>: the state, then each word
    /// found in the URL or the title. <c>instr</c> rather than LIKE, so <c>%</c> and <c>_</c> are plain characters.
    /// </summary>
    private static string Where(SqliteCommand command, SourceFilter filter)
    {
        var clauses = new List<string> { "1 = 1" };
        if (filter.State is { } state)
        {
            clauses.Add("state = $state");
            command.Parameters.AddWithValue("$state", (int)state);
        }
        for (var i = 0; i < filter.Words.Count; i++)
        {
            clauses.Add($"(instr(lower(url), lower($w{i})) > 0 OR instr(lower(coalesce(title, '')), lower($w{i})) > 0)");
            command.Parameters.AddWithValue($"$w{i}", filter.Words[i]);
        }
        return string.Join(" AND ", clauses);
    }

    /// <summary>The owner is not kept: one silo owns the embedded store, and frees all its claims as it starts (<see cref="ReleaseClaimsAsync"/>).</summary>
    public async Task<IReadOnlyList<string>> ClaimDueAsync(int shard, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, string? owner = null, CancellationToken ct = default)
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

    /// <summary>One silo owns the embedded store: there is never another silo's claim to free.</summary>
    public Task<int> ReleaseClaimsOfAsync(IReadOnlyCollection<string> owners, DateTimeOffset now, CancellationToken ct = default) => Task.FromResult(0);

    public async Task<int> ReleaseClaimsHeldAsync(IReadOnlyCollection<string> ids, string owner, DateTimeOffset now, CancellationToken ct = default)
    {
        return await db.WriteAsync(async connection =>
        {
            var freed = 0;
            foreach (var id in ids)
            {
                using var command = connection.CreateCommand();
                command.CommandText = "UPDATE sources SET next_poll_at = $now, claimed_until = NULL WHERE id = $id AND claimed_until IS NOT NULL";
                command.Parameters.AddWithValue("$id", id);
                command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
                freed += await command.ExecuteNonQueryAsync(ct);
            }
            return freed;
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
        HealthJson.Read(reader.GetString(4)),
        PollValidators.Read(reader.IsDBNull(5) ? null : reader.GetString(5)));
}
