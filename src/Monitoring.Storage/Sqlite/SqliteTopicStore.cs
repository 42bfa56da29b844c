using Microsoft.Data.Sqlite;

namespace Monitoring.Storage.Sqlite;

/// <summary>Topics and alert logs in the embedded database.</summary>
public sealed class SqliteTopicStore(SqliteDatabase db) : ITopicStore
{
    public async Task UpsertTopicAsync(TopicRow topic, CancellationToken ct = default)
    {
        await db.WriteAsync(async connection =>
        {
            var command = connection.Reused("""
                INSERT INTO topics (id, name, definition, created_at, updated_at) VALUES ($id, $name, $def, $created, $updated)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, definition = excluded.definition, updated_at = excluded.updated_at
                """);
            command.Parameters.AddWithValue("$id", topic.Id);
            command.Parameters.AddWithValue("$name", topic.Name);
            command.Parameters.AddWithValue("$def", topic.DefinitionJson);
            command.Parameters.AddWithValue("$created", topic.CreatedAt.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$updated", topic.UpdatedAt.ToUnixTimeMilliseconds());
            await command.ExecuteNonQueryAsync(ct);
            return true;
        }, ct);
    }

    public async Task<bool> RemoveTopicAsync(string id, CancellationToken ct = default)
    {
        return await db.WriteAsync(async connection =>
        {
            var command = connection.Reused("DELETE FROM topics WHERE id = $id");
            command.Parameters.AddWithValue("$id", id);
            return await command.ExecuteNonQueryAsync(ct) > 0;
        }, ct);
    }

    public async Task<TopicRow?> GetTopicAsync(string id, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, definition, created_at, updated_at FROM topics WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadTopic(reader) : null;
    }

    public async Task<IReadOnlyList<TopicRow>> ListTopicsAsync(CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, definition, created_at, updated_at FROM topics ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<TopicRow>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(ReadTopic(reader));
        }
        return list;
    }

    public async Task<IReadOnlyList<long>> AppendAlertsAsync(IReadOnlyList<AlertRow> alerts, CancellationToken ct = default)
    {
        if (alerts.Count == 0)
        {
            return [];
        }
        return await db.WriteAsync(connection => InsertAlertsAsync(connection, alerts, ct), ct);
    }

    public async Task<IReadOnlyList<long>> AppendAppliedAsync(JournalRow applied, IReadOnlyList<AlertRow> alerts, CancellationToken ct = default)
    {
        return await db.WriteAsync(async connection =>
        {
            // No conflict clause: a journal number taken twice means two writers of one topic (or a
            // race inside one), and the write must fail so the topic starts again from what is stored.
            var command = connection.Reused("INSERT INTO topic_journal (topic_id, seq, findings) VALUES ($t, $s, $f)");
            command.Parameters.AddWithValue("$t", applied.TopicId);
            command.Parameters.AddWithValue("$s", applied.Sequence);
            command.Parameters.AddWithValue("$f", applied.FindingsJson);
            await command.ExecuteNonQueryAsync(ct);
            return await InsertAlertsAsync(connection, alerts, ct);
        }, ct);
    }

    public async Task<long> LastSequenceAsync(string topicId, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(seq), 0) FROM alerts WHERE topic_id = $t";
        command.Parameters.AddWithValue("$t", topicId);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    public async Task<IReadOnlySet<string>> ReadIdentitiesAsync(string topicId, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT identity FROM alerts WHERE topic_id = $t";
        command.Parameters.AddWithValue("$t", topicId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var identities = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            identities.Add(reader.GetString(0));
        }
        return identities;
    }

