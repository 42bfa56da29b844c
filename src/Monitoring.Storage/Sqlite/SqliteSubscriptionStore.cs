using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Monitoring.Storage.Sqlite;

/// <summary>Subscriptions and their delivery outbox in the embedded database.</summary>
public sealed class SqliteSubscriptionStore(SqliteDatabase db, SecretProtector secrets) : ISubscriptionStore
{
    private const string DeliveryColumns = "subscription_id, topic_id, seq, body, enqueued_at, attempts, first_failure_at, next_attempt_at, last_error";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task UpsertAsync(Subscription subscription, long? startAfter = null, CancellationToken ct = default)
    {
        await db.WriteAsync(async connection =>
        {
            var command = connection.Reused("""
                INSERT INTO subscriptions (id, owner, topic_id, definition, disabled, created_at, updated_at, enqueued_through)
                VALUES ($id, $owner, $topic, $def, $disabled, $created, $updated,
                    (SELECT min(coalesce($start, max(seq), 0), coalesce(max(seq), 0)) FROM alerts WHERE topic_id = $topic))
                ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, topic_id = excluded.topic_id, definition = excluded.definition,
                    disabled = excluded.disabled, updated_at = excluded.updated_at
                """);
            command.Parameters.AddWithValue("$id", subscription.Id);
            command.Parameters.AddWithValue("$owner", subscription.Owner);
            command.Parameters.AddWithValue("$topic", subscription.Topic);
            command.Parameters.AddWithValue("$def", JsonSerializer.Serialize(Sealed(subscription) with { DisabledReason = null }, Json));
            command.Parameters.AddWithValue("$disabled", (object?)subscription.DisabledReason ?? DBNull.Value);
            command.Parameters.AddWithValue("$created", subscription.CreatedAt.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$updated", subscription.UpdatedAt.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$start", (object?)startAfter ?? DBNull.Value);
            await command.ExecuteNonQueryAsync(ct);
            return true;
        }, ct);
    }

    public async Task<Subscription?> GetAsync(string id, CancellationToken ct = default)
    {
        var list = await QuerySubscriptionsAsync("WHERE id = $p", id, ct);
        return list.Count > 0 ? list[0] : null;
    }

    public Task<IReadOnlyList<Subscription>> ListAsync(string? owner, CancellationToken ct = default) =>
        owner is null ? QuerySubscriptionsAsync("ORDER BY created_at, id", null, ct) : QuerySubscriptionsAsync("WHERE owner = $p ORDER BY created_at, id", owner, ct);

    public Task<IReadOnlyList<Subscription>> ListActiveByTopicAsync(string topicId, CancellationToken ct = default) =>
        QuerySubscriptionsAsync("WHERE topic_id = $p AND disabled IS NULL", topicId, ct);

