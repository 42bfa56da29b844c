using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Monitoring.Storage.Sqlite;

/// <summary>
/// The embedded database: one file, WAL journal, schema applied on first open. Reads use pooled
/// connections; writes go through one writer that commits whatever has queued up in a single
/// transaction (group commit), each write inside its own savepoint so one failure spoils no other.
/// A batch commits once it has done <see cref="MaxBatchWork"/> of work, and writes a request waits on
/// (<see cref="WriteFirstAsync{T}"/>) go before the queued background ones: under a flood of polls a
/// registration waits for the batch in progress, not for the whole backlog.
/// </summary>
public sealed class SqliteDatabase : IAsyncDisposable
{
    private const int MaxWritesPerCommit = 512;

    /// <summary>Work a batch does before it commits, so a write queued first waits at most about this long.</summary>
    public static readonly TimeSpan MaxBatchWork = TimeSpan.FromMilliseconds(20);

    private readonly string _connectionString;
    private readonly Channel<PendingWrite> _writes = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<PendingWrite> _first = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lazy<Task> _writer;

    private readonly DataFolderLock? _lock;

    private SqliteDatabase(string filePath, DataFolderLock? folderLock)
    {
        FilePath = filePath;
        _lock = folderLock;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            // Another process holding the file lock (a CLI, a backup) is waited for, not failed on.
            DefaultTimeout = 30,
        }.ToString();
        _writer = new Lazy<Task>(() => Task.Run(WriteLoopAsync));
    }

    /// <summary>
    /// Opens the database in <paramref name="folder"/> for this process alone, checks it and brings its
    /// schema up to date; any problem is a <see cref="StorageStartException"/> naming the file and cause.
    /// </summary>
    public static SqliteDatabase Open(string folder, bool checkIntegrity = true)
    {
        var full = System.IO.Path.GetFullPath(folder);
        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageStartException($"cannot create the data folder {full}: {e.Message}", e);
        }
        var folderLock = DataFolderLock.Acquire(full);
        try
        {
            var file = System.IO.Path.Combine(full, FileName);
            if (File.Exists(file) && new FileInfo(file).Length == 0)
            {
                // SQLite would take an empty file as a new database and the silo would start with nothing.
                throw new StorageStartException(
                    $"the database {file} exists but is empty (0 bytes), so it is not one this silo made; move it away to start afresh, or restore it from a backup");
            }
            var db = new SqliteDatabase(file, folderLock);
            db.Prepare(checkIntegrity);
            FileModes.Restrict(full, file);
            return db;
        }
        catch
        {
            folderLock.Dispose();
            throw;
        }
    }

    private const string FileName = "monitoring.db";

    public string FilePath { get; }

    /// <summary>A pooled connection for reading; writes go through <see cref="WriteAsync{T}"/>.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken ct = default)
    {
        // No pragmas: they concern writing, and a busy database is waited for by the command timeout.
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the writer connection, inside a transaction the writer owns:
    /// the work must not begin or commit transactions itself. Completes once the work is committed.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken ct = default) => EnqueueAsync(_writes, work, ct);

    /// <summary>
    /// As <see cref="WriteAsync{T}"/>, but ahead of every background write still queued: for the few writes a user's
    /// request waits on (a registration, a removal), so that a backlog of poll writes does not stand in front of them.
    /// Its order against writes already queued is not kept, so it is only for writes no queued one depends on.
    /// </summary>
    public Task<T> WriteFirstAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken ct = default) => EnqueueAsync(_first, work, ct);

    private async Task<T> EnqueueAsync<T>(Channel<PendingWrite> queue, Func<SqliteConnection, Task<T>> work, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var pending = new PendingWrite(async c => await work(c), new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!queue.Writer.TryWrite(pending), this);
        _ = _writer.Value;
        return (T)(await pending.Done.Task)!;
    }

    public async ValueTask DisposeAsync()
    {
        _first.Writer.TryComplete();
        _writes.Writer.TryComplete();
        if (_writer.IsValueCreated)
        {
            await _writer.Value;
        }
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
        _lock?.Dispose();
    }

    private async Task WriteLoopAsync()
    {
        await using var connection = await OpenRawAsync(CancellationToken.None);
        // Prepared once: they run around every write.
        using var begin = Command(connection, "BEGIN IMMEDIATE");
        using var savepoint = Command(connection, "SAVEPOINT w");
        using var release = Command(connection, "RELEASE w");
        using var rollbackTo = Command(connection, "ROLLBACK TO w");
        using var commit = Command(connection, "COMMIT");
        var batch = new List<PendingWrite>(MaxWritesPerCommit);
        var results = new List<(object? Value, Exception? Error)>(MaxWritesPerCommit);
        while (await AnyQueuedAsync())
        {
            batch.Clear();
            results.Clear();
            if (!TryTake(out var next))
            {
                continue;
            }
            // Taken before the transaction begins, so a database that cannot begin one fails this write rather than none.
            batch.Add(next);
            try
            {
                begin.ExecuteNonQuery();
                var started = Stopwatch.GetTimestamp();
                // One write at a time, first-queued ones before the rest, until the batch has done its share of work.
                for (var i = 0; ; i++)
                {
                    savepoint.ExecuteNonQuery();
                    try
                    {
                        results.Add((await batch[i].Work(connection), null));
                        release.ExecuteNonQuery();
                    }
                    catch (Exception e)
                    {
                        results.Add((null, e));
                        rollbackTo.ExecuteNonQuery();
                        release.ExecuteNonQuery();
                    }
                    if (batch.Count == MaxWritesPerCommit || Stopwatch.GetElapsedTime(started) >= MaxBatchWork || !TryTake(out next))
                    {
                        break;
                    }
                    batch.Add(next);
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

    private bool TryTake(out PendingWrite next) => _first.Reader.TryRead(out next!) || _writes.Reader.TryRead(out next!);

    /// <summary>Waits until either queue holds a write; false once both are closed and empty.</summary>
    private async Task<bool> AnyQueuedAsync()
    {
        var first = _first.Reader.WaitToReadAsync().AsTask();
        var rest = _writes.Reader.WaitToReadAsync().AsTask();
        var done = await Task.WhenAny(first, rest);
        // A queue that says false is closed and empty: the other one decides.
        return await done || await (done == first ? rest : first);
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

    /// <summary>Reads the file once through, then takes the schema steps it lacks.</summary>
    private void Prepare(bool checkIntegrity)
    {
        try
        {
            using var connection = OpenRawAsync(CancellationToken.None).GetAwaiter().GetResult();
            using (var mode = Command(connection, "PRAGMA journal_mode=WAL"))
            {
                mode.ExecuteNonQuery();
            }
            if (checkIntegrity)
            {
                using var check = Command(connection, "PRAGMA quick_check(1)");
                if (check.ExecuteScalar() is not "ok" and var result)
                {
                    throw new StorageStartException($"the database {FilePath} is damaged ({result}); restore it from a backup");
                }
            }
            SqliteMigrations.ApplyAsync(connection).GetAwaiter().GetResult();
        }
        catch (SqliteException e)
        {
            throw new StorageStartException($"cannot use the database {FilePath}: {e.Message}", e);
        }
    }

    private sealed record PendingWrite(Func<SqliteConnection, Task<object?>> Work, TaskCompletionSource<object?> Done);
}
