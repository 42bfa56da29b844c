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
}
