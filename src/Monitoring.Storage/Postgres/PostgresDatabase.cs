using Npgsql;

namespace Monitoring.Storage.Postgres;

/// <summary>
/// The shared PostgreSQL database: a pooled data source, the schema brought up to date at open (under
/// an advisory lock, so silos starting together migrate once), and sessions for the stores. Unlike the
/// embedded file there is no single writer: PostgreSQL orders concurrent writers itself, from any silo.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource _source;

    private PostgresDatabase(NpgsqlDataSource source) => _source = source;

    /// <summary>Connects and takes the schema steps the database lacks; any problem is a <see cref="StorageStartException"/>.</summary>
    public static PostgresDatabase Open(string connectionString)
    {
        NpgsqlDataSource source;
        try
        {
            source = NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StorageStartException($"Storage:ConnectionString is not a PostgreSQL connection string: {e.Message}", e);
        }
        var db = new PostgresDatabase(source);
        try
        {
            PostgresMigrations.ApplyAsync(source).GetAwaiter().GetResult();
            return db;
        }
        catch (Exception e) when (e is NpgsqlException or PostgresException or System.Net.Sockets.SocketException or TimeoutException)
        {
            source.Dispose();
            throw new StorageStartException($"cannot use the PostgreSQL database ({Describe(connectionString)}): {e.Message}", e);
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> on a pooled connection, outside any transaction.</summary>
    public async Task<T> RunAsync<T>(Func<PgSession, Task<T>> work, CancellationToken ct = default)
    {
        await using var connection = await _source.OpenConnectionAsync(ct);
        return await work(new PgSession(connection, null, ct));
    }

    /// <summary>Runs <paramref name="work"/> in one transaction, committed when it returns.</summary>
    public async Task<T> TransactionAsync<T>(Func<PgSession, Task<T>> work, CancellationToken ct = default)
    {
        await using var connection = await _source.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var result = await work(new PgSession(connection, transaction, ct));
        await transaction.CommitAsync(ct);
        return result;
    }

    public Task<int> ExecuteAsync(string sql, object? args, CancellationToken ct) => RunAsync(s => s.ExecuteAsync(sql, args), ct);

    public Task<T?> ScalarAsync<T>(string sql, object? args, CancellationToken ct) => RunAsync(s => s.ScalarAsync<T>(sql, args), ct);

    public Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read, object? args, CancellationToken ct) =>
        RunAsync(s => s.QueryAsync(sql, read, args), ct);

    public ValueTask DisposeAsync() => _source.DisposeAsync();

    /// <summary>Host and database, never the password, for messages.</summary>
    private static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"host {builder.Host}:{builder.Port}, database {builder.Database}";
    }
}