    public async Task<bool> HasSubscriptionAsync(string owner, string topicId, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM subscriptions WHERE owner = $owner AND topic_id = $topic)";
        command.Parameters.AddWithValue("$owner", owner);
        command.Parameters.AddWithValue("$topic", topicId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) != 0;
    }

    public async Task<bool> RemoveAsync(string id, CancellationToken ct = default) =>
        await db.WriteAsync(async connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM deliveries WHERE subscription_id = $id";
            command.Parameters.AddWithValue("$id", id);
            await command.ExecuteNonQueryAsync(ct);
            command.CommandText = "DELETE FROM delivery_leases WHERE subscription_id = $id";
            await command.ExecuteNonQueryAsync(ct);
            command.CommandText = "DELETE FROM queued_ahead WHERE subscription_id = $id";
            await command.ExecuteNonQueryAsync(ct);
            command.CommandText = "DELETE FROM subscriptions WHERE id = $id";
            return await command.ExecuteNonQueryAsync(ct) > 0;
        }, ct);

    public async Task SetDisabledAsync(string id, string reason, CancellationToken ct = default) =>
        await ExecuteWriteAsync("UPDATE subscriptions SET disabled = $reason WHERE id = $id", ct, ("$id", id), ("$reason", reason));

    public async Task<long> EnqueuedThroughAsync(string subscriptionId, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT enqueued_through FROM subscriptions WHERE id = $id";
        command.Parameters.AddWithValue("$id", subscriptionId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct) ?? 0L, CultureInfo.InvariantCulture);
    }

    public async Task EnqueueAsync(IReadOnlyList<OutboxEntry> deliveries, IReadOnlyDictionary<string, (long From, long Through)>? through = null, CancellationToken ct = default)
    {
        if (deliveries.Count == 0 && (through is null || through.Count == 0))
        {
            return;
        }
        var writes = OutboxWrite.Plan(deliveries, through);
        // The single writer runs this whole: the cursor read here is the one the conditions hold against.
        await db.WriteAsync(async connection =>
        {
            var read = connection.Reused("SELECT enqueued_through FROM subscriptions WHERE id = $id");
            var readId = read.Parameters.Add("$id", SqliteType.Text);
            var insert = connection.Reused("""
                INSERT INTO deliveries (subscription_id, topic_id, seq, body, enqueued_at, attempts, next_attempt_at)
                SELECT $sub, $topic, $seq, $body, $at, 0, $at
                WHERE NOT EXISTS (SELECT 1 FROM queued_ahead WHERE subscription_id = $sub AND seq = $seq)
                ON CONFLICT DO NOTHING
                """);
            var sub = insert.Parameters.Add("$sub", SqliteType.Text);
            var topic = insert.Parameters.Add("$topic", SqliteType.Text);
            var seq = insert.Parameters.Add("$seq", SqliteType.Integer);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            var at = insert.Parameters.Add("$at", SqliteType.Integer);
            var advance = connection.Reused("""
                UPDATE subscriptions SET enqueued_through = $next WHERE id = $id;
                DELETE FROM queued_ahead WHERE subscription_id = $id AND seq <= $next;
                """);
            var advanceId = advance.Parameters.Add("$id", SqliteType.Text);
            var advanceTo = advance.Parameters.Add("$next", SqliteType.Integer);
            var ahead = connection.Reused("INSERT INTO queued_ahead (subscription_id, seq) VALUES ($id, $seq) ON CONFLICT DO NOTHING");
            var aheadId = ahead.Parameters.Add("$id", SqliteType.Text);
            var aheadSeq = ahead.Parameters.Add("$seq", SqliteType.Integer);
            foreach (var write in writes)
            {
                readId.Value = write.SubscriptionId;
                if (await read.ExecuteScalarAsync(ct) is not long enqueuedThrough)
                {
                    continue; // removed, or its key deleted
                }
                var queued = new List<long>();
                foreach (var d in write.Above(enqueuedThrough))
                {
                    sub.Value = d.SubscriptionId;
                    topic.Value = d.TopicId;
                    seq.Value = d.Sequence;
                    body.Value = d.Body;
                    at.Value = d.EnqueuedAt.ToUnixTimeMilliseconds();
                    if (await insert.ExecuteNonQueryAsync(ct) > 0)
                    {
                        queued.Add(d.Sequence);
                    }
                }
                var next = write.CursorAfter(enqueuedThrough);
                if (next > enqueuedThrough)
                {
                    advanceId.Value = write.SubscriptionId;
                    advanceTo.Value = next;
                    await advance.ExecuteNonQueryAsync(ct);
                }
                foreach (var q in queued.Where(q => q > next))
                {
                    aheadId.Value = write.SubscriptionId;
                    aheadSeq.Value = q;
                    await ahead.ExecuteNonQueryAsync(ct);
                }
            }
            return true;
        }, ct);
    }

    public Task<IReadOnlyList<OutboxEntry>> PendingAsync(string subscriptionId, int limit, CancellationToken ct = default) =>
        QueryDeliveriesAsync(0, subscriptionId, limit, ct);

    public Task<IReadOnlyList<OutboxEntry>> DueAsync(string subscriptionId, DateTimeOffset now, int limit, CancellationToken ct = default) =>
        QueryDeliveriesAsync(0, subscriptionId, limit, ct, now);

    public async Task AcknowledgeAsync(string subscriptionId, IReadOnlyList<long> sequences, CancellationToken ct = default)
    {
        if (sequences.Count == 0)
        {
            return;
        }
        await db.WriteAsync(async connection =>
        {
            var command = connection.Reused("DELETE FROM deliveries WHERE subscription_id = $sub AND seq = $seq");
            command.Parameters.AddWithValue("$sub", subscriptionId);
            var seq = command.Parameters.Add("$seq", SqliteType.Integer);
            var removed = 0;
            foreach (var s in sequences)
            {
                seq.Value = s;
                removed += await command.ExecuteNonQueryAsync(ct);
            }
            // Counted in the same write, so the count never includes a row still in the outbox.
            var count = connection.Reused("UPDATE subscriptions SET delivered = delivered + $n, last_delivered_at = $at WHERE id = $sub");
            count.Parameters.AddWithValue("$n", removed);
            count.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            count.Parameters.AddWithValue("$sub", subscriptionId);
            await count.ExecuteNonQueryAsync(ct);
            return true;
        }, ct);
    }

    public Task RecordFailureAsync(OutboxEntry failed, CancellationToken ct = default) => UpdateDeliveryAsync(failed, dead: false, ct);

    public Task DeadLetterAsync(OutboxEntry failed, CancellationToken ct = default) => UpdateDeliveryAsync(failed, dead: true, ct);

    public Task<IReadOnlyList<OutboxEntry>> DeadLettersAsync(string subscriptionId, int limit, CancellationToken ct = default) =>
        QueryDeliveriesAsync(1, subscriptionId, limit, ct);

    public async Task<int> ReplayDeadLettersAsync(string subscriptionId, DateTimeOffset now, CancellationToken ct = default) =>
        await db.WriteAsync(async connection =>
        {
            var command = connection.Reused("""
                UPDATE deliveries SET dead = 0, attempts = 0, first_failure_at = NULL, next_attempt_at = $now, last_error = NULL
                WHERE subscription_id = $sub AND dead = 1
                """);
            command.Parameters.AddWithValue("$sub", subscriptionId);
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync(ct);
        }, ct);

    public async Task<IReadOnlyList<string>> DueSubscriptionsAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT DISTINCT d.subscription_id FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
            WHERE d.dead = 0 AND d.next_attempt_at <= $now AND s.disabled IS NULL
            """;
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(reader.GetString(0));
        }
        return list;
    }

    public async Task<DeliveryState> DeliveryStateAsync(string subscriptionId, CancellationToken ct = default) =>
        (await DeliveryStatesWhereAsync("s.id = $sub", ("$sub", subscriptionId), ct)).GetValueOrDefault(subscriptionId, DeliveryState.None);

    public Task<IReadOnlyDictionary<string, DeliveryState>> DeliveryStatesAsync(string? owner, CancellationToken ct = default) =>
        DeliveryStatesWhereAsync("$owner IS NULL OR s.owner = $owner", ("$owner", owner), ct);

    /// <summary>The delivery state of each subscription <paramref name="where"/> selects: the failure shown is the oldest waiting delivery that failed.</summary>
    private async Task<IReadOnlyDictionary<string, DeliveryState>> DeliveryStatesWhereAsync(string where, (string Name, string? Value) parameter, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT s.id, s.delivered, s.last_delivered_at,
                   (SELECT COUNT(*) FROM deliveries WHERE subscription_id = s.id AND dead = 0),
                   (SELECT COUNT(*) FROM deliveries WHERE subscription_id = s.id AND dead = 1),
                   f.first_failure_at, f.last_error, f.next_attempt_at
            FROM subscriptions s
            LEFT JOIN deliveries f ON f.subscription_id = s.id
                AND f.seq = (SELECT min(seq) FROM deliveries WHERE subscription_id = s.id AND dead = 0 AND first_failure_at IS NOT NULL)
            WHERE {where}
            """;
        command.Parameters.AddWithValue(parameter.Name, (object?)parameter.Value ?? DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var states = new Dictionary<string, DeliveryState>(StringComparer.Ordinal);
        DateTimeOffset? Time(int i) => reader.IsDBNull(i) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(i));
        while (await reader.ReadAsync(ct))
        {
            var error = reader.IsDBNull(6) ? null : reader.GetString(6);
            states[reader.GetString(0)] = new DeliveryState(reader.GetInt64(1), Time(2), reader.GetInt32(3), reader.GetInt32(4), Time(5), error,
                DeliveryState.StatusOf(error), Time(7));
        }
        return states;
    }

    public async Task<DeliveryTotals> DeliveryTotalsAsync(string? owner, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        // Failing as DeliveryStateAsync tells it: a waiting delivery that has failed at least once.
        command.CommandText = """
            SELECT coalesce(sum(d.dead = 0), 0), coalesce(sum(d.dead = 1), 0),
                   count(DISTINCT CASE WHEN d.dead = 0 AND d.first_failure_at IS NOT NULL THEN d.subscription_id END)
            FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
            WHERE $owner IS NULL OR s.owner = $owner
            """;
        command.Parameters.AddWithValue("$owner", (object?)owner ?? DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new DeliveryTotals(checked((int)reader.GetInt64(0)), checked((int)reader.GetInt64(1)), checked((int)reader.GetInt64(2)));
    }

    public async Task<bool> TryLeaseAsync(string subscriptionId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken ct = default) =>
        // One process holds the file, so the lease is its own; the same rule as on the shared store all the same.
        await db.WriteAsync(async connection =>
        {
            var command = connection.Reused("""
                INSERT INTO delivery_leases (subscription_id, owner, expires_at) VALUES ($sub, $owner, $until)
                ON CONFLICT (subscription_id) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
                WHERE delivery_leases.owner = excluded.owner OR delivery_leases.expires_at <= $now
                RETURNING owner
                """);
            command.Parameters.AddWithValue("$sub", subscriptionId);
            command.Parameters.AddWithValue("$owner", owner);
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$until", until.ToUnixTimeMilliseconds());
            return await command.ExecuteScalarAsync(ct) is string;
        }, ct);

    public async Task ReleaseLeaseAsync(string subscriptionId, string owner, CancellationToken ct = default) =>
        await ExecuteWriteAsync("DELETE FROM delivery_leases WHERE subscription_id = $sub AND owner = $owner", ct, ("$sub", subscriptionId), ("$owner", owner));

    public async Task<long> LastAlertSequenceAsync(string topicId, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(seq), 0) FROM alerts WHERE topic_id = $t";
        command.Parameters.AddWithValue("$t", topicId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private async Task UpdateDeliveryAsync(OutboxEntry failed, bool dead, CancellationToken ct) =>
        await ExecuteWriteAsync("""
            UPDATE deliveries SET attempts = $attempts, first_failure_at = $first, next_attempt_at = $next, last_error = $error, dead = $dead
            WHERE subscription_id = $sub AND seq = $seq
            """, ct,
            ("$sub", failed.SubscriptionId), ("$seq", failed.Sequence), ("$attempts", failed.Attempts),
            ("$first", failed.FirstFailureAt?.ToUnixTimeMilliseconds()), ("$next", failed.NextAttemptAt.ToUnixTimeMilliseconds()),
            ("$error", failed.LastError), ("$dead", dead ? 1 : 0));

    private async Task ExecuteWriteAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        await db.WriteAsync(async connection =>
        {
            var command = connection.Reused(sql);
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
            await command.ExecuteNonQueryAsync(ct);
            return true;
        }, ct);

    private Subscription Sealed(Subscription s) => secrets.Sealed(s);

    private Subscription Opened(Subscription s) => secrets.Opened(s);

    private async Task<IReadOnlyList<Subscription>> QuerySubscriptionsAsync(string where, string? parameter, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT definition, disabled FROM subscriptions {where}";
        if (parameter is not null)
        {
            command.Parameters.AddWithValue("$p", parameter);
        }
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<Subscription>();
        while (await reader.ReadAsync(ct))
        {
            var subscription = Opened(JsonSerializer.Deserialize<Subscription>(reader.GetString(0), Json)!);
            list.Add(reader.IsDBNull(1) ? subscription : subscription with { DisabledReason = reader.GetString(1) });
        }
        return list;
    }

    private async Task<IReadOnlyList<OutboxEntry>> QueryDeliveriesAsync(int dead, string subscriptionId, int limit, CancellationToken ct, DateTimeOffset? dueBy = null)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        var due = dueBy is null ? "" : " AND next_attempt_at <= $due";
        command.CommandText = $"SELECT {DeliveryColumns} FROM deliveries WHERE subscription_id = $sub AND dead = $dead{due} ORDER BY seq LIMIT $limit";
        if (dueBy is { } by)
        {
            command.Parameters.AddWithValue("$due", by.ToUnixTimeMilliseconds());
        }
        command.Parameters.AddWithValue("$sub", subscriptionId);
        command.Parameters.AddWithValue("$dead", dead);
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<OutboxEntry>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(new OutboxEntry(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetInt64(2),
                reader.GetString(3),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
                reader.GetInt32(5),
                reader.IsDBNull(6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)),
                reader.IsDBNull(8) ? null : reader.GetString(8)));
        }
        return list;
    }
}
