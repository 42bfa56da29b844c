namespace Monitoring.Storage.Sqlite;

/// <summary>The embedded schema. Idempotent: every statement checks before it creates.</summary>
internal static class SqliteSchema
{
    public const string Script = """
        PRAGMA journal_mode=WAL;

        CREATE TABLE IF NOT EXISTS grain_state (
            state_type TEXT NOT NULL,
            grain_key  TEXT NOT NULL,
            etag       INTEGER NOT NULL,
            data       BLOB NOT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (state_type, grain_key)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS sources (
            id           TEXT PRIMARY KEY,
            url          TEXT NOT NULL,
            title        TEXT,
            shard        INTEGER NOT NULL,
            next_poll_at INTEGER NOT NULL,
            created_at   INTEGER NOT NULL,
            health       TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS sources_due ON sources (shard, next_poll_at);

        CREATE TABLE IF NOT EXISTS articles (
            id            INTEGER PRIMARY KEY,
            canonical_url TEXT NOT NULL UNIQUE,
            url           TEXT NOT NULL,
            title         TEXT,
            author        TEXT,
            published_at  INTEGER,
            fetched_at    INTEGER NOT NULL,
            sort_at       INTEGER NOT NULL,
            summary       TEXT,
            content       TEXT,
            page_html     TEXT
        );
        CREATE INDEX IF NOT EXISTS articles_by_time ON articles (sort_at);

        CREATE TABLE IF NOT EXISTS article_sources (
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            source_id  TEXT NOT NULL,
            item_id    TEXT NOT NULL,
            seen_at    INTEGER NOT NULL,
            PRIMARY KEY (article_id, source_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS article_sources_by_source ON article_sources (source_id, article_id);

        CREATE TABLE IF NOT EXISTS topics (
            id         TEXT PRIMARY KEY,
            name       TEXT NOT NULL,
            definition TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );

        CREATE TABLE IF NOT EXISTS alerts (
            topic_id TEXT NOT NULL,
            seq      INTEGER NOT NULL,
            kind     TEXT NOT NULL,
            at       INTEGER NOT NULL,
            payload  TEXT NOT NULL,
            PRIMARY KEY (topic_id, seq)
        ) WITHOUT ROWID;
        -- Articles a topic applied since its story was last checkpointed into its grain state.
        CREATE TABLE IF NOT EXISTS topic_journal (
            topic_id TEXT NOT NULL,
            seq      INTEGER NOT NULL,
            findings TEXT NOT NULL,
            PRIMARY KEY (topic_id, seq)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS api_keys (
            id         TEXT PRIMARY KEY,
            name       TEXT NOT NULL,
            role       TEXT NOT NULL,
            key_hash   BLOB NOT NULL UNIQUE,
            created_at INTEGER NOT NULL
        );

        CREATE TABLE IF NOT EXISTS subscriptions (
            id         TEXT PRIMARY KEY,
            owner      TEXT NOT NULL,
            topic_id   TEXT NOT NULL,
            definition TEXT NOT NULL,
            disabled   TEXT,
            enqueued_through INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS subscriptions_by_topic ON subscriptions (topic_id);
        CREATE INDEX IF NOT EXISTS subscriptions_by_owner ON subscriptions (owner, topic_id);

        CREATE TABLE IF NOT EXISTS deliveries (
            subscription_id  TEXT NOT NULL,
            seq              INTEGER NOT NULL,
            topic_id         TEXT NOT NULL,
            body             TEXT NOT NULL,
            enqueued_at      INTEGER NOT NULL,
            attempts         INTEGER NOT NULL DEFAULT 0,
            first_failure_at INTEGER,
            next_attempt_at  INTEGER NOT NULL,
            last_error       TEXT,
            dead             INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (subscription_id, seq)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (dead, next_attempt_at);
        """;
}