    public async Task<IReadOnlyList<JournalRow>> ReadJournalAsync(string topicId, long afterSequence, int limit, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, findings FROM topic_journal WHERE topic_id = $t AND seq > $after ORDER BY seq LIMIT $limit";
        command.Parameters.AddWithValue("$t", topicId);
        command.Parameters.AddWithValue("$after", afterSequence);
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<JournalRow>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(new JournalRow(topicId, reader.GetInt64(0), reader.GetString(1)));
        }
        return list;
    }

    public async Task TrimJournalAsync(string topicId, long throughSequence, CancellationToken ct = default)
    {
        await db.WriteAsync(async connection =>
        {
            var command = connection.Reused("DELETE FROM topic_journal WHERE topic_id = $t AND seq <= $through");
            command.Parameters.AddWithValue("$t", topicId);
            command.Parameters.AddWithValue("$through", throughSequence);
            await command.ExecuteNonQueryAsync(ct);
            return true;
        }, ct);
    }

    private static async Task<IReadOnlyList<long>> InsertAlertsAsync(SqliteConnection connection, IReadOnlyList<AlertRow> alerts, CancellationToken ct)
    {
        if (alerts.Count == 0)
        {
            return [];
        }
        var added = new List<long>(alerts.Count);
        // An identity told before is skipped (an article applied again derives the same alerts). A
        // sequence taken by another identity fails the write: a second writer of the topic numbered it.
        var command = connection.Reused("""
            INSERT INTO alerts (topic_id, seq, kind, at, payload, identity) VALUES ($t, $s, $k, $at, $p, $i)
            ON CONFLICT (topic_id, identity) DO NOTHING
            """);
        var topic = command.Parameters.Add("$t", SqliteType.Text);
        var seq = command.Parameters.Add("$s", SqliteType.Integer);
        var kind = command.Parameters.Add("$k", SqliteType.Text);
        var at = command.Parameters.Add("$at", SqliteType.Integer);
        var payload = command.Parameters.Add("$p", SqliteType.Text);
        var identity = command.Parameters.Add("$i", SqliteType.Text);
        foreach (var alert in alerts)
        {
            topic.Value = alert.TopicId;
            seq.Value = alert.Sequence;
            kind.Value = alert.Kind;
            at.Value = alert.At.ToUnixTimeMilliseconds();
            payload.Value = alert.PayloadJson;
            identity.Value = alert.Identity;
            if (await command.ExecuteNonQueryAsync(ct) == 1)
            {
                added.Add(alert.Sequence);
            }
        }
        return added;
    }

    public async Task<IReadOnlyList<AlertRow>> ReadAlertsAsync(string topicId, long afterSequence, int limit, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT topic_id, seq, kind, at, payload, identity FROM alerts WHERE topic_id = $t AND seq > $after ORDER BY seq LIMIT $limit";
        command.Parameters.AddWithValue("$t", topicId);
        command.Parameters.AddWithValue("$after", afterSequence);
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<AlertRow>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(new AlertRow(reader.GetString(0), reader.GetInt64(1), reader.GetString(2),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)), reader.GetString(4), reader.GetString(5)));
        }
        return list;
    }

    public async Task<IReadOnlyList<int>> CountAlertsByTimeAsync(IReadOnlyCollection<string> topicIds, DateTimeOffset from, TimeSpan bucket, int buckets,
        CancellationToken ct = default)
    {
        if (topicIds.Count == 0)
        {
            return new int[buckets];
        }
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        // The topics as one JSON array: any number of them in one bound parameter.
        command.CommandText = """
            SELECT (at - $from) / $bucket, count(*) FROM alerts
            WHERE topic_id IN (SELECT value FROM json_each($topics)) AND at >= $from AND at < $end GROUP BY 1
            """;
        command.Parameters.AddWithValue("$topics", System.Text.Json.JsonSerializer.Serialize(topicIds));
        command.Parameters.AddWithValue("$from", from.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$bucket", TimeBuckets.BucketMs(bucket));
        command.Parameters.AddWithValue("$end", TimeBuckets.EndMs(from, bucket, buckets));
        return TimeBuckets.Fill(buckets, await SqliteCounts.ReadPairsAsync(command, ct));
    }

    public async Task ClearAlertsAsync(string topicId, CancellationToken ct = default)
    {
        await db.WriteAsync(async connection =>
        {
            var command = connection.Reused("DELETE FROM alerts WHERE topic_id = $t");
            command.Parameters.AddWithValue("$t", topicId);
            await command.ExecuteNonQueryAsync(ct);
            return true;
        }, ct);
    }

    private static TopicRow ReadTopic(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)));
}
