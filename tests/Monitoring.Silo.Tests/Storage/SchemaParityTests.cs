using Microsoft.Data.Sqlite;
using Monitoring.Silo.Tests.Infrastructure;
using Monitoring.Storage.Postgres;
using Monitoring.Storage.Sqlite;

namespace Monitoring.Silo.Tests.Storage;

/// <summary>The PostgreSQL migrations end at the embedded schema's shape: the same tables, columns and unique keys.</summary>
[Collection(UsesPostgres.Name)]
public sealed class SchemaParityTests(PostgresServer server)
{
    [Fact]
    public async Task Both_providers_have_the_same_tables_and_columns()
    {
        var folder = Path.Combine(Path.GetTempPath(), "monitoring-tests", Guid.NewGuid().ToString("n"));
        var sqlite = new SortedSet<string>(StringComparer.Ordinal);
        await using (var db = SqliteDatabase.Open(folder))
        {
            await using var connection = await db.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT m.name || '.' || c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c
                WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
                UNION ALL
                SELECT m.name || ' unique ' || group_concat(ic.name, ',') FROM sqlite_master m
                JOIN pragma_index_list(m.name) il ON il."unique" = 1
                JOIN pragma_index_info(il.name) ic
                WHERE m.type = 'table' GROUP BY m.name, il.name
                UNION ALL
                -- An INTEGER PRIMARY KEY is the rowid: unique without an index of its own.
                SELECT m.name || ' unique ' || c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c
                WHERE m.type = 'table' AND c.pk = 1 AND upper(c.type) = 'INTEGER'
                  AND (SELECT count(*) FROM pragma_table_info(m.name) WHERE pk > 0) = 1
                """;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                sqlite.Add(reader.GetString(0));
            }
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);

        await using var postgres = PostgresDatabase.Open(await server.CreateDatabaseAsync());
        var columns = await postgres.QueryAsync("""
            SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = 'public'
            UNION ALL
            SELECT t.relname || ' unique ' || string_agg(a.attname, ',' ORDER BY k.n) FROM pg_index i
            JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace s ON s.oid = t.relnamespace AND s.nspname = 'public'
            CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
            WHERE i.indisunique GROUP BY t.relname, i.indexrelid
            """, r => r.GetString(0), null, CancellationToken.None);
        // Only PostgreSQL has its migration record, Orleans' membership, and the silo holding a source's
        // claim (one process owns the embedded store, so it has no other silo's claims to free).
        var shared = columns.Where(c => !c.StartsWith("schema_version", StringComparison.Ordinal) && !c.StartsWith("orleans", StringComparison.Ordinal)
            && c != "sources.claimed_by");

        var postgresShape = new SortedSet<string>(shared, StringComparer.Ordinal);
        Assert.True(sqlite.SetEquals(postgresShape),
            $"only in SQLite: {string.Join("; ", sqlite.Except(postgresShape))}; only in PostgreSQL: {string.Join("; ", postgresShape.Except(sqlite))}");
    }
}
