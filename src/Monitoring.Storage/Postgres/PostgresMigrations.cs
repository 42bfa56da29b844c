using Npgsql;

namespace Monitoring.Storage.Postgres;

/// <summary>
/// The PostgreSQL twin of the embedded schema steps (<c>SqliteMigrations</c>): the same tables and
/// columns, in PostgreSQL types, ending at the same shape; then the membership tables and queries of
/// Orleans' ADO.NET clustering. <c>schema_version</c> records how many steps a database has taken.
/// Steps run under a session advisory lock, each in its own transaction: silos starting together
/// queue on the lock and find the work done.
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>The advisory lock key: any constant, the same in every silo (ASCII "monitor").</summary>
    private const long LockKey = 0x6d6f6e69746f72;

    private static readonly string[] Steps =
    [
        // 1: grain state, the source catalog, the archive, topics and their alert logs.
        """
        CREATE TABLE grain_state (
            state_type text NOT NULL,
            grain_key  text NOT NULL,
            etag       bigint NOT NULL,
            data       bytea NOT NULL,
            updated_at bigint NOT NULL,
            PRIMARY KEY (state_type, grain_key)
        );
        CREATE TABLE sources (
            id           text PRIMARY KEY,
            url          text NOT NULL,
            title        text,
            shard        integer NOT NULL,
            next_poll_at bigint NOT NULL,
            created_at   bigint NOT NULL,
            health       text NOT NULL
        );
        CREATE INDEX sources_due ON sources (shard, next_poll_at);
        CREATE TABLE articles (
            id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            canonical_url text NOT NULL UNIQUE,
            url           text NOT NULL,
            title         text,
            author        text,
            published_at  bigint,
            fetched_at    bigint NOT NULL,
            sort_at       bigint NOT NULL,
            summary       text,
            content       text,
            page_html     text
        );
        CREATE INDEX articles_by_time ON articles (sort_at, id);
        CREATE TABLE article_sources (
            article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            source_id  text NOT NULL,
            item_id    text NOT NULL,
            seen_at    bigint NOT NULL,
            PRIMARY KEY (article_id, source_id)
        );
        CREATE INDEX article_sources_by_source ON article_sources (source_id, article_id);
        CREATE TABLE topics (
            id         text PRIMARY KEY,
            name       text NOT NULL,
            definition text NOT NULL,
            created_at bigint NOT NULL,
            updated_at bigint NOT NULL
        );
        CREATE TABLE alerts (
            topic_id text NOT NULL,
            seq      bigint NOT NULL,
            kind     text NOT NULL,
            at       bigint NOT NULL,
            payload  text NOT NULL,
            PRIMARY KEY (topic_id, seq)
        );
        """,
        // 2: delivery: API keys, subscriptions and the webhook outbox.
        """
        CREATE TABLE api_keys (
            id         text PRIMARY KEY,
            name       text NOT NULL,
            role       text NOT NULL,
            key_hash   bytea NOT NULL UNIQUE,
            created_at bigint NOT NULL
        );
        CREATE TABLE subscriptions (
            id         text PRIMARY KEY,
            owner      text NOT NULL,
            topic_id   text NOT NULL,
            definition text NOT NULL,
            disabled   text,
            created_at bigint NOT NULL,
            updated_at bigint NOT NULL
        );
        CREATE INDEX subscriptions_by_topic ON subscriptions (topic_id);
        CREATE INDEX subscriptions_by_owner ON subscriptions (owner, topic_id);
        CREATE TABLE deliveries (
            subscription_id  text NOT NULL,
            seq              bigint NOT NULL,
            topic_id         text NOT NULL,
            body             text NOT NULL,
            enqueued_at      bigint NOT NULL,
            attempts         integer NOT NULL DEFAULT 0,
            first_failure_at bigint,
            next_attempt_at  bigint NOT NULL,
            last_error       text,
            dead             boolean NOT NULL DEFAULT false,
            PRIMARY KEY (subscription_id, seq)
        );
        CREATE INDEX deliveries_due ON deliveries (dead, next_attempt_at);
        """,
        // 3: each subscription's cursor over its topic's alert log.
        "ALTER TABLE subscriptions ADD COLUMN enqueued_through bigint NOT NULL DEFAULT 0;",
        // 4: articles a topic applied since its story was last checkpointed into its grain state.
        """
        CREATE TABLE topic_journal (
            topic_id text NOT NULL,
            seq      bigint NOT NULL,
            findings text NOT NULL,
            PRIMARY KEY (topic_id, seq)
        );
        """,
        // 5: exactly once: articles not yet routed to every topic, an alert identity unique per topic,
        // the offset a publication time was given in, and which sources a schedule shard has claimed.
        // A PostgreSQL log never held alerts without identities (this step predates any PostgreSQL
        // build), so the back-fill the embedded step does is only the sequence, for safety.
        """
        CREATE TABLE unrouted (
            article_id bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            since      bigint NOT NULL
        );
        CREATE INDEX unrouted_since ON unrouted (since);
        ALTER TABLE alerts ADD COLUMN identity text;
        UPDATE alerts SET identity = '#' || seq WHERE identity IS NULL;
        ALTER TABLE alerts ALTER COLUMN identity SET NOT NULL;
        CREATE UNIQUE INDEX alerts_identity ON alerts (topic_id, identity);
        ALTER TABLE articles ADD COLUMN published_offset integer;
        ALTER TABLE sources ADD COLUMN claimed_until bigint;
        """,
        // 6: Orleans ADO.NET clustering: membership tables and the named queries the provider reads.
        PostgresClusteringSchema.Sql,
        // 7: how many alerts each subscription was delivered, and when last (the embedded store's step 6).
        """
        ALTER TABLE subscriptions ADD COLUMN delivered bigint NOT NULL DEFAULT 0;
        ALTER TABLE subscriptions ADD COLUMN last_delivered_at bigint;
        """,
        // 8: the webhook outbox leased per subscription: the one silo delivering it, until when (the embedded step 7).
        """
        CREATE TABLE delivery_leases (
            subscription_id text PRIMARY KEY,
            owner           text NOT NULL,
            expires_at      bigint NOT NULL
        );
        """,
        // 9: the next free request start per host: politeness held for the whole cluster (the embedded step 8).
        """
        CREATE TABLE host_turns (
            host       text PRIMARY KEY,
            next_start bigint NOT NULL
        );
        """,
        // 10: a source's state as a column and each source's recent polls (the embedded step 9).
        """
        ALTER TABLE sources ADD COLUMN state integer NOT NULL DEFAULT 0;
        UPDATE sources SET state = coalesce((health::jsonb ->> 'state')::integer, 0);
        CREATE INDEX sources_by_state ON sources (state, created_at, id);
        CREATE INDEX sources_by_creation ON sources (created_at, id);
        CREATE TABLE source_polls (
            id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            source_id     text NOT NULL,
            at            bigint NOT NULL,
            duration_ms   integer NOT NULL,
            succeeded     boolean NOT NULL,
            not_modified  boolean NOT NULL,
            http_status   integer,
            items_in_feed integer NOT NULL,
            new_items     integer NOT NULL,
            new_articles  integer NOT NULL,
            error         text
        );
        CREATE INDEX source_polls_by_source ON source_polls (source_id, id);
        """,
        // 11 (outbox): deliveries queued above a subscription's enqueued_through (past a gap), kept until the
        // cursor passes them so no write queues them again once delivered (the embedded step 10 (outbox)).
        """
        CREATE TABLE queued_ahead (
            subscription_id text NOT NULL,
            seq             bigint NOT NULL,
            PRIMARY KEY (subscription_id, seq)
        );
        """,
        // 12 (claim owner): the silo holding a source's claim, so survivors free a dead silo's claims at once.
        // No embedded twin: one process owns the embedded store. Only claimed rows are indexed.
        """
        ALTER TABLE sources ADD COLUMN claimed_by text;
        CREATE INDEX sources_claimed_by ON sources (claimed_by) WHERE claimed_by IS NOT NULL;
        """,
        // 13: a source's conditional-GET validators on its row (JSON), so a poll answered 304 reads no grain state
        // (the embedded step 11).
        "ALTER TABLE sources ADD COLUMN validators text;",
        // 14: alerts by topic and time, so the overview counts a fortnight's alerts without walking each whole log
        // (the embedded step 12).
        "CREATE INDEX alerts_by_time ON alerts (topic_id, at);",
        // 15: how many times a feed edited an article's text after it was archived (the embedded step 13).
        "ALTER TABLE articles ADD COLUMN revision integer NOT NULL DEFAULT 0;",
    ];

    public static int Latest => Steps.Length;

    /// <summary>Takes the steps the database has not taken; returns the version it had.</summary>
    public static async Task<int> ApplyAsync(NpgsqlDataSource source, CancellationToken ct = default)
    {
        await using var connection = await source.OpenConnectionAsync(ct);
        var session = new PgSession(connection, null, ct);
        await session.ExecuteAsync("SELECT pg_advisory_lock(@key)", new { key = LockKey });
        try
        {
            await session.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)");
            var version = await session.ScalarAsync<int?>("SELECT max(version) FROM schema_version") ?? 0;
            if (version > Latest)
            {
                throw new StorageStartException(
                    $"the PostgreSQL database is at schema version {version}, newer than this build knows ({Latest}); run a newer build");
            }
            for (var step = version; step < Latest; step++)
            {
                await using var transaction = await connection.BeginTransactionAsync(ct);
                var inStep = new PgSession(connection, transaction, ct);
                await inStep.ExecuteAsync(Steps[step]);
                await inStep.ExecuteAsync("DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES (@v)", new { v = step + 1 });
                await transaction.CommitAsync(ct);
            }
            return version;
        }
        finally
        {
            await session.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = LockKey });
        }
    }
}
