using Monitoring.Abstractions;
using Monitoring.Silo.Tests.Infrastructure;
using Monitoring.Storage;
using Monitoring.Storage.Postgres;

namespace Monitoring.Silo.Tests.Storage;

/// <summary>The store contract on PostgreSQL, and what only the shared store does.</summary>
[Collection(UsesPostgres.Name)]
public sealed class PostgresStoreContractTests(PostgresServer server) : StoreContractTests
{
    private static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);

    protected override async Task<StoreSet> OpenAsync()
    {
        var db = PostgresDatabase.Open(await server.CreateDatabaseAsync());
        return new StoreSet(
            new PostgresGrainStateStore(db), new PostgresSourceCatalog(db, ClaimLease), new PostgresArticleArchive(db), new PostgresTopicStore(db),
            new PostgresSubscriptionStore(db), new PostgresApiKeyStore(db), db.DisposeAsync);
    }

    [Fact]
    public async Task Claims_last_at_most_the_claim_lease_and_only_run_out_claims_are_released()
    {
        var now = DateTimeOffset.UtcNow;
        await Stores.Catalog.UpsertAsync(new CatalogEntry("s", "https://example.org/s", null, now, new SourceHealth()), 0, now);
        Assert.Equal(["s"], await Stores.Catalog.ClaimDueAsync(0, now, now.AddMinutes(10), 10));

        // Another silo's poll may hold it: a silo starting does not take it back.
        Assert.Equal(0, await Stores.Catalog.ReleaseClaimsAsync(now.AddSeconds(1)));
        Assert.Empty(await Stores.Catalog.ClaimDueAsync(0, now.AddSeconds(1), now.AddMinutes(10), 10));
        // Asked for ten minutes, held for the claim lease: a dead silo's sources poll again within it.
        Assert.Equal(["s"], await Stores.Catalog.ClaimDueAsync(0, now + ClaimLease, now.AddMinutes(20), 10));
        Assert.Equal(1, await Stores.Catalog.ReleaseClaimsAsync(now.AddMinutes(20)));
    }

    [Fact]
    public async Task Silos_starting_together_migrate_the_database_once()
    {
        var connectionString = await server.CreateDatabaseAsync();

        var opened = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostgresDatabase.Open(connectionString))));

        var version = await opened[0].ScalarAsync<int>("SELECT version FROM schema_version", null, CancellationToken.None);
        var rows = await opened[0].ScalarAsync<long>("SELECT count(*) FROM schema_version", null, CancellationToken.None);
        Assert.Equal(PostgresMigrations.Latest, version);
        Assert.Equal(1, rows);
        foreach (var db in opened)
        {
            await db.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_database_from_a_newer_build_stops_the_start()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using (var db = PostgresDatabase.Open(connectionString))
        {
            await db.ExecuteAsync("UPDATE schema_version SET version = 999", null, CancellationToken.None);
        }

        var e = Assert.Throws<StorageStartException>(() => PostgresDatabase.Open(connectionString));
        Assert.Contains("schema version 999", e.Message);
    }

    [Fact]
    public void An_unreachable_server_stops_the_start_naming_it_without_the_password()
    {
        var e = Assert.Throws<StorageStartException>(() =>
            PostgresDatabase.Open($"Host=127.0.0.1;Port={FreePort.Next()};Database=nowhere;Username=u;Password=secret-pw;Timeout=3"));
        Assert.Contains("database nowhere", e.Message);
        Assert.DoesNotContain("secret-pw", e.Message);
    }
}
