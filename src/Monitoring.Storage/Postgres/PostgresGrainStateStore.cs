using System.Globalization;

namespace Monitoring.Storage.Postgres;

/// <summary>Grain state rows in PostgreSQL; the ETag is a version number checked in the write itself.</summary>
public sealed class PostgresGrainStateStore(PostgresDatabase db) : IGrainStateStore
{
    public async Task<StoredState?> ReadAsync(string stateType, string key, CancellationToken ct = default)
    {
        var rows = await db.QueryAsync(
            "SELECT data, etag FROM grain_state WHERE state_type = @t AND grain_key = @k",
            r => new StoredState((byte[])r.GetValue(0), r.GetInt64(1).ToString(CultureInfo.InvariantCulture)),
            new { t = stateType, k = key }, ct);
        return rows.Count > 0 ? rows[0] : null;
    }

    public async Task<string> WriteAsync(string stateType, string key, byte[] data, string? expectedETag, CancellationToken ct = default)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        long next;
        int written;
        if (expectedETag is null)
        {
            next = 1;
            written = await db.ExecuteAsync("""
                INSERT INTO grain_state (state_type, grain_key, etag, data, updated_at) VALUES (@t, @k, 1, @d, @now)
                ON CONFLICT DO NOTHING
                """, new { t = stateType, k = key, d = data, now }, ct);
        }
        else
        {
            var expected = ParseETag(expectedETag);
            next = expected + 1;
            written = await db.ExecuteAsync("""
                UPDATE grain_state SET etag = etag + 1, data = @d, updated_at = @now
                WHERE state_type = @t AND grain_key = @k AND etag = @e
                """, new { t = stateType, k = key, d = data, now, e = expected }, ct);
        }
        return written == 1
            ? next.ToString(CultureInfo.InvariantCulture)
            : throw new StateConflictException($"state {stateType}/{key} was written by someone else (expected ETag {expectedETag ?? "none"})");
    }

    public async Task ClearAsync(string stateType, string key, string? expectedETag, CancellationToken ct = default)
    {
        if (expectedETag is null)
        {
            await db.ExecuteAsync("DELETE FROM grain_state WHERE state_type = @t AND grain_key = @k", new { t = stateType, k = key }, ct);
            return;
        }
        var deleted = await db.ExecuteAsync("DELETE FROM grain_state WHERE state_type = @t AND grain_key = @k AND etag = @e",
            new { t = stateType, k = key, e = ParseETag(expectedETag) }, ct);
        if (deleted != 1)
        {
            throw new StateConflictException($"state {stateType}/{key} changed before it could be cleared");
        }
    }

    private static long ParseETag(string etag) =>
        long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new StateConflictException($"'{etag}' is not an ETag this store issued");
}
