using System.Text.Json;
using Npgsql;

namespace Monitoring.Storage.Postgres;

/// <summary>Subscriptions and their delivery outbox in PostgreSQL; webhook secrets sealed under <c>Storage:SecretKey</c>.</summary>
public sealed class PostgresSubscriptionStore(PostgresDatabase db, SecretProtector secrets) : ISubscriptionStore
{
    private const string DeliveryColumns = "subscription_id, topic_id, seq, body, enqueued_at, attempts, first_failure_at, next_attempt_at, last_error";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task UpsertAsync(Subscription subscription, long? startAfter = null, CancellationToken ct = default) =>
        await db.ExecuteAsync("""
            INSERT INTO subscriptions (id, owner, topic_id, definition, disabled, created_at, updated_at, enqueued_through)
            VALUES (@id, @owner, @topic, @def, @disabled, @created, @updated,
                (SELECT least(coalesce(@start::bigint, max(seq), 0), coalesce(max(seq), 0)) FROM alerts WHERE topic_id = @topic))
            ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, topic_id = excluded.topic_id, definition = excluded.definition,
                disabled = excluded.disabled, updated_at = excluded.updated_at
            """, new
        {
            id = subscription.Id,
            owner = subscription.Owner,
            topic = subscription.Topic,
            def = JsonSerializer.Serialize(secrets.Sealed(subscription) with { DisabledReason = null }, Json),
            disabled = subscription.DisabledReason,
            created = subscription.CreatedAt.ToUnixTimeMilliseconds(),
            updated = subscription.UpdatedAt.ToUnixTimeMilliseconds(),
            start = startAfter,
        }, ct);

    public async Task<Subscription?> GetAsync(string id, CancellationToken ct = default)
    {
        var found = await QuerySubscriptionsAsync("WHERE id = @p", id, ct);
        return found.Count > 0 ? found[0] : null;
    }

    public Task<IReadOnlyList<Subscription>> ListAsync(string? owner, CancellationToken ct = default) =>
        QuerySubscriptionsAsync("WHERE @p::text IS NULL OR owner = @p::text ORDER BY created_at, id", owner, ct);

    public Task<IReadOnlyList<Subscription>> ListActiveByTopicAsync(string topicId, CancellationToken ct = default) =>
        QuerySubscriptionsAsync("WHERE topic_id = @p AND disabled IS NULL", topicId, ct);

