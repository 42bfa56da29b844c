using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Monitoring.Storage.Sqlite;

/// <summary>
/// The embedded database: one file, WAL journal, schema applied on first open. Reads use pooled
/// connections; writes go through one writer that commits whatever has queued up in a single
/// transaction (group commit), each write inside its own savepoint so one failure spoils no other.
/// </summary>
public sealed class SqliteDatabase : IAsyncDisposable
{
    private const int MaxWritesPerCommit = 512;

    private readonly string _connectionString;
    private readonly Lazy<Task> _schema;
    private readonly Channel<PendingWrite> _writes = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lazy<Task> _writer;

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
            // Another process holding the file lock (a CLI, a backup) is waited for, not failed on.
            DefaultTimeout = 30,
        }.ToString();
        _schema = new Lazy<Task>(ApplySchemaAsync);
        _writer = new Lazy<Task>(() => Task.Run(WriteLoopAsync));
    }

    public string FilePath { get; }

    /// <summary>A pooled connection for reading; writes go through <see cref="WriteAsync{T}"/>.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken ct = default)
    {
        await _schema.Value;
        // No pragmas: they concern writing, and a busy database is waited for by the command timeout.
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the writer connection, inside a transaction the writer owns:
    /// the work must not begin or commit transactions itself. Completes once the work is committed.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var pending = new PendingWrite(async c => await work(c), new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!_writes.Writer.TryWrite(pending), this);
        _ = _writer.Value;
        return (T)(await pending.Done.Task)!;
    }

    public async ValueTask DisposeAsync()
    {
        _writes.Writer.TryComplete();
        if (_writer.IsValueCreated)
        {
            await _writer.Value;
        }
    }

    private async Task WriteLoopAsync()
    {
        await _schema.Value;
        await using var connection = await OpenRawAsync(CancellationToken.None);
        // Prepared once: they run around every write.
        using var begin = Command(connection, "BEGIN IMMEDIATE");
        using var savepoint = Command(connection, "SAVEPOINT w");
        using var release = Command(connection, "RELEASE w");
        using var rollbackTo = Command(connection, "ROLLBACK TO w");
        using var commit = Command(connection, "COMMIT");
        var batch = new List<PendingWrite>(MaxWritesPerCommit);
        while (await _writes.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxWritesPerCommit && _writes.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }
            var results = new (object? Value, Exception? Error)[batch.Count];
            try
            {
                begin.ExecuteNonQuery();
                for (var i = 0; i < batch.Count; i++)
                {
                    savepoint.ExecuteNonQuery();
                    try
                    {
                        results[i] = (await batch[i].Work(connection), null);
                        release.ExecuteNonQuery();
                    }
                    catch (Exception e)
                    {
                        results[i] = (null, e);
                        rollbackTo.ExecuteNonQuery();
                        release.ExecuteNonQuery();
                    }
                }
                commit.ExecuteNonQuery();
            }
            catch (Exception e)
            {
                // The commit itself failed (disk full, I/O error): nothing in the batch was stored.
                try
                {
                    using var rollback = Command(connection, "ROLLBACK");
                    rollback.ExecuteNonQuery();
                }
                catch (SqliteException)
                {
                    // No transaction left to roll back.
                }
                foreach (var pending in batch)
                {
                    pending.Done.TrySetException(e);
                }
                continue;
            }
            for (var i = 0; i < batch.Count; i++)
            {
                if (results[i].Error is { } error)
                {
                    batch[i].Done.TrySetException(error);
                }
                else
                {
                    batch[i].Done.TrySetResult(results[i].Value);
                }
            }
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
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

    private sealed record PendingWrite(Func<SqliteConnection, Task<object?>> Work, TaskCompletionSource<object?> Done);
}
