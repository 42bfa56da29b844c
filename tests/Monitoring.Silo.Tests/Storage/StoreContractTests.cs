using Monitoring.Abstractions;
using Monitoring.Storage;

namespace Monitoring.Silo.Tests.Storage;

/// <summary>
/// What every storage provider promises, run once per provider (the subclasses): the same calls,
/// the same answers, on the embedded file and on PostgreSQL.
/// </summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    private StoreSet? _stores;

    protected StoreSet Stores => _stores!;

    /// <summary>Opens every store over a new, empty database.</summary>
    protected abstract Task<StoreSet> OpenAsync();

    public async Task InitializeAsync() => _stores = await OpenAsync();

    public async Task DisposeAsync() => await Stores.Close();

    /// <summary>Records holding lists compare by reference; their JSON compares by value.</summary>
    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static Article NewArticle(string path, DateTimeOffset? published = null) =>
        new() { CanonicalUrl = "https://example.org/" + path, Url = "https://example.org/" + path + "?utm_source=x", PublishedAt = published, FetchedAt = DateTimeOffset.UtcNow };

    [Fact]
    public async Task State_writes_check_the_etag()
    {
        var store = Stores.State;
        var first = await store.WriteAsync("source", "a", [1, 2, 3], expectedETag: null);
        var second = await store.WriteAsync("source", "a", [4], first);

        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("source", "a", [5], first));
        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("source", "a", [6], expectedETag: null));
        await Assert.ThrowsAsync<StateConflictException>(() => store.ClearAsync("source", "a", first));
        var read = await store.ReadAsync("source", "a");
        Assert.Equal([4], read!.Data);
        Assert.Equal(second, read.ETag);
        Assert.Null(await store.ReadAsync("source", "b"));

        await store.ClearAsync("source", "a", second);
        Assert.Null(await store.ReadAsync("source", "a"));
    }

    [Fact]
    public async Task Adding_many_inserts_only_what_is_new_and_says_which()
    {
        var catalog = Stores.Catalog;
        var t0 = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);
        await catalog.UpsertAsync(new CatalogEntry("old", "https://example.org/old", "Kept", t0, new SourceHealth()), 0, t0);
        NewSource Row(string id, string? title = null) => new(new CatalogEntry(id, $"https://example.org/{id}", title, t0.AddMinutes(1), new SourceHealth { State = SourceState.New }), 1, t0);

        var inserted = await catalog.AddManyAsync([Row("a", "A"), Row("old", "Replaced?"), Row("b"), Row("a")]);

        Assert.Equal([true, false, true, false], inserted);
        Assert.Equal(3, await catalog.CountAsync());
        Assert.Equal("Kept", (await catalog.GetAsync("old"))!.Title);
        Assert.Equal("A", (await catalog.GetAsync("a"))!.Title);
        Assert.Equal(SourceState.New, (await catalog.GetAsync("b"))!.Health.State);
        Assert.Equal(["a", "b"], (await catalog.ClaimDueAsync(1, t0, t0.AddMinutes(10), 10)).Order());
        Assert.Empty(await catalog.AddManyAsync([]));
    }

    [Fact]
    public async Task The_catalog_lists_counts_updates_and_removes_sources()
    {
        var catalog = Stores.Catalog;
        var t0 = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 3; i++)
        {
            await catalog.UpsertAsync(new CatalogEntry($"s{i}", $"https://example.org/{i}", i == 0 ? "Zero" : null, t0.AddMinutes(i), new SourceHealth()), 0, t0);
        }
        await catalog.UpdateHealthAsync("s1", "One", new SourceHealth { ConsecutiveFailures = 2 }, t0.AddHours(1));
        // A re-registration without a title keeps the one the feed gave.
        await catalog.UpsertAsync(new CatalogEntry("s1", "https://example.org/1", null, t0.AddMinutes(1), new SourceHealth { ConsecutiveFailures = 2 }), 0, t0);

        Assert.Equal(3, await catalog.CountAsync());
        Assert.Equal(["s1", "s2"], (await catalog.ListAsync(1, 10)).Select(e => e.Id));
        Assert.Equal(["s0", "s1"], (await catalog.ListAfterAsync(null, 2)).Select(e => e.Id));
        Assert.Equal(["s2"], (await catalog.ListAfterAsync("s1", 2)).Select(e => e.Id));
        Assert.Empty(await catalog.ListAfterAsync("s2", 2));
        var one = await catalog.GetAsync("s1");
        Assert.Equal("One", one!.Title);
        Assert.Equal(2, one.Health.ConsecutiveFailures);
        Assert.Equal(t0.AddMinutes(1), one.CreatedAt);
        Assert.True(await catalog.RemoveAsync("s0"));
        Assert.False(await catalog.RemoveAsync("s0"));
        Assert.Null(await catalog.GetAsync("s0"));
    }

    [Fact]
    public async Task A_source_rows_validators_are_written_with_its_health_and_kept_by_a_health_write_without_them()
    {
        var catalog = Stores.Catalog;
        var t0 = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);
        await catalog.UpsertAsync(new CatalogEntry("v", "https://example.org/v", null, t0, new SourceHealth()), 0, t0);
        Assert.Null((await catalog.GetAsync("v"))!.Validators);

        var validators = new PollValidators("\"abc\"", t0.AddDays(-1), TimeSpan.FromMinutes(20));
        await catalog.UpdateHealthAsync("v", "V", new SourceHealth { Polls = 1 }, t0.AddHours(1), validators: validators);
        Assert.Equal(validators, (await catalog.GetAsync("v"))!.Validators);
        Assert.Equal(validators, (await catalog.ListAfterAsync(null, 10)).Single().Validators);

        // A poll answered 304 writes health only: the validators stay.
        await catalog.UpdateHealthAsync("v", null, new SourceHealth { Polls = 2 }, t0.AddHours(2));
        var entry = await catalog.GetAsync("v");
        Assert.Equal(2, entry!.Health.Polls);
        Assert.Equal(validators, entry.Validators);
    }

    [Fact]
    public async Task The_catalog_filters_searches_pages_and_counts_by_state_itself()
    {
        var catalog = Stores.Catalog;
        var t0 = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 12; i++)
        {
            // Failing every fourth, one dead, the rest active; even ones have a title.
            var state = i % 4 == 0 ? SourceState.Failing : i == 5 ? SourceState.Dead : SourceState.Active;
            await catalog.UpsertAsync(new CatalogEntry($"s{i:D2}", $"https://feeds{i % 3}.example.org/feed-{i}.xml", i % 2 == 0 ? $"World News {i}" : null,
                t0.AddMinutes(i), new SourceHealth { State = state }), 0, t0);
        }
        // The page's ids, then how many match in all.
        async Task<string> Find(string? search, SourceState? state, int offset = 0, int limit = 10)
        {
            var page = await catalog.FindAsync(new SourceFilter(search, state), offset, limit);
            return $"{string.Join(",", page.Items.Select(e => e.Id))} of {page.Matching}";
        }

        Assert.Equal("s00,s04,s08 of 3", await Find(null, SourceState.Failing));
        // Every word, in the URL or the title, case ignored.
        Assert.Equal("s01,s10 of 2", await Find("FEEDS1 feed-1", null));
        Assert.Equal("s04 of 1", await Find("news  4", null));
        Assert.Equal("s02,s06,s10 of 3", await Find("world", SourceState.Active));
        Assert.Equal(" of 0", await Find("%", null));
        Assert.Equal(" of 0", await Find("feed_1", null));
        // Paged in listing order, the count over every match.
        Assert.Equal("s10,s11 of 12", await Find(null, null, offset: 10, limit: 5));
        Assert.Equal("s02,s03 of 8", await Find(" ", SourceState.Active, offset: 1, limit: 2));

        var counts = await catalog.CountByStateAsync();
        Assert.Equal([0, 8, 3, 1], Enum.GetValues<SourceState>().Select(s => counts[s]));
        // The state follows the health a poll writes, and a bulk registration's.
        await catalog.UpdateHealthAsync("s01", null, new SourceHealth { State = SourceState.Dead }, t0);
        await catalog.AddManyAsync([new NewSource(new CatalogEntry("n", "https://example.org/n", null, t0, new SourceHealth { State = SourceState.New }), 0, t0)]);
        counts = await catalog.CountByStateAsync();
        Assert.Equal([1, 7, 3, 2], Enum.GetValues<SourceState>().Select(s => counts[s]));
        Assert.Equal("s01,s05 of 2", await Find(null, SourceState.Dead));
    }

    [Fact]
    public async Task A_source_keeps_its_newest_polls_and_forgets_them_when_removed()
    {
        var catalog = Stores.Catalog;
        var t0 = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);
        await catalog.UpsertAsync(new CatalogEntry("s", "https://example.org/s", null, t0, new SourceHealth()), 0, t0);
        for (var i = 0; i < PollRecord.Kept + 5; i++)
        {
            await catalog.RecordPollAsync("s", new PollRecord(t0.AddMinutes(i), i, true, i % 2 == 1, 200, 10, i, i, null));
        }
        await catalog.RecordPollAsync("other", new PollRecord(t0, 7, false, false, null, 0, 0, 0, "connection refused"));
        var failed = new PollRecord(t0.AddHours(1), 1234, false, false, 503, 0, 0, 0, "HTTP 503 Service Unavailable");
        // The poll's own write: health and the history line together.
        await catalog.UpdateHealthAsync("s", null, new SourceHealth { State = SourceState.Failing, ConsecutiveFailures = 1 }, t0.AddHours(2), failed);

        Assert.Equal(SourceState.Failing, (await catalog.GetAsync("s"))!.Health.State);
        var polls = await catalog.RecentPollsAsync("s");
        Assert.Equal(PollRecord.Kept, polls.Count);
        Assert.Equal(failed, polls[0]);
        Assert.Equal(new PollRecord(t0.AddMinutes(24), 24, true, false, 200, 10, 24, 24, null), polls[1]);
        Assert.Equal(t0.AddMinutes(6), polls[^1].At);
        Assert.Equal([new PollRecord(t0, 7, false, false, null, 0, 0, 0, "connection refused")], await catalog.RecentPollsAsync("other"));

        Assert.True(await catalog.RemoveAsync("s"));
        Assert.Empty(await catalog.RecentPollsAsync("s"));
        Assert.Single(await catalog.RecentPollsAsync("other"));
        Assert.Empty(await catalog.RecentPollsAsync("never-polled"));
    }

    [Fact]
    public async Task Claiming_due_sources_leases_them_so_they_are_not_claimed_twice()
    {
        var catalog = Stores.Catalog;
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 5; i++)
        {
            await catalog.UpsertAsync(new CatalogEntry($"s{i}", $"https://example.org/{i}", null, now, new SourceHealth()), shard: i % 2, nextPollAt: now.AddSeconds(i - 2));
        }

        var shard0 = await catalog.ClaimDueAsync(0, now, now.AddSeconds(60), limit: 10);
        var again = await catalog.ClaimDueAsync(0, now, now.AddSeconds(60), limit: 10);
        var later = await catalog.ClaimDueAsync(0, now.AddSeconds(61), now.AddSeconds(120), limit: 10);

        Assert.Equal(["s0", "s2"], shard0.Order());
        Assert.Empty(again);
        Assert.Equal(["s0", "s2", "s4"], later.Order());
    }

    [Fact]
    public async Task A_reported_poll_ends_the_claim()
    {
        var catalog = Stores.Catalog;
        var now = DateTimeOffset.UtcNow;
        await catalog.UpsertAsync(new CatalogEntry("s", "https://example.org/s", null, now, new SourceHealth()), 0, now);
        Assert.Equal(["s"], await catalog.ClaimDueAsync(0, now, now.AddSeconds(60), 10));

        await catalog.UpdateHealthAsync("s", null, new SourceHealth(), now.AddSeconds(1));

        Assert.Equal(0, await catalog.ReleaseClaimsAsync(now.AddSeconds(2)));
        Assert.Equal(["s"], await catalog.ClaimDueAsync(0, now.AddSeconds(2), now.AddSeconds(60), 10));
    }

    [Fact]
    public async Task The_archive_keeps_one_article_per_canonical_url_with_every_source()
    {
        var archive = Stores.Archive;
        var article = NewArticle("a");

        var first = await archive.AddAsync(article, "s1", "i1");
        var second = await archive.AddAsync(article, "s2", "i9");
        var repeat = await archive.AddAsync(article, "s2", "i9");

        Assert.Equal(new ArchiveResult(true, true), first);
        Assert.Equal(new ArchiveResult(false, true), second);
        Assert.Equal(new ArchiveResult(false, false), repeat);
        var stored = await archive.GetAsync("https://example.org/a");
        Assert.Equal(["s1", "s2"], stored!.Sources);
        Assert.True(await archive.ContainsAsync("https://example.org/a"));
        Assert.False(await archive.ContainsAsync("https://example.org/b"));
    }

    [Fact]
    public async Task An_article_archived_by_many_writers_at_once_is_stored_once()
    {
        var article = NewArticle("race");
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => Stores.Archive.AddAsync(article, $"s{i}", "i"))));

        Assert.Single(results, r => r.IsNewArticle);
        Assert.All(results, r => Assert.True(r.IsNewForSource));
        Assert.Equal(8, (await Stores.Archive.GetAsync(article.CanonicalUrl))!.Sources.Count);
    }

    [Fact]
    public async Task Archived_articles_keep_their_fields_and_publication_offset()
    {
        var published = new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.FromHours(9));
        var article = NewArticle("full", published) with { Title = "T", Author = "A", Summary = "S", Content = "C", PageHtml = "<p>" };
        var batch = await Stores.Archive.AddBatchAsync([(article, "i1"), (NewArticle("other"), "i2"), (article, "i1")], "s1");

        Assert.Equal([new(true, true), new(true, true), new ArchiveResult(false, false)], batch);
        var stored = (await Stores.Archive.GetAsync(article.CanonicalUrl))!;
        Assert.Equal(published, stored.PublishedAt);
        Assert.Equal(TimeSpan.FromHours(9), stored.PublishedAt!.Value.Offset);
        Assert.Equal(Json(article with { FetchedAt = stored.FetchedAt, Sources = ["s1"] }), Json(stored));
        Assert.Equal(article.FetchedAt.ToUnixTimeMilliseconds(), stored.FetchedAt.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task Queries_filter_by_source_and_time_newest_first()
    {
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await Stores.Archive.AddAsync(NewArticle("1", t0.AddHours(1)), "a", "1");
        await Stores.Archive.AddAsync(NewArticle("2", t0.AddHours(2)), "b", "2");
        await Stores.Archive.AddAsync(NewArticle("3", t0.AddHours(3)), "a", "3");

        string[] Paths(IReadOnlyList<Article> articles) => articles.Select(a => a.CanonicalUrl[^1..]).ToArray();
        Assert.Equal(["3", "2", "1"], Paths(await Stores.Archive.QueryAsync(null, null, 10)));
        Assert.Equal(["3", "1"], Paths(await Stores.Archive.QueryAsync("a", null, 10)));
        Assert.Equal(["3", "2"], Paths(await Stores.Archive.QueryAsync(null, t0.AddHours(2), 10)));
        Assert.Equal(["3"], Paths(await Stores.Archive.QueryAsync("a", t0.AddHours(2), 10)));
        Assert.Equal(["3"], Paths(await Stores.Archive.QueryAsync(null, null, 1)));
    }

    [Fact]
    public async Task New_articles_stay_unrouted_until_marked()
    {
        await Stores.Archive.AddBatchAsync([(NewArticle("x"), "1"), (NewArticle("y"), "2")], "s");
        var later = DateTimeOffset.UtcNow.AddMinutes(1);

        Assert.Empty(await Stores.Archive.ReadUnroutedAsync(DateTimeOffset.UtcNow.AddMinutes(-1), 10));
        Assert.Equal(2, (await Stores.Archive.ReadUnroutedAsync(later, 10)).Count);
        await Stores.Archive.MarkRoutedAsync(["https://example.org/x", "https://example.org/none"]);
        Assert.Equal(["https://example.org/y"], (await Stores.Archive.ReadUnroutedAsync(later, 10)).Select(a => a.CanonicalUrl));
        // Seen again from another source: not new, so not marked again.
        await Stores.Archive.AddAsync(NewArticle("x"), "t", "9");
        Assert.Single(await Stores.Archive.ReadUnroutedAsync(later, 10));
    }

    [Fact]
    public async Task A_page_stored_later_marks_its_article_unrouted_again_with_the_page()
    {
        await Stores.Archive.AddBatchAsync([(NewArticle("x"), "1")], "s");
        await Stores.Archive.MarkRoutedAsync(["https://example.org/x"]);
        var later = DateTimeOffset.UtcNow.AddMinutes(1);

        var stored = await Stores.Archive.SetPageAsync("https://example.org/x", "<p>The page.</p>");
        Assert.Equal("<p>The page.</p>", stored?.PageHtml);
        var unrouted = Assert.Single(await Stores.Archive.ReadUnroutedAsync(later, 10));
        Assert.Equal("<p>The page.</p>", unrouted.PageHtml);
        await Stores.Archive.MarkRoutedAsync(["https://example.org/x"]);
        Assert.Empty(await Stores.Archive.ReadUnroutedAsync(later, 10));

        Assert.Null(await Stores.Archive.SetPageAsync("https://example.org/none", "<p>No article.</p>"));
        Assert.Empty(await Stores.Archive.ReadUnroutedAsync(later, 10));
    }

    [Fact]
    public async Task A_revision_stores_the_new_text_drops_the_page_and_marks_the_article_unrouted_until_the_bound()
    {
        await Stores.Archive.AddBatchAsync([(NewArticle("r") with { Title = "First", Content = "<p>First text.</p>" }, "1")], "s");
        await Stores.Archive.MarkRoutedAsync(["https://example.org/r"]);
        await Stores.Archive.SetPageAsync("https://example.org/r", "<p>The page.</p>");
        await Stores.Archive.MarkRoutedAsync(["https://example.org/r"]);
        var later = DateTimeOffset.UtcNow.AddMinutes(1);

        // The same text is no revision.
        Assert.Null(await Stores.Archive.ReviseAsync("https://example.org/r", "First", null, "<p>First text.</p>", maxRevisions: 2));
        Assert.Empty(await Stores.Archive.ReadUnroutedAsync(later, 10));

        var revised = await Stores.Archive.ReviseAsync("https://example.org/r", "First", "Now a summary.", "<p>Second text.</p>", maxRevisions: 2);
        Assert.NotNull(revised);
        Assert.Equal((1, "First", "Now a summary.", "<p>Second text.</p>", (string?)null), (revised.Revision, revised.Title, revised.Summary, revised.Content, revised.PageHtml));
        var unrouted = Assert.Single(await Stores.Archive.ReadUnroutedAsync(later, 10));
        Assert.Equal(1, unrouted.Revision);
        await Stores.Archive.MarkRoutedAsync(["https://example.org/r"]);

        // A cleared field is a change too; then the bound holds.
        Assert.Equal(2, (await Stores.Archive.ReviseAsync("https://example.org/r", "First", null, "<p>Second text.</p>", maxRevisions: 2))?.Revision);
        await Stores.Archive.MarkRoutedAsync(["https://example.org/r"]);
        Assert.Null(await Stores.Archive.ReviseAsync("https://example.org/r", "Third", null, "<p>Third text.</p>", maxRevisions: 2));
        var stored = await Stores.Archive.GetAsync("https://example.org/r");
        Assert.Equal((2, "First", (string?)null, "<p>Second text.</p>"), (stored!.Revision, stored.Title, stored.Summary, stored.Content));
        Assert.Empty(await Stores.Archive.ReadUnroutedAsync(later, 10));

        Assert.Null(await Stores.Archive.ReviseAsync("https://example.org/none", "T", null, "<p>No article.</p>", maxRevisions: 2));
    }

    [Fact]
    public async Task Replay_pages_walk_the_archive_in_publication_order()
    {
        var t0 = new DateTimeOffset(2022, 3, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var hour in new[] { 5, 1, 3, 2, 4 })
        {
            await Stores.Archive.AddAsync(NewArticle($"{hour}", t0.AddHours(hour)), "s", $"{hour}");
        }

        var seen = new List<string>();
        ArchiveCursor? cursor = null;
        do
        {
            var page = await Stores.Archive.ReadForReplayAsync(cursor, limit: 2);
            seen.AddRange(page.Articles.Select(a => a.CanonicalUrl[^1..]));
            cursor = page.Next;
        }
        while (cursor is not null);

        Assert.Equal(["1", "2", "3", "4", "5"], seen);
    }

    [Fact]
    public async Task Topics_are_stored_listed_and_removed()
    {
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await Stores.Topics.UpsertTopicAsync(new TopicRow("b", "B", "{}", t0, t0));
        await Stores.Topics.UpsertTopicAsync(new TopicRow("a", "A", "{}", t0, t0));
        await Stores.Topics.UpsertTopicAsync(new TopicRow("a", "A2", """{"x":1}""", t0.AddDays(1), t0.AddDays(1)));

        Assert.Equal(["a", "b"], (await Stores.Topics.ListTopicsAsync()).Select(t => t.Id));
        Assert.Equal(new TopicRow("a", "A2", """{"x":1}""", t0, t0.AddDays(1)), await Stores.Topics.GetTopicAsync("a"));
        Assert.True(await Stores.Topics.RemoveTopicAsync("a"));
        Assert.False(await Stores.Topics.RemoveTopicAsync("a"));
        Assert.Null(await Stores.Topics.GetTopicAsync("a"));
    }

    [Fact]
    public async Task The_alert_log_keeps_one_alert_per_sequence_and_per_identity()
    {
        var at = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        AlertRow Alert(long seq, string identity, string topic = "t") => new(topic, seq, "new_actor", at, $$"""{"seq":{{seq}}}""", identity);

        Assert.Equal([1L, 2L], await Stores.Topics.AppendAlertsAsync([Alert(1, "actor|a"), Alert(2, "actor|b")]));
        // An alert told again (an article applied again, a replay) is left out, whatever its number.
        Assert.Equal([3L], await Stores.Topics.AppendAlertsAsync([Alert(2, "actor|b"), Alert(3, "actor|c"), Alert(4, "actor|a")]));
        Assert.Equal([1L], await Stores.Topics.AppendAlertsAsync([Alert(1, "actor|a", topic: "u")]));
        // A number taken by another alert means a second writer of the topic: the write fails whole,
        // so that writer starts again from the log instead of believing an alert it never stored told.
        await Assert.ThrowsAnyAsync<Exception>(() => Stores.Topics.AppendAlertsAsync([Alert(5, "actor|e"), Alert(2, "actor|z")]));

        Assert.Equal(3, await Stores.Topics.LastSequenceAsync("t"));
        Assert.Equal(0, await Stores.Topics.LastSequenceAsync("none"));
        Assert.Equal(3, await Stores.Subscriptions.LastAlertSequenceAsync("t"));
        Assert.Equal(new HashSet<string> { "actor|a", "actor|b", "actor|c" }, await Stores.Topics.ReadIdentitiesAsync("t"));
        var read = await Stores.Topics.ReadAlertsAsync("t", afterSequence: 1, limit: 10);
        Assert.Equal([Alert(2, "actor|b"), Alert(3, "actor|c")], read);

        await Stores.Topics.ClearAlertsAsync("t");
        Assert.Empty(await Stores.Topics.ReadAlertsAsync("t", 0, 10));
        Assert.Single(await Stores.Topics.ReadAlertsAsync("u", 0, 10));
    }

    [Fact]
    public async Task The_journal_and_its_alerts_are_written_together_and_trimmed()
    {
        var at = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
        var added = await Stores.Topics.AppendAppliedAsync(new JournalRow("t", 1, "{\"a\":1}"), [new AlertRow("t", 1, "new_actor", at, "{}", "actor|x")]);
        await Stores.Topics.AppendAppliedAsync(new JournalRow("t", 2, "{\"a\":2}"), []);
        // The article applied again after a restart: a new journal entry, its alert told already.
        var again = await Stores.Topics.AppendAppliedAsync(new JournalRow("t", 3, "{\"a\":1}"), [new AlertRow("t", 1, "new_actor", at, "{}", "actor|x")]);

        Assert.Equal([1L], added);
        Assert.Empty(again);
        // A journal number taken twice is a second writer: nothing of its write is kept.
        await Assert.ThrowsAnyAsync<Exception>(() => Stores.Topics.AppendAppliedAsync(
            new JournalRow("t", 2, "{\"b\":1}"), [new AlertRow("t", 2, "new_actor", at, "{}", "actor|y")]));
        Assert.DoesNotContain(2L, (await Stores.Topics.ReadAlertsAsync("t", 0, 10)).Select(a => a.Sequence));
        Assert.Equal([1L, 2L, 3L], (await Stores.Topics.ReadJournalAsync("t", 0, 10)).Select(j => j.Sequence));
        Assert.Equal(["{\"a\":2}"], (await Stores.Topics.ReadJournalAsync("t", 1, 1)).Select(j => j.FindingsJson));
        await Stores.Topics.TrimJournalAsync("t", 1);
        Assert.Equal([2L, 3L], (await Stores.Topics.ReadJournalAsync("t", 0, 10)).Select(j => j.Sequence));
    }

    private static Subscription NewSubscription(string id, string owner, string topic) => new()
    {
        Id = id,
        Owner = owner,
        Topic = topic,
        Filters = new SubscriptionFilters { Kinds = ["new_actor"] },
        Channel = new SubscriptionChannel { Type = SubscriptionChannel.Webhook, Url = "https://hooks.example.org/x", Secret = "whsec_abc" },
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000 + id.Length),
        UpdatedAt = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000),
    };

    private static OutboxEntry Delivery(string subscription, long seq, DateTimeOffset at) =>
        new(subscription, "t", seq, $"body{seq}", at, 0, null, at, null);

    [Fact]
    public async Task Subscriptions_are_found_by_id_owner_and_topic()
    {
        var subs = Stores.Subscriptions;
        await subs.UpsertAsync(NewSubscription("s1", "k1", "t"));
        await subs.UpsertAsync(NewSubscription("s22", "k2", "t"));
        await subs.UpsertAsync(NewSubscription("s333", "k1", "u"));
        await subs.SetDisabledAsync("s22", "410 Gone");

        Assert.Equal(Json(NewSubscription("s1", "k1", "t")), Json(await subs.GetAsync("s1")));
        Assert.Null(await subs.GetAsync("none"));
        Assert.Equal("410 Gone", (await subs.GetAsync("s22"))!.DisabledReason);
        Assert.Equal(["s1", "s22", "s333"], (await subs.ListAsync(null)).Select(s => s.Id));
        Assert.Equal(["s1", "s333"], (await subs.ListAsync("k1")).Select(s => s.Id));
        Assert.Equal(["s1"], (await subs.ListActiveByTopicAsync("t")).Select(s => s.Id));
        Assert.True(await subs.HasSubscriptionAsync("k2", "t"));
        Assert.False(await subs.HasSubscriptionAsync("k2", "u"));
    }

    [Fact]
    public async Task A_new_subscription_starts_after_its_topics_last_alert_and_a_change_keeps_its_cursor()
    {
        var at = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
        await Stores.Topics.AppendAlertsAsync([new AlertRow("t", 1, "new_actor", at, "{}", "actor|a"), new AlertRow("t", 2, "new_actor", at, "{}", "actor|b")]);
        var subs = Stores.Subscriptions;

        await subs.UpsertAsync(NewSubscription("late", "k", "t"));
        await subs.UpsertAsync(NewSubscription("fresh", "k", "quiet"));
        Assert.Equal(2, await subs.EnqueuedThroughAsync("late"));
        Assert.Equal(0, await subs.EnqueuedThroughAsync("fresh"));

        await Stores.Topics.AppendAlertsAsync([new AlertRow("t", 3, "new_actor", at, "{}", "actor|c")]);
        await subs.UpsertAsync(NewSubscription("late", "k", "t") with { Filters = new SubscriptionFilters() });
        Assert.Equal(2, await subs.EnqueuedThroughAsync("late"));
    }

    [Fact]
    public async Task The_outbox_queues_once_retries_dead_letters_and_replays()
    {
        var subs = Stores.Subscriptions;
        var now = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
        await subs.UpsertAsync(NewSubscription("s", "k", "t"));

        await subs.EnqueueAsync([Delivery("s", 1, now), Delivery("s", 2, now), Delivery("gone", 1, now)], new Dictionary<string, (long, long)> { ["s"] = (1, 2) });
        await subs.EnqueueAsync([Delivery("s", 1, now) with { Body = "other" }]);
        // A gap (3 was never considered): the cursor stays for the catch-up.
        await subs.EnqueueAsync([], new Dictionary<string, (long, long)> { ["s"] = (4, 5) });

        Assert.Equal(2, await subs.EnqueuedThroughAsync("s"));
        Assert.Equal(0, await subs.EnqueuedThroughAsync("gone"));
        var pending = await subs.PendingAsync("s", 10);
        Assert.Equal([Delivery("s", 1, now), Delivery("s", 2, now)], pending);
        Assert.Equal(["s"], await subs.DueSubscriptionsAsync(now));
        Assert.Empty(await subs.DueSubscriptionsAsync(now.AddSeconds(-1)));

        var failed = pending[0] with { Attempts = 1, FirstFailureAt = now, NextAttemptAt = now.AddMinutes(1), LastError = "503" };
        await subs.RecordFailureAsync(failed);
        await subs.AcknowledgeAsync("s", [2]);
        Assert.Equal([failed], await subs.PendingAsync("s", 10));
        Assert.Empty(await subs.DueSubscriptionsAsync(now));

        await subs.DeadLetterAsync(failed with { Attempts = 9 });
        Assert.Empty(await subs.PendingAsync("s", 10));
        Assert.Equal([failed with { Attempts = 9 }], await subs.DeadLettersAsync("s", 10));

        Assert.Equal(1, await subs.ReplayDeadLettersAsync("s", now.AddHours(1)));
        Assert.Empty(await subs.DeadLettersAsync("s", 10));
        Assert.Equal([Delivery("s", 1, now) with { NextAttemptAt = now.AddHours(1) }], await subs.PendingAsync("s", 10));

        await subs.SetDisabledAsync("s", "410");
        Assert.Empty(await subs.DueSubscriptionsAsync(now.AddHours(2)));
        Assert.True(await subs.RemoveAsync("s"));
        Assert.False(await subs.RemoveAsync("s"));
        Assert.Empty(await subs.PendingAsync("s", 10));
    }

    [Fact]
    public async Task Turns_at_a_host_are_booked_at_least_the_gap_apart()
    {
        var turns = Stores.Turns;
        var now = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
        var gap = TimeSpan.FromSeconds(1);

        Assert.Equal(now, await turns.BookAsync("a.example", now, gap));
        Assert.Equal(now + gap, await turns.BookAsync("A.example", now, gap)); // one host whatever its case
        Assert.Equal(now + 2 * gap, await turns.BookAsync("a.example", now.AddMilliseconds(500), gap));
        Assert.Equal(now, await turns.BookAsync("b.example", now, gap)); // hosts are apart
        Assert.Equal(now.AddSeconds(10), await turns.BookAsync("a.example", now.AddSeconds(10), gap)); // an idle host starts at once
    }

    [Fact]
    public async Task Keys_are_found_by_hash_and_the_last_of_a_role_is_kept()
    {
        var keys = Stores.Keys;
        var t0 = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
        await keys.UpsertAsync(new ApiKeyRow("op", "Operator", "operator", [1, 2, 3], t0));
        await keys.UpsertAsync(new ApiKeyRow("sub", "Subscriber", "subscriber", [4, 5, 6], t0.AddSeconds(1)));
        await Stores.Subscriptions.UpsertAsync(NewSubscription("s", "sub", "t"));
        await Stores.Subscriptions.EnqueueAsync([Delivery("s", 1, t0)]);

        Assert.Equal("sub", (await keys.FindByHashAsync([4, 5, 6]))!.Id);
        Assert.Equal([1, 2, 3], (await keys.FindByHashAsync([1, 2, 3]))!.KeyHash);
        Assert.Null(await keys.FindByHashAsync([9]));
        Assert.Equal(["op", "sub"], (await keys.ListAsync()).Select(k => k.Id));
        Assert.True(await keys.AnyWithRoleAsync("operator"));
        Assert.False(await keys.AnyWithRoleAsync("auditor"));

        Assert.Equal(KeyRemoval.LastOfRole, await keys.RemoveAsync("op", "operator"));
        Assert.Equal(KeyRemoval.NotFound, await keys.RemoveAsync("none", "operator"));
        Assert.Equal(KeyRemoval.Removed, await keys.RemoveAsync("sub", "operator"));
        Assert.Null(await Stores.Subscriptions.GetAsync("s"));
        Assert.Empty(await Stores.Subscriptions.PendingAsync("s", 10));
    }

    [Fact]
    public async Task Deleting_the_last_two_operator_keys_at_once_keeps_one()
    {
        var t0 = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
        await Stores.Keys.UpsertAsync(new ApiKeyRow("a", "A", "operator", [1], t0));
        await Stores.Keys.UpsertAsync(new ApiKeyRow("b", "B", "operator", [2], t0));

        var results = await Task.WhenAll(Task.Run(() => Stores.Keys.RemoveAsync("a", "operator")), Task.Run(() => Stores.Keys.RemoveAsync("b", "operator")));

        Assert.Single(results, r => r == KeyRemoval.Removed);
        Assert.Single(await Stores.Keys.ListAsync());
    }
}