    public async Task<bool> HasSubscriptionAsync(string owner, string topicId, CancellationToken ct = default) =>
        await db.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM subscriptions WHERE owner = @owner AND topic_id = @topic)",
            new { owner, topic = topicId }, ct);

    public async Task<bool> RemoveAsync(string id, CancellationToken ct = default) =>
        await db.TransactionAsync(async s =>
        {
            await s.ExecuteAsync("DELETE FROM deliveries WHERE subscription_id = @id", new { id });
            await s.ExecuteAsync("DELETE FROM delivery_leases WHERE subscription_id = @id", new { id });
            await s.ExecuteAsync("DELETE FROM queued_ahead WHERE subscription_id = @id", new { id });
            return await s.ExecuteAsync("DELETE FROM subscriptions WHERE id = @id", new { id }) > 0;
        }, ct);

    public async Task SetDisabledAsync(string id, string reason, CancellationToken ct = default) =>
        await db.ExecuteAsync("UPDATE subscriptions SET disabled = @reason WHERE id = @id", new { id, reason }, ct);

    public async Task<long> EnqueuedThroughAsync(string subscriptionId, CancellationToken ct = default) =>
        await db.ScalarAsync<long>("SELECT enqueued_through FROM subscriptions WHERE id = @id", new { id = subscriptionId }, ct);

    public async Task EnqueueAsync(IReadOnlyList<OutboxEntry> deliveries, IReadOnlyDictionary<string, (long From, long Through)>? through = null, CancellationToken ct = default)
    {
        if (deliveries.Count == 0 && (through is null || through.Count == 0))
        {
            return;
        }
        var writes = OutboxWrite.Plan(deliveries, through);
        await db.TransactionAsync(async s =>
        {
            // In one order, so two writes naming the same subscriptions wait for each other instead of deadlocking.
            foreach (var write in writes)
            {
                // The row lock puts this write after any other on the subscription (a live publish, a catch-up),
                // and the cursor read under it is the one the conditions below hold against.
                var cursor = await s.ScalarAsync<long?>("SELECT enqueued_through FROM subscriptions WHERE id = @id FOR UPDATE", new { id = write.SubscriptionId });
                if (cursor is not { } enqueuedThrough)
                {
                    continue; // removed, or its key deleted
                }
                var queued = new List<long>();
                foreach (var d in write.Above(enqueuedThrough))
                {
                    var added = await s.ExecuteAsync("""
                        INSERT INTO deliveries (subscription_id, topic_id, seq, body, enqueued_at, attempts, next_attempt_at)
                        SELECT @sub, @topic, @seq, @body, @at, 0, @at
                        WHERE NOT EXISTS (SELECT 1 FROM queued_ahead WHERE subscription_id = @sub AND seq = @seq)
                        ON CONFLICT DO NOTHING
                        """, new { sub = d.SubscriptionId, topic = d.TopicId, seq = d.Sequence, body = d.Body, at = d.EnqueuedAt.ToUnixTimeMilliseconds() });
                    if (added > 0)
                    {
                        queued.Add(d.Sequence);
                    }
                }
                var next = write.CursorAfter(enqueuedThrough);
                if (next > enqueuedThrough)
                {
                    await s.ExecuteAsync("UPDATE subscriptions SET enqueued_through = @next WHERE id = @id", new { id = write.SubscriptionId, next });
                    await s.ExecuteAsync("DELETE FROM queued_ahead WHERE subscription_id = @id AND seq <= @next", new { id = write.SubscriptionId, next });
                }
                foreach (var seq in queued.Where(q => q > next))
                {
                    await s.ExecuteAsync("INSERT INTO queued_ahead (subscription_id, seq) VALUES (@id, @seq) ON CONFLICT DO NOTHING", new { id = write.SubscriptionId, seq });
                }
            }
            return true;
        }, ct);
    }

    public Task<IReadOnlyList<OutboxEntry>> PendingAsync(string subscriptionId, int limit, CancellationToken ct = default) =>
        QueryDeliveriesAsync(dead: false, subscriptionId, limit, ct);

    public Task<IReadOnlyList<OutboxEntry>> DueAsync(string subscriptionId, DateTimeOffset now, int limit, CancellationToken ct = default) =>
        QueryDeliveriesAsync(dead: false, subscriptionId, limit, ct, now);

    public async Task AcknowledgeAsync(string subscriptionId, IReadOnlyList<long> sequences, CancellationToken ct = default)
    {
        if (sequences.Count > 0)
        {
            // Counted in the same transaction, so the count never includes a row still in the outbox.
            await db.TransactionAsync(async session =>
            {
                var removed = await session.ExecuteAsync("DELETE FROM deliveries WHERE subscription_id = @sub AND seq = ANY(@seqs)",
                    new { sub = subscriptionId, seqs = sequences.ToArray() });
                return await session.ExecuteAsync("UPDATE subscriptions SET delivered = delivered + @n, last_delivered_at = @at WHERE id = @sub",
                    new { sub = subscriptionId, n = (long)removed, at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
            }, ct);
        }
    }

    public async Task<DeliveryState> DeliveryStateAsync(string subscriptionId, CancellationToken ct = default) =>
        await DeliveryStatesWhereAsync("s.id = @sub", new { sub = subscriptionId }, ct) is [var (_, state), ..] ? state : DeliveryState.None;

    public async Task<IReadOnlyDictionary<string, DeliveryState>> DeliveryStatesAsync(string? owner, CancellationToken ct = default) =>
        (await DeliveryStatesWhereAsync("@owner::text IS NULL OR s.owner = @owner::text", new { owner }, ct))
            .ToDictionary(r => r.Id, r => r.State, StringComparer.Ordinal);

    /// <summary>The delivery state of each subscription <paramref name="where"/> selects: the failure shown is the oldest waiting delivery that failed.</summary>
    private async Task<IReadOnlyList<(string Id, DeliveryState State)>> DeliveryStatesWhereAsync(string where, object args, CancellationToken ct) =>
        await db.QueryAsync($"""
            SELECT s.id, s.delivered, s.last_delivered_at,
                   (SELECT COUNT(*) FROM deliveries WHERE subscription_id = s.id AND NOT dead),
                   (SELECT COUNT(*) FROM deliveries WHERE subscription_id = s.id AND dead),
                   f.first_failure_at, f.last_error, f.next_attempt_at
            FROM subscriptions s
            LEFT JOIN LATERAL (SELECT first_failure_at, last_error, next_attempt_at FROM deliveries
                               WHERE subscription_id = s.id AND NOT dead AND first_failure_at IS NOT NULL ORDER BY seq LIMIT 1) f ON true
            WHERE {where}
            """, r =>
        {
            DateTimeOffset? Time(int i) => r.IsDBNull(i) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(i));
            var error = r.IsDBNull(6) ? null : r.GetString(6);
            return (r.GetString(0), new DeliveryState(r.GetInt64(1), Time(2), (int)r.GetInt64(3), (int)r.GetInt64(4), Time(5), error,
                DeliveryState.StatusOf(error), Time(7)));
        }, args, ct);

    public async Task<DeliveryTotals> DeliveryTotalsAsync(string? owner, CancellationToken ct = default) =>
        // Failing as DeliveryStateAsync tells it: a waiting delivery that has failed at least once.
        (await db.QueryAsync("""
            SELECT count(*) FILTER (WHERE NOT d.dead), count(*) FILTER (WHERE d.dead),
                   count(DISTINCT d.subscription_id) FILTER (WHERE NOT d.dead AND d.first_failure_at IS NOT NULL)
            FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
            WHERE @owner::text IS NULL OR s.owner = @owner::text
            """, r => new DeliveryTotals(checked((int)r.GetInt64(0)), checked((int)r.GetInt64(1)), checked((int)r.GetInt64(2))),
            new { owner }, ct))[0];

    public Task RecordFailureAsync(OutboxEntry failed, CancellationToken ct = default) => UpdateDeliveryAsync(failed, dead: false, ct);

    public Task DeadLetterAsync(OutboxEntry failed, CancellationToken ct = default) => UpdateDeliveryAsync(failed, dead: true, ct);

    public Task<IReadOnlyList<OutboxEntry>> DeadLettersAsync(string subscriptionId, int limit, CancellationToken ct = default) =>
        QueryDeliveriesAsync(dead: true, subscriptionId, limit, ct);

    public async Task<int> ReplayDeadLettersAsync(string subscriptionId, DateTimeOffset now, CancellationToken ct = default) =>
        await db.ExecuteAsync("""
            UPDATE deliveries SET dead = false, attempts = 0, first_failure_at = NULL, next_attempt_at = @now, last_error = NULL
            WHERE subscription_id = @sub AND dead
            """, new { sub = subscriptionId, now = now.ToUnixTimeMilliseconds() }, ct);

    public async Task<IReadOnlyList<string>> DueSubscriptionsAsync(DateTimeOffset now, CancellationToken ct = default) =>
        await db.QueryAsync("""
            SELECT DISTINCT d.subscription_id FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
            WHERE NOT d.dead AND d.next_attempt_at <= @now AND s.disabled IS NULL
            """, r => r.GetString(0), new { now = now.ToUnixTimeMilliseconds() }, ct);

    public async Task<bool> TryLeaseAsync(string subscriptionId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken ct = default) =>
        // The database's clock, not the silo's: of the silo's times only the term (until - now) is taken, so a
        // silo whose clock is off can neither take a lease still held nor hold one past its term.
        // The row changes only for its holder or once it ran out; RETURNING yields nothing when another holds it.
        await db.ScalarAsync<string>($"""
            INSERT INTO delivery_leases (subscription_id, owner, expires_at) VALUES (@sub, @owner, {DatabaseClock.NowMilliseconds} + @term)
            ON CONFLICT (subscription_id) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
            WHERE delivery_leases.owner = excluded.owner OR delivery_leases.expires_at <= {DatabaseClock.NowMilliseconds}
            RETURNING owner
            """, new { sub = subscriptionId, owner, term = (long)(until - now).TotalMilliseconds }, ct) is not null;

    public async Task ReleaseLeaseAsync(string subscriptionId, string owner, CancellationToken ct = default) =>
        await db.ExecuteAsync("DELETE FROM delivery_leases WHERE subscription_id = @sub AND owner = @owner", new { sub = subscriptionId, owner }, ct);

    public async Task<long> LastAlertSequenceAsync(string topicId, CancellationToken ct = default) =>
        await db.ScalarAsync<long>("SELECT coalesce(max(seq), 0) FROM alerts WHERE topic_id = @t", new { t = topicId }, ct);

    private async Task UpdateDeliveryAsync(OutboxEntry failed, bool dead, CancellationToken ct) =>
        await db.ExecuteAsync("""
            UPDATE deliveries SET attempts = @attempts, first_failure_at = @first, next_attempt_at = @next, last_error = @error, dead = @dead
            WHERE subscription_id = @sub AND seq = @seq
            """, new
        {
            sub = failed.SubscriptionId,
            seq = failed.Sequence,
            attempts = failed.Attempts,
            first = failed.FirstFailureAt?.ToUnixTimeMilliseconds(),
            next = failed.NextAttemptAt.ToUnixTimeMilliseconds(),
            error = failed.LastError,
            dead,
        }, ct);

    private async Task<IReadOnlyList<Subscription>> QuerySubscriptionsAsync(string where, string? parameter, CancellationToken ct) =>
        await db.QueryAsync($"SELECT definition, disabled FROM subscriptions {where}", r =>
        {
            var subscription = secrets.Opened(JsonSerializer.Deserialize<Subscription>(r.GetString(0), Json)!);
            return r.IsDBNull(1) ? subscription : subscription with { DisabledReason = r.GetString(1) };
        }, new { p = parameter }, ct);

    private async Task<IReadOnlyList<OutboxEntry>> QueryDeliveriesAsync(bool dead, string subscriptionId, int limit, CancellationToken ct, DateTimeOffset? dueBy = null) =>
        await db.QueryAsync($"SELECT {DeliveryColumns} FROM deliveries WHERE subscription_id = @sub AND dead = @dead AND (@due::bigint IS NULL OR next_attempt_at <= @due::bigint) ORDER BY seq LIMIT @limit",
            ReadDelivery, new { sub = subscriptionId, dead, limit, due = dueBy?.ToUnixTimeMilliseconds() }, ct);

    private static OutboxEntry ReadDelivery(NpgsqlDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.GetInt64(2),
        r.GetString(3),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(4)),
        r.GetInt32(5),
        r.IsDBNull(6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6)),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(7)),
        r.IsDBNull(8) ? null : r.GetString(8));
}
