using Monitoring.Abstractions;
using Monitoring.Storage;
using Monitoring.Storage.Sqlite;

namespace Monitoring.Silo.Tests;

public sealed class StorageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "monitoring-tests", Guid.NewGuid().ToString("n"));
    private readonly SqliteDatabase _db;

    public StorageTests() => _db = SqliteDatabase.Open(_folder);

    public void Dispose()
    {
        _db.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task State_writes_check_the_etag()
    {
        var store = new SqliteGrainStateStore(_db);
        var first = await store.WriteAsync("source", "a", [1, 2, 3], expectedETag: null);
        var second = await store.WriteAsync("source", "a", [4], first);

        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("source", "a", [5], first));
        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("source", "a", [6], expectedETag: null));
        var read = await store.ReadAsync("source", "a");
        Assert.Equal([4], read!.Data);
        Assert.Equal(second, read.ETag);

        await store.ClearAsync("source", "a", second);
        Assert.Null(await store.ReadAsync("source", "a"));
    }

    [Fact]
    public async Task Claiming_due_sources_leases_them_so_they_are_not_claimed_twice()
    {
        var catalog = new SqliteSourceCatalog(_db);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 5; i++)
        {
            await catalog.UpsertAsync(new CatalogEntry($"s{i}", $"https://example.org/{i}", null, now, new SourceHealth()), shard: i % 2, nextPollAt: now.AddSeconds(i - 2));
        }

        var shard0 = await catalog.ClaimDueAsync(0, now, now.AddMinutes(10), limit: 10);
        var again = await catalog.ClaimDueAsync(0, now, now.AddMinutes(10), limit: 10);
        var later = await catalog.ClaimDueAsync(0, now.AddMinutes(11), now.AddMinutes(20), limit: 10);

        Assert.Equal(["s0", "s2"], shard0.Order());
        Assert.Empty(again);
        Assert.Equal(["s0", "s2", "s4"], later.Order());
    }

    [Fact]
    public async Task The_archive_keeps_one_article_per_canonical_url_with_every_source()
    {
        var archive = new SqliteArticleArchive(_db);
        var article = new Article { CanonicalUrl = "https://example.org/a", Url = "https://example.org/a?utm_source=x", FetchedAt = DateTimeOffset.UtcNow };

        var first = await archive.AddAsync(article, "s1", "i1");
        var second = await archive.AddAsync(article, "s2", "i9");
        var repeat = await archive.AddAsync(article, "s2", "i9");

        Assert.Equal(new ArchiveResult(true, true), first);
        Assert.Equal(new ArchiveResult(false, true), second);
        Assert.Equal(new ArchiveResult(false, false), repeat);
        var stored = await archive.GetAsync("https://example.org/a");
        Assert.Equal(["s1", "s2"], stored!.Sources);
    }

    [Fact]
    public async Task Replay_pages_walk_the_archive_in_publication_order()
    {
        var archive = new SqliteArticleArchive(_db);
        var t0 = new DateTimeOffset(2022, 3, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var hour in new[] { 5, 1, 3, 2, 4 })
        {
            await archive.AddAsync(new Article { CanonicalUrl = $"https://example.org/{hour}", Url = $"https://example.org/{hour}", PublishedAt = t0.AddHours(hour), FetchedAt = DateTimeOffset.UtcNow }, "s", $"{hour}");
        }

        var seen = new List<string>();
        ArchiveCursor? cursor = null;
        do
        {
            var page = await archive.ReadForReplayAsync(cursor, limit: 2);
            seen.AddRange(page.Articles.Select(a => a.CanonicalUrl[^1..]));
            cursor = page.Next;
        }
        while (cursor is not null);

        Assert.Equal(["1", "2", "3", "4", "5"], seen);
    }
}
