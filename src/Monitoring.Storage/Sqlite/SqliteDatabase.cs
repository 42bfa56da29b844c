using Microsoft.Data.Sqlite;

namespace Monitoring.Storage.Sqlite;

/// <summary>The embedded database: one file, WAL journal, schema applied on first open.</summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly Lazy<Task> _schema;

    public SqliteDatabase(string folder)
    {
        Directory.CreateDirectory(folder);
        FilePath = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, "monitoring.db"));
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            // Writers queue on the file lock; wait for it rather than fail under load.
            DefaultTimeout = 30,
        }.ToString();
        _schema = new Lazy<Task>(ApplySchemaAsync);
    }

    public string FilePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct = default)
    {
        await _schema.Value;
        return await OpenRawAsync(ct);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        using var pragma = connection.CreateCommand();
        // NORMAL is durable across process crashes in WAL mode; FULL only adds power-loss safety.
        pragma.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";
        await pragma.ExecuteNonQueryAsync(ct);
        return connection;
    }

    private async Task ApplySchemaAsync()
    {
        await using var connection = await OpenRawAsync(CancellationToken.None);
        using var command = connection.CreateCommand();
        command.CommandText = SqliteSchema.Script;
        await command.ExecuteNonQueryAsync();
    }
}
