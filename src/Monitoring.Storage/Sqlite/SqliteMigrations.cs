using Microsoft.Data.Sqlite;

namespace Monitoring.Storage.Sqlite;

/// <summary>
/// The embedded schema as an ordered list of steps. The database records how many it has taken in
/// <c>PRAGMA user_version</c>; opening it takes the rest, each in its own transaction. Databases made
/// before versions were recorded say 0 and may hold any earlier shape, so every step checks
/// before it creates or adds.
/// </summary>
internal static class SqliteMigrations
{
    private static readonly Func<SqliteConnection, SqliteTransaction, Task>[] Steps =
    [
        // 1: the first schema: grain state, the source catalog, the archive, topics and their alert logs.
        (c, t) => ExecuteAsync(c, t, """
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
            """),
        // 2: delivery: API keys, subscriptions and the webhook outbox.
        (c, t) => ExecuteAsync(c, t, """
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
            """),
        // 3: each subscription's cursor over its topic's alert log.
        (c, t) => AddColumnAsync(c, t, "subscriptions", "enqueued_through", "INTEGER NOT NULL DEFAULT 0"),
        // 4: articles a topic applied since its story was last checkpointed into its grain state.
        (c, t) => ExecuteAsync(c, t, """
            CREATE TABLE IF NOT EXISTS topic_journal (
                topic_id TEXT NOT NULL,
                seq      INTEGER NOT NULL,
                findings TEXT NOT NULL,
                PRIMARY KEY (topic_id, seq)
            ) WITHOUT ROWID;
            """),
        // 5: exactly once. Articles archived but not yet handed to every topic; an alert's identity,
        // unique per topic, so a replay finds what is already logged; the offset a publication time
        // was given in; which sources a schedule shard has claimed.
        async (c, t) =>
        {
            await ExecuteAsync(c, t, """
                CREATE TABLE IF NOT EXISTS unrouted (
                    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
                    since      INTEGER NOT NULL
                );
                """);
            await AddColumnAsync(c, t, "alerts", "identity", "TEXT");
            await FillAlertIdentitiesAsync(c, t);
            await ExecuteAsync(c, t, "CREATE UNIQUE INDEX IF NOT EXISTS alerts_identity ON alerts (topic_id, identity)");
            await AddColumnAsync(c, t, "articles", "published_offset", "INTEGER");
            await AddColumnAsync(c, t, "sources", "claimed_until", "INTEGER");
        },
        // 6: how many alerts each subscription was delivered, and when last: delivered rows leave the outbox.
        async (c, t) =>
        {
            await AddColumnAsync(c, t, "subscriptions", "delivered", "INTEGER NOT NULL DEFAULT 0");
            await AddColumnAsync(c, t, "subscriptions", "last_delivered_at", "INTEGER");
        },
        // 7: which process delivers a subscription, and until when (one here; the shared store's twin has many).
        (c, t) => ExecuteAsync(c, t, """
            CREATE TABLE IF NOT EXISTS delivery_leases (
                subscription_id TEXT PRIMARY KEY,
                owner           TEXT NOT NULL,
                expires_at      INTEGER NOT NULL
            ) WITHOUT ROWID;
            """),
        // 8: the next free request start per host, for politeness across silos (used by the shared store's twin).
        (c, t) => ExecuteAsync(c, t, """
            CREATE TABLE IF NOT EXISTS host_turns (
                host       TEXT PRIMARY KEY,
                next_start INTEGER NOT NULL
            ) WITHOUT ROWID;
            """),
        // 9: the dashboard: a source's state as a column, so listings filter and count it in SQL (taken from
        // the health JSON, where it is a number), listing order indexed; and each source's recent polls.
        async (c, t) =>
        {
            await AddColumnAsync(c, t, "sources", "state", "INTEGER NOT NULL DEFAULT 0");
            await ExecuteAsync(c, t, """
                UPDATE sources SET state = coalesce(json_extract(health, '$.state'), 0);
                CREATE INDEX IF NOT EXISTS sources_by_state ON sources (state, created_at, id);
                CREATE INDEX IF NOT EXISTS sources_by_creation ON sources (created_at, id);
                CREATE TABLE IF NOT EXISTS source_polls (
                    id            INTEGER PRIMARY KEY,
                    source_id     TEXT NOT NULL,
                    at            INTEGER NOT NULL,
                    duration_ms   INTEGER NOT NULL,
                    succeeded     INTEGER NOT NULL,
                    not_modified  INTEGER NOT NULL,
                    http_status   INTEGER,
                    items_in_feed INTEGER NOT NULL,
                    new_items     INTEGER NOT NULL,
                    new_articles  INTEGER NOT NULL,
                    error         TEXT
                );
                CREATE INDEX IF NOT EXISTS source_polls_by_source ON source_polls (source_id, id);
                """);
        },
        // 10 (outbox): deliveries queued above a subscription's enqueued_through (past a gap), kept until the
        // cursor passes them so no write queues them again once delivered.
        (c, t) => ExecuteAsync(c, t, """
            CREATE TABLE IF NOT EXISTS queued_ahead (
                subscription_id TEXT NOT NULL,
                seq             INTEGER NOT NULL,
                PRIMARY KEY (subscription_id, seq)
            ) WITHOUT ROWID;
            """),
        // 11: a source's conditional-GET validators on its row (JSON), so a poll answered 304 reads no grain state.
        (c, t) => AddColumnAsync(c, t, "sources", "validators", "TEXT"),
        // 12: alerts by topic and time, so the overview counts a fortnight's alerts without walking each whole log.
        (c, t) => ExecuteAsync(c, t, "CREATE INDEX IF NOT EXISTS alerts_by_time ON alerts (topic_id, at)"),
        // 13: how many times a feed edited an article's text after it was archived.
        (c, t) => AddColumnAsync(c, t, "articles", "revision", "INTEGER NOT NULL DEFAULT 0"),
    ];

