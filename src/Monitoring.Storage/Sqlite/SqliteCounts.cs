using Microsoft.Data.Sqlite;

namespace Monitoring.Storage.Sqlite;

/// <summary>Reads the (bucket, count) rows of a grouped count.</summary>
internal static class SqliteCounts
{
    public static async Task<List<(long, long)>> ReadPairsAsync(SqliteCommand command, CancellationToken ct)
    {
        var rows = new List<(long, long)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add((reader.GetInt64(0), reader.GetInt64(1)));
        }
        return rows;
    }
}
