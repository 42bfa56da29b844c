namespace Monitoring.Storage.Sqlite;

/// <summary>
/// Host turns in the embedded file. One process owns the file and its in-process throttle already keeps the
/// gap, so a silo does not use this; it keeps the contract the same on both providers.
/// </summary>
public sealed class SqliteHostTurns(SqliteDatabase db) : IHostTurns
{
    public async Task<DateTimeOffset> BookAsync(string host, DateTimeOffset now, TimeSpan gap, CancellationToken ct = default)
    {
        var free = await db.WriteAsync(async connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO host_turns (host, next_start) VALUES ($host, $now + $gap)
                ON CONFLICT (host) DO UPDATE SET next_start = MAX(host_turns.next_start, $now) + $gap
                RETURNING next_start
                """;
            command.Parameters.AddWithValue("$host", host.ToLowerInvariant());
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$gap", (long)gap.TotalMilliseconds);
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }, ct);
        return DateTimeOffset.FromUnixTimeMilliseconds(free) - gap;
    }
}
