using Monitoring.Silo.Tests.Infrastructure;
using Monitoring.Storage;
using Monitoring.Storage.Postgres;

namespace Monitoring.Silo.Tests.Storage;

/// <summary>
/// Delivery leases on PostgreSQL are timed by the database's clock: a silo whose clock is an hour off
/// (the times it passes) can neither take a lease another silo still holds nor keep one past its term.
/// </summary>
[Collection(UsesPostgres.Name)]
public sealed class PostgresLeaseClockTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly TimeSpan Skew = TimeSpan.FromHours(1);

    private PostgresDatabase _db = null!;
    private PostgresSubscriptionStore _store = null!;

    public async Task InitializeAsync()
    {
        _db = PostgresDatabase.Open(await server.CreateDatabaseAsync());
        _store = new PostgresSubscriptionStore(_db, new SecretProtector(Convert.FromBase64String(PostgresServer.SecretKey)));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_silo_whose_clock_runs_ahead_cannot_take_a_lease_still_held()
    {
        var now = DateTimeOffset.UtcNow;
        Assert.True(await _store.TryLeaseAsync("s", "on-time", now, now.AddSeconds(30)));

        var ahead = DateTimeOffset.UtcNow + Skew;
        Assert.False(await _store.TryLeaseAsync("s", "ahead", ahead, ahead.AddSeconds(30)));
        Assert.True(await _store.TryLeaseAsync("s", "on-time", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddSeconds(30))); // still its holder's
    }

    [Fact]
    public async Task A_silo_whose_clock_runs_ahead_holds_a_lease_only_for_its_term()
    {
        var term = TimeSpan.FromSeconds(1);
        var ahead = DateTimeOffset.UtcNow + Skew;
        Assert.True(await _store.TryLeaseAsync("s", "ahead", ahead, ahead + term));
        var taken = DateTimeOffset.UtcNow;
        Assert.False(await _store.TryLeaseAsync("s", "on-time", taken, taken.AddSeconds(30)));

        // Taken over once the term has run out by the database's clock, not an hour later.
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while (!await _store.TryLeaseAsync("s", "on-time", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddSeconds(30)))
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "the lease of the silo whose clock runs ahead was still held 20 s after its 1 s term");
            await Task.Delay(100);
        }
        Assert.True(DateTimeOffset.UtcNow - taken >= term - TimeSpan.FromMilliseconds(100), "taken over before the term ran out");
    }

    [Fact]
    public async Task A_silo_whose_clock_runs_behind_keeps_its_lease_for_its_term()
    {
        var behind = DateTimeOffset.UtcNow - Skew;
        Assert.True(await _store.TryLeaseAsync("s", "behind", behind, behind.AddSeconds(30)));

        var now = DateTimeOffset.UtcNow;
        Assert.False(await _store.TryLeaseAsync("s", "on-time", now, now.AddSeconds(30)));
    }
}
