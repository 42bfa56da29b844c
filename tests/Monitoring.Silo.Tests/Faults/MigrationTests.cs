using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Silo.Tests.Infrastructure;
using Monitoring.Storage;

namespace Monitoring.Silo.Tests.Faults;

/// <summary>A database made by an older build opens and gains what is new, keeping what it held.</summary>
public sealed class MigrationTests
{
    /// <summary>
    /// The first schema this repository shipped, as it was: kept here verbatim (not taken from the
    /// migrations) so that a change to the first step cannot change what this test starts from.
    /// </summary>
    private const string FirstSchema = """
        PRAGMA journal_mode=WAL;
        CREATE TABLE IF NOT EXISTS grain_state (state_type TEXT NOT NULL, grain_key TEXT NOT NULL, etag INTEGER NOT NULL,
            data BLOB NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY (state_type, grain_key)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS sources (id TEXT PRIMARY KEY, url TEXT NOT NULL, title TEXT, shard INTEGER NOT NULL,
            next_poll_at INTEGER NOT NULL, created_at INTEGER NOT NULL, health TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS sources_due ON sources (shard, next_poll_at);
        CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, canonical_url TEXT NOT NULL UNIQUE, url TEXT NOT NULL,
            title TEXT, author TEXT, published_at INTEGER, fetched_at INTEGER NOT NULL, sort_at INTEGER NOT NULL,
            summary TEXT, content TEXT, page_html TEXT);
        CREATE INDEX IF NOT EXISTS articles_by_time ON articles (sort_at);
        CREATE TABLE IF NOT EXISTS article_sources (article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            source_id TEXT NOT NULL, item_id TEXT NOT NULL, seen_at INTEGER NOT NULL, PRIMARY KEY (article_id, source_id)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS article_sources_by_source ON article_sources (source_id, article_id);
        CREATE TABLE IF NOT EXISTS topics (id TEXT PRIMARY KEY, name TEXT NOT NULL, definition TEXT NOT NULL,
            created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS alerts (topic_id TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL, at INTEGER NOT NULL,
            payload TEXT NOT NULL, PRIMARY KEY (topic_id, seq)) WITHOUT ROWID;
        """;

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task A_database_of_the_first_schema_opens_keeps_its_rows_and_gains_every_later_step()
    {
        var data = Path.Combine(Path.GetTempPath(), "monitoring-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(data);
        var file = Path.Combine(data, "monitoring.db");
        await using (var old = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await old.OpenAsync();
            await ExecuteAsync(old, FirstSchema);
            await ExecuteAsync(old, """
                INSERT INTO sources VALUES ('s1', 'https://example.org/feed.xml', 'Old feed', 0, 0, 1700000000000, '{"state":2,"polls":3}');
                INSERT INTO articles (id, canonical_url, url, title, published_at, fetched_at, sort_at, summary)
                    VALUES (1, 'https://example.org/a', 'https://example.org/a', 'Old article', 1700000000000, 1700000000000, 1700000000000, 'Old.');
                INSERT INTO article_sources VALUES (1, 's1', 'a', 1700000000000);
                INSERT INTO alerts VALUES ('t', 1, 'new_actor', 1700000000000, '{"topicId":"t","sequence":1,"kind":"new_actor","actor":"Japan"}');
                INSERT INTO alerts VALUES ('t', 2, 'new_measure', 1700000000000, '{"topicId":"t","sequence":2,"kind":"new_measure","type":"export_ban","imposer":"Japan","target":"Russia","status":"enacted"}');
                -- An old replay renumbered the log and told the same actor again.
                INSERT INTO alerts VALUES ('t', 3, 'new_actor', 1700000000000, '{"topicId":"t","sequence":3,"kind":"new_actor","actor":"Japan"}');
                """);
        }

        await using (var silo = await RunningSilo.StartAsync(data, RunningSilo.ManualPolling))
        {
            var source = Assert.Single((await silo.GetJsonAsync("/api/sources")).GetProperty("items").EnumerateArray());
            Assert.Equal("https://example.org/feed.xml", source.GetProperty("url").GetString());
            Assert.Equal(3, source.GetProperty("health").GetProperty("polls").GetInt32());
            // The state column is taken from the health it was kept in: the catalog filters and counts by it.
            var catalog = silo.Services.GetRequiredService<ISourceCatalog>();
            Assert.Equal(["s1"], (await catalog.FindAsync(new SourceFilter(State: Monitoring.Abstractions.SourceState.Failing), 0, 10)).Items.Select(e => e.Id));
            Assert.Equal(1, (await catalog.CountByStateAsync())[Monitoring.Abstractions.SourceState.Failing]);
            var article = Assert.Single((await silo.ArticlesAsync()).EnumerateArray());
            Assert.Equal("Old article", article.GetProperty("title").GetString());

            var log = silo.Services.GetRequiredService<ITopicStore>();
            var alerts = await log.ReadAlertsAsync("t", 0, 10);
            Assert.Equal(["actor|japan", "measure|export_ban|japan|russia", "#3"], alerts.Select(a => a.Identity));
            // The identities found let the log refuse the same telling again, under any number.
            Assert.Empty(await log.AppendAlertsAsync([new AlertRow("t", 4, "new_target", DateTimeOffset.UtcNow, "{}", "measure|export_ban|japan|russia")]));
            Assert.Equal(3, await log.LastSequenceAsync("t"));

            // Tables and columns of later steps are there: a webhook subscription with its cursor, the journal.
            await silo.PostJsonAsync("/api/topics", new { id = "later", name = "later", allActors = new[] { "Japan" } });
            await silo.PostJsonAsync("/api/subscriptions", new { topic = "later", channel = new { type = "stream" } });
            await AlertMaker.RaiseAsync(silo, "later", 2, "x");
            Assert.Equal(3, (await log.ReadAlertsAsync("later", 0, 10)).Count);
        }

        SqliteConnection.ClearAllPools();
        await using var check = new SqliteConnection($"Data Source={file};Pooling=False");
        await check.OpenAsync();
        using var version = check.CreateCommand();
        version.CommandText = "PRAGMA user_version";
        Assert.Equal((long)Monitoring.Storage.Sqlite.SqliteMigrations.Latest, await version.ExecuteScalarAsync());
        using var columns = check.CreateCommand();
        columns.CommandText = "SELECT count(*) FROM pragma_table_info('subscriptions') WHERE name IN ('enqueued_through', 'delivered', 'last_delivered_at')";
        Assert.Equal(3L, await columns.ExecuteScalarAsync());
        using var tables = check.CreateCommand();
        tables.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('delivery_leases', 'host_turns')";
        Assert.Equal(2L, await tables.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_database_from_a_newer_build_is_refused_and_left_as_it_is()
    {
        var data = Path.Combine(Path.GetTempPath(), "monitoring-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(data);
        var file = Path.Combine(data, "monitoring.db");
        await using (var newer = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await newer.OpenAsync();
            await ExecuteAsync(newer, "CREATE TABLE future (x INTEGER); PRAGMA user_version = 999;");
        }
        var e = Assert.Throws<StorageStartException>(() => Monitoring.Storage.Sqlite.SqliteDatabase.Open(data));
        Assert.Contains("schema version 999", e.Message, StringComparison.Ordinal);
        Assert.Contains(file, e.Message, StringComparison.Ordinal);
    }
}
