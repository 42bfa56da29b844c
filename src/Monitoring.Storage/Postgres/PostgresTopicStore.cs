using Npgsql;

namespace Monitoring.Storage.Postgres;

/// <summary>Topics, alert logs and story journals in PostgreSQL.</summary>
public sealed class PostgresTopicStore(PostgresDatabase db) : ITopicStore
{
    private const string TopicColumns = "id, name, definition, created_at, updated_at";

    public async Task UpsertTopicAsync(TopicRow topic, CancellationToken ct = default) =>
        await db.ExecuteAsync("""
            INSERT INTO topics (id, name, definition, created_at, updated_at) VALUES (@id, @name, @def, @created, @updated)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, definition = excluded.definition, updated_at = excluded.updated_at
            """, new
        {
            id = topic.Id,
            name = topic.Name,
            def = topic.DefinitionJson,
            created = topic.CreatedAt.ToUnixTimeMilliseconds(),
            updated = topic.UpdatedAt.ToUnixTimeMilliseconds(),
        }, ct);

    public async Task<bool> RemoveTopicAsync(string id, CancellationToken ct = default) =>
        await db.ExecuteAsync("DELETE FROM topics WHERE id = @id", new { id }, ct) > 0;

    public async Task<TopicRow?> GetTopicAsync(string id, CancellationToken ct = default) =>
        (await db.QueryAsync($"SELECT {TopicColumns} FROM topics WHERE id = @id", ReadTopic, new { id }, ct)).FirstOrDefault();

    public async Task<IReadOnlyList<TopicRow>> ListTopicsAsync(CancellationToken ct = default) =>
        await db.QueryAsync($"SELECT {TopicColumns} FROM topics ORDER BY id", ReadTopic, null, ct);

    public async Task<IReadOnlyList<long>> AppendAlertsAsync(IReadOnlyList<AlertRow> alerts, CancellationToken ct = default) =>
        alerts.Count == 0 ? [] : await db.TransactionAsync(s => InsertAlertsAsync(s, alerts), ct);

    public async Task<IReadOnlyList<long>> AppendAppliedAsync(JournalRow applied, IReadOnlyList<AlertRow> alerts, CancellationToken ct = default) =>
        await db.TransactionAsync(async s =>
        {
            // No conflict clause: a journal number taken twice means two writers of one topic (two
            // activations while membership settles), and the write must fail so the topic reloads.
            await s.ExecuteAsync("INSERT INTO topic_journal (topic_id, seq, findings) VALUES (@t, @seq, @f)",
                new { t = applied.TopicId, seq = applied.Sequence, f = applied.FindingsJson });
            return await InsertAlertsAsync(s, alerts);
        }, ct);

    public async Task<long> LastSequenceAsync(string topicId, CancellationToken ct = default) =>
        await db.ScalarAsync<long>("SELECT coalesce(max(seq), 0) FROM alerts WHERE topic_id = @t", new { t = topicId }, ct);

    public async Task<IReadOnlySet<string>> ReadIdentitiesAsync(string topicId, CancellationToken ct = default) =>
        (await db.QueryAsync("SELECT identity FROM alerts WHERE topic_id = @t", r => r.GetString(0), new { t = topicId }, ct))
            .ToHashSet(StringComparer.Ordinal);

    public async Task<IReadOnlyList<JournalRow>> ReadJournalAsync(string topicId, long afterSequence, int limit, CancellationToken ct = default) =>
        await db.QueryAsync("SELECT seq, findings FROM topic_journal WHERE topic_id = @t AND seq > @after ORDER BY seq LIMIT @limit",
            r => new JournalRow(topicId, r.GetInt64(0), r.GetString(1)), new { t = topicId, after = afterSequence, limit }, ct);

    public async Task TrimJournalAsync(string topicId, long throughSequence, CancellationToken ct = default) =>
        await db.ExecuteAsync("DELETE FROM topic_journal WHERE topic_id = @t AND seq <= @through", new { t = topicId, through = throughSequence }, ct);

    public async Task<IReadOnlyList<AlertRow>> ReadAlertsAsync(string topicId, long afterSequence, int limit, CancellationToken ct = default) =>
        await db.QueryAsync("""
            SELECT topic_id, seq, kind, at, payload, identity FROM alerts WHERE topic_id = @t AND seq > @after ORDER BY seq LIMIT @limit
            """, r => new AlertRow(r.GetString(0), r.GetInt64(1), r.GetString(2), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3)),
                r.GetString(4), r.GetString(5)), new { t = topicId, after = afterSequence, limit }, ct);

    public async Task<IReadOnlyList<int>> CountAlertsByTimeAsync(IReadOnlyCollection<string> topicIds, DateTimeOffset from, TimeSpan bucket, int buckets,
        CancellationToken ct = default) =>
        topicIds.Count == 0 ? new int[buckets] : TimeBuckets.Fill(buckets, await db.QueryAsync("""
            SELECT (at - @from) / @bucket, count(*) FROM alerts
            WHERE topic_id = ANY(@topics) AND at >= @from AND at < @end GROUP BY 1
            """, r => (r.GetInt64(0), r.GetInt64(1)), new
        {
            topics = topicIds.ToArray(),
            from = from.ToUnixTimeMilliseconds(),
            bucket = TimeBuckets.BucketMs(bucket),
            end = TimeBuckets.EndMs(from, bucket, buckets),
        }, ct));

    public async Task ClearAlertsAsync(string topicId, CancellationToken ct = default) =>
        await db.ExecuteAsync("DELETE FROM alerts WHERE topic_id = @t", new { t = topicId }, ct);

    private static async Task<IReadOnlyList<long>> InsertAlertsAsync(PgSession s, IReadOnlyList<AlertRow> alerts)
    {
        var added = new List<long>(alerts.Count);
        foreach (var alert in alerts)
        {
            // An identity told before is skipped (an article applied again derives the same alerts). A
            // sequence taken by another identity fails the write: a second writer of the topic numbered it.
            var inserted = await s.ExecuteAsync("""
                INSERT INTO alerts (topic_id, seq, kind, at, payload, identity) VALUES (@t, @seq, @k, @at, @p, @i)
                ON CONFLICT (topic_id, identity) DO NOTHING
                """, new
            {
                t = alert.TopicId,
                seq = alert.Sequence,
                k = alert.Kind,
                at = alert.At.ToUnixTimeMilliseconds(),
                p = alert.PayloadJson,
                i = alert.Identity,
            });
            if (inserted == 1)
            {
                added.Add(alert.Sequence);
            }
        }
        return added;
    }

    private static TopicRow ReadTopic(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3)), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(4)));
}
