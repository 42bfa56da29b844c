using System.Collections.Concurrent;
using System.Reflection;
using Npgsql;

namespace Monitoring.Storage.Postgres;

/// <summary>
/// One connection (and transaction, when there is one) with the three things every store does:
/// run a statement, read a scalar, read rows. Parameters come from an anonymous object
/// (<c>new { id, url }</c> binds <c>@id</c> and <c>@url</c>); a null value is bound as SQL NULL.
/// </summary>
public sealed class PgSession(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken ct)
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public NpgsqlConnection Connection => connection;

    public CancellationToken Cancellation => ct;

    public async Task<int> ExecuteAsync(string sql, object? args = null)
    {
        await using var command = Command(sql, args);
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The first column of the first row, or default when there is no row or it is NULL.</summary>
    public async Task<T?> ScalarAsync<T>(string sql, object? args = null)
    {
        await using var command = Command(sql, args);
        var value = await command.ExecuteScalarAsync(ct);
        return value is null or DBNull ? default : (T)value;
    }

    public async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read, object? args = null)
    {
        await using var command = Command(sql, args);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    private NpgsqlCommand Command(string sql, object? args)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        if (args is not null)
        {
            foreach (var property in Properties.GetOrAdd(args.GetType(), t => t.GetProperties()))
            {
                command.Parameters.AddWithValue(property.Name, property.GetValue(args) ?? DBNull.Value);
            }
        }
        return command;
    }
}
