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

    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    private PostgresDatabase _db = null!;

    protected override async Task<StoreSet> OpenAsync()
    {
        var db = _db = PostgresDatabase.Open(await server.CreateDatabaseAsync());
        return new StoreSet(
            new PostgresGrainStateStore(db), new PostgresSourceCatalog(db, ClaimLease), new PostgresArticleArchive(db), new PostgresTopicStore(db),
            new PostgresSubscriptionStore(db, new SecretProtector(Convert.FromBase64String(PostgresServer.SecretKey))), new PostgresApiKeyStore(db),
            new PostgresHostTurns(db), db.DisposeAsync);
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
    public async Task A_dead_silos_claims_are_freed_at_once_and_only_its_own()
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var id in (string[])["a", "b", "c"])
        {
            await Stores.Catalog.UpsertAsync(new CatalogEntry(id, $"https://example.org/{id}", null, now, new SourceHealth()), 0, now);
        }
        Assert.Equal(["a", "b"], (await Stores.Catalog.ClaimDueAsync(0, now, now.AddMinutes(10), 2, "silo-dead")).Order());
        Assert.Equal(["c"], await Stores.Catalog.ClaimDueAsync(0, now, now.AddMinutes(10), 10, "silo-alive"));
        // "b" reported back before its silo died: it is no longer claimed, and keeps its next poll time.
        await Stores.Catalog.UpdateHealthAsync("b", null, new SourceHealth(), now.AddMinutes(15));

        Assert.Equal(1, await Stores.Catalog.ReleaseClaimsOfAsync(["silo-dead", "silo-gone"], now.AddSeconds(1)));
        Assert.Equal(["a"], await Stores.Catalog.ClaimDueAsync(0, now.AddSeconds(1), now.AddMinutes(10), 10, "silo-alive"));
        Assert.Equal(0, await Stores.Catalog.ReleaseClaimsOfAsync([], now.AddSeconds(1)));

        // Polls in flight when a silo died: freed only by the silo holding their claims, and only once; "b" reported back.
        Assert.Equal(0, await Stores.Catalog.ReleaseClaimsHeldAsync(["b", "c"], "silo-dead", now.AddSeconds(2)));
        Assert.Equal(1, await Stores.Catalog.ReleaseClaimsHeldAsync(["b", "c"], "silo-alive", now.AddSeconds(2)));
        Assert.Equal(0, await Stores.Catalog.ReleaseClaimsHeldAsync(["b", "c"], "silo-alive", now.AddSeconds(2)));
        Assert.Equal(["c"], await Stores.Catalog.ClaimDueAsync(0, now.AddSeconds(2), now.AddMinutes(10), 10, "silo-alive"));
    }

    [Fact]
    public async Task Silos_asking_for_a_delivery_lease_at_once_get_it_one_at_a_time()
    {
        var now = DateTimeOffset.UtcNow;
        for (var round = 0; round < 20; round++)
        {
            var subscription = $"s{round}";
            var won = await Task.WhenAll(Enumerable.Range(0, 6).Select(silo =>
                Task.Run(() => Stores.Subscriptions.TryLeaseAsync(subscription, $"silo-{silo}", now, now.AddSeconds(10)))));
            Assert.Equal(1, won.Count(w => w));
        }
    }

    [Fact]
    public async Task Silos_booking_one_host_at_once_get_starts_the_gap_apart()
    {
        var now = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
        var gap = TimeSpan.FromSeconds(1);
        var starts = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => Stores.Turns.BookAsync("busy.example", now, gap))));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => now + i * gap), starts.Order());
    }

    [Fact]
    public async Task Webhook_secrets_are_sealed_at_rest_and_a_secret_stored_in_clear_is_still_read()
    {
        var subscription = new Subscription
        {
            Id = "sealed",
            Owner = "k",
            Topic = "t",
            Channel = new SubscriptionChannel { Type = SubscriptionChannel.Webhook, Url = "https://hooks.example.org/x", Secret = "whsec_c2VhbGVkLXNlY3JldA==" },
        };
        await Stores.Subscriptions.UpsertAsync(subscription);

        var stored = await _db.ScalarAsync<string>("SELECT definition FROM subscriptions WHERE id = 'sealed'", null, CancellationToken.None);
        Assert.DoesNotContain("whsec_c2VhbGVkLXNlY3JldA==", stored);
        Assert.Contains("enc1:", stored);
        Assert.Equal("whsec_c2VhbGVkLXNlY3JldA==", (await Stores.Subscriptions.GetAsync("sealed"))!.Channel.Secret);

        // A row written before secrets were sealed on PostgreSQL.
        await _db.ExecuteAsync("UPDATE subscriptions SET definition = @d WHERE id = 'sealed'",
            new { d = System.Text.Json.JsonSerializer.Serialize(subscription, WebJson) }, CancellationToken.None);
        Assert.Equal("whsec_c2VhbGVkLXNlY3JldA==", (await Stores.Subscriptions.GetAsync("sealed"))!.Channel.Secret);

        // Another key cannot open it, and says so.
        var other = new PostgresSubscriptionStore(_db, new SecretProtector(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        await Stores.Subscriptions.UpsertAsync(subscription);
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => other.GetAsync("sealed"));
        Assert.Contains("Storage:SecretKey", e.Message);
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