    /// <summary>The version a database has once every step is taken.</summary>
    public static int Latest => Steps.Length;

    /// <summary>Takes the steps the database has not taken; returns the version it had.</summary>
    public static async Task<int> ApplyAsync(SqliteConnection connection)
    {
        var version = await VersionAsync(connection);
        if (version > Latest)
        {
            throw new StorageStartException(
                $"the database {connection.DataSource} is at schema version {version}, newer than this build knows ({Latest}); run a newer build");
        }
        for (var step = version; step < Latest; step++)
        {
            using var transaction = connection.BeginTransaction();
            await Steps[step](connection, transaction);
            await ExecuteAsync(connection, transaction, $"PRAGMA user_version = {step + 1}");
            transaction.Commit();
        }
        return version;
    }

    public static async Task<int> VersionAsync(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Alerts logged before identities get theirs from their payload. A log a replay renumbered may tell
    /// one thing twice: the later telling keeps its sequence as identity, so the index can be unique.
    /// </summary>
    private static async Task FillAlertIdentitiesAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        var rows = new List<(string Topic, long Seq, string Payload)>();
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT topic_id, seq, payload FROM alerts WHERE identity IS NULL ORDER BY topic_id, seq";
            using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetString(2)));
            }
        }
        using var write = connection.CreateCommand();
        write.Transaction = transaction;
        write.CommandText = "UPDATE alerts SET identity = $i WHERE topic_id = $t AND seq = $s";
        var identity = write.Parameters.Add("$i", SqliteType.Text);
        var topic = write.Parameters.Add("$t", SqliteType.Text);
        var seq = write.Parameters.Add("$s", SqliteType.Integer);
        var seen = new HashSet<(string, string)>();
        foreach (var (t, s, payload) in rows)
        {
            string value;
            try
            {
                value = Storage.AlertIdentity.OfPayload(payload);
            }
            catch (System.Text.Json.JsonException)
            {
                value = "#" + s;
            }
            identity.Value = seen.Add((t, value)) ? value : "#" + s;
            topic.Value = t;
            seq.Value = s;
            await write.ExecuteNonQueryAsync();
        }
    }

    private static async Task AddColumnAsync(SqliteConnection connection, SqliteTransaction transaction, string table, string column, string type)
    {
        using var check = connection.CreateCommand();
        check.Transaction = transaction;
        check.CommandText = "SELECT 1 FROM pragma_table_info($table) WHERE name = $column";
        check.Parameters.AddWithValue("$table", table);
        check.Parameters.AddWithValue("$column", column);
        if (await check.ExecuteScalarAsync() is null)
        {
            await ExecuteAsync(connection, transaction, $"ALTER TABLE {table} ADD COLUMN {column} {type}");
        }
    }
}
