namespace Monitoring.Storage.Postgres;

/// <summary>Host turns in PostgreSQL: one row per host holding the earliest free start, moved on in one statement.</summary>
public sealed class PostgresHostTurns(PostgresDatabase db) : IHostTurns
{
    public async Task<DateTimeOffset> BookAsync(string host, DateTimeOffset now, TimeSpan gap, CancellationToken ct = default)
    {
        // The row lock orders silos booking the same host at once; each gets the free start the one before it left.
        var free = await db.ScalarAsync<long>("""
            INSERT INTO host_turns (host, next_start) VALUES (@host, @now + @gap)
            ON CONFLICT (host) DO UPDATE SET next_start = greatest(host_turns.next_start, @now) + @gap
            RETURNING next_start
            """, new { host = host.ToLowerInvariant(), now = now.ToUnixTimeMilliseconds(), gap = (long)gap.TotalMilliseconds }, ct);
        return DateTimeOffset.FromUnixTimeMilliseconds(free) - gap;
    }
}
