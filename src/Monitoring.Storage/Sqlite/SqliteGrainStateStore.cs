using System.Globalization;

namespace Monitoring.Storage.Sqlite;

/// <summary>Grain state rows in the embedded database; the ETag is a version number.</summary>
public sealed class SqliteGrainStateStore(SqliteDatabase db) : IGrainStateStore
{
    public async Task<StoredState?> ReadAsync(string stateType, string key, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT data, etag FROM grain_state WHERE state_type = $t AND grain_key = $k";
        command.Parameters.AddWithValue("$t", stateType);
        command.Parameters.AddWithValue("$k", key);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }
        var data = (byte[])reader.GetValue(0);
        return new StoredState(data, reader.GetInt64(1).ToString(CultureInfo.InvariantCulture));
    }

    public async Task<string> WriteAsync(string stateType, string key, byte[] data, string? expectedETag, CancellationToken ct = default)
    {
        return await db.WriteAsync(async connection =>
        {
            using var command = connection.CreateCommand();
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            long next;
            if (expectedETag is null)
            {
                next = 1;
                command.CommandText = """
                    INSERT INTO grain_state (state_type, grain_key, etag, data, updated_at)
                    VALUES ($t, $k, 1, $d, $now) ON CONFLICT DO NOTHING
                    """;
            }
            else
            {
                var expected = ParseETag(expectedETag);
                next = expected + 1;
                command.CommandText = """
                    UPDATE grain_state SET etag = etag + 1, data = $d, updated_at = $now
                    WHERE state_type = $t AND grain_key = $k AND etag = $e
                    """;
                command.Parameters.AddWithValue("$e", expected);
            }
            command.Parameters.AddWithValue("$t", stateType);
            command.Parameters.AddWithValue("$k", key);
            command.Parameters.AddWithValue("$d", data);
            command.Parameters.AddWithValue("$now", now);
            if (await command.ExecuteNonQueryAsync(ct) != 1)
            {
                throw new StateConflictException(
                    $"state {stateType}/{key} was written by someone else (expected ETag {expectedETag ?? "none"})");
            }
            return next.ToString(CultureInfo.InvariantCulture);
        }, ct);
    }

    public async Task ClearAsync(string stateType, string key, string? expectedETag, CancellationToken ct = default)
    {
        await db.WriteAsync(async connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = expectedETag is null
                ? "DELETE FROM grain_state WHERE state_type = $t AND grain_key = $k"
                : "DELETE FROM grain_state WHERE state_type = $t AND grain_key = $k AND etag = $e";
            command.Parameters.AddWithValue("$t", stateType);
            command.Parameters.AddWithValue("$k", key);
            if (expectedETag is not null)
            {
                command.Parameters.AddWithValue("$e", ParseETag(expectedETag));
                if (await command.ExecuteNonQueryAsync(ct) != 1)
                {
                    throw new StateConflictException($"state {stateType}/{key} changed before it could be cleared");
                }
                return true;
            }
            await command.ExecuteNonQueryAsync(ct);
            return true;
        }, ct);
    }

    private static long ParseETag(string etag) =>
        long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new StateConflictException($"'{etag}' is not an ETag this store issued");
}
