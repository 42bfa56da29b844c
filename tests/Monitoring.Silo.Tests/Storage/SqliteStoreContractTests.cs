using Monitoring.Abstractions;
using Monitoring.Storage;
using Monitoring.Storage.Sqlite;

namespace Monitoring.Silo.Tests.Storage;

/// <summary>The store contract on the embedded file, and what only the embedded store does.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "monitoring-tests", Guid.NewGuid().ToString("n"));

    protected override Task<StoreSet> OpenAsync()
    {
        var db = SqliteDatabase.Open(_folder);
        return Task.FromResult(new StoreSet(
            new SqliteGrainStateStore(db), new SqliteSourceCatalog(db), new SqliteArticleArchive(db), new SqliteTopicStore(db),
            new SqliteSubscriptionStore(db, new SecretProtector(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))), new SqliteApiKeyStore(db), new SqliteHostTurns(db),
            async () =>
            {
                await db.DisposeAsync();
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(_folder, recursive: true);
            }));
    }

    [Fact]
    public async Task The_one_process_owning_the_file_releases_every_claim_at_start()
    {
        var now = DateTimeOffset.UtcNow;
        await Stores.Catalog.UpsertAsync(new CatalogEntry("s", "https://example.org/s", null, now, new SourceHealth()), 0, now);
        await Stores.Catalog.ClaimDueAsync(0, now, now.AddMinutes(10), 10);

        Assert.Equal(1, await Stores.Catalog.ReleaseClaimsAsync(now));
        Assert.Equal(["s"], await Stores.Catalog.ClaimDueAsync(0, now, now.AddMinutes(10), 10));
    }

    /// <summary>Timed by the times the process passes, its clock being the only one (on PostgreSQL the database's clock times leases).</summary>
    [Fact]
    public async Task A_delivery_lease_has_one_holder_until_it_runs_out_or_is_given_up()
    {
        var subs = Stores.Subscriptions;
        var now = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
        DateTimeOffset At(int seconds) => now.AddSeconds(seconds);

        Assert.True(await subs.TryLeaseAsync("s", "a", At(0), At(10)));
        Assert.False(await subs.TryLeaseAsync("s", "b", At(9), At(19)));
        Assert.True(await subs.TryLeaseAsync("t", "b", At(9), At(19))); // one lease per subscription
        Assert.True(await subs.TryLeaseAsync("s", "a", At(9), At(19))); // renewed by its holder...
        Assert.False(await subs.TryLeaseAsync("s", "b", At(15), At(25))); // ...so it still holds past the first term
        Assert.True(await subs.TryLeaseAsync("s", "b", At(19), At(29))); // run out: taken over
        Assert.False(await subs.TryLeaseAsync("s", "a", At(20), At(30))); // the old holder cannot take it back

        await subs.ReleaseLeaseAsync("s", "a"); // not a's to give up
        Assert.False(await subs.TryLeaseAsync("s", "c", At(20), At(30)));
        await subs.ReleaseLeaseAsync("s", "b");
        Assert.True(await subs.TryLeaseAsync("s", "c", At(20), At(30)));
    }
}
