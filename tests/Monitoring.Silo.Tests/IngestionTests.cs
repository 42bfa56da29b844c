using System.Text.Json;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests;

/// <summary>Sources polling real feeds on loopback through the whole host.</summary>
public sealed class IngestionTests : IAsyncLifetime
{
    private FeedServer _feeds = null!;
    private RunningSilo _silo = null!;

    public async Task InitializeAsync()
    {
        _feeds = await FeedServer.StartAsync();
        _silo = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling);
    }

    public async Task DisposeAsync()
    {
        await _silo.DisposeAsync();
        await _feeds.DisposeAsync();
    }

    [Fact]
    public async Task A_new_source_is_polled_by_the_scheduler_and_its_items_archived()
    {
        await using var silo = await RunningSilo.StartAsync();
        var items = RssBuilder.Items("sched", 4, _feeds.BaseUrl.ToString());
        _feeds.MapFeed("/sched.xml", () => RssBuilder.Feed("Scheduled", items));

        var id = await silo.AddSourceAsync(_feeds.Url("/sched.xml"));

        await RunningSilo.EventuallyAsync(async () => (await silo.ArticlesAsync(id)).GetArrayLength() == 4,
            TimeSpan.FromSeconds(20), "the scheduler to poll the new source");
        var source = await silo.SourceAsync(id);
        Assert.Equal("Scheduled", source.GetProperty("title").GetString());
        Assert.Equal("Active", source.GetProperty("health").GetProperty("state").GetString());
        Assert.Equal(4, source.GetProperty("health").GetProperty("articles").GetInt64());
    }

    [Fact]
    public async Task Second_poll_is_conditional_and_answered_304()
    {
        var items = RssBuilder.Items("cond", 2, _feeds.BaseUrl.ToString());
        _feeds.MapFeed("/cond.xml", () => RssBuilder.Feed("Conditional", items));
        var id = await _silo.AddSourceAsync(_feeds.Url("/cond.xml"));

        var first = await _silo.PollAsync(id);
        var second = await _silo.PollAsync(id);

        Assert.False(first.GetProperty("notModified").GetBoolean());
        Assert.True(second.GetProperty("notModified").GetBoolean());
        Assert.Equal(304, second.GetProperty("httpStatus").GetInt32());
        var last = _feeds.Requests.Last(r => r.Path == "/cond.xml").Headers;
        Assert.False(string.IsNullOrEmpty(last.IfNoneMatch.ToString()), "If-None-Match was not sent");
        Assert.False(string.IsNullOrEmpty(last.IfModifiedSince.ToString()), "If-Modified-Since was not sent");
        var health = (await _silo.SourceAsync(id)).GetProperty("health");
        Assert.Equal(1, health.GetProperty("notModified").GetInt64());
    }

    [Fact]
    public async Task A_feed_that_grows_by_three_items_yields_exactly_three_new_articles()
    {
        var items = RssBuilder.Items("grow", 5, _feeds.BaseUrl.ToString());
        _feeds.MapFeed("/grow.xml", () => RssBuilder.Feed("Growing", items));
        var id = await _silo.AddSourceAsync(_feeds.Url("/grow.xml"));
        var first = await _silo.PollAsync(id);
        Assert.Equal(5, first.GetProperty("newArticles").GetInt32());

        var more = RssBuilder.Items("grow", 8, _feeds.BaseUrl.ToString());
        items = more;
        var second = await _silo.PollAsync(id);
        var third = await _silo.PollAsync(id);

        Assert.Equal(3, second.GetProperty("newArticles").GetInt32());
        Assert.Equal(0, third.GetProperty("newArticles").GetInt32());
        Assert.Equal(8, (await _silo.ArticlesAsync(id)).GetArrayLength());
    }

    [Fact]
    public async Task The_same_story_from_two_feeds_is_stored_once_with_both_sources()
    {
        var shared = new RssBuilder.Item("wire-1", "Japan widens sanctions", _feeds.Url("/story/1?utm_source=rss").ToString(), DateTimeOffset.UtcNow);
        var sharedElsewhere = shared with { Id = "other-guid-1", Link = _feeds.Url("/story/1#comments").ToString() };
        _feeds.MapFeed("/a.xml", () => RssBuilder.Feed("Outlet A", [shared]));
        _feeds.MapFeed("/b.xml", () => RssBuilder.Feed("Outlet B", [sharedElsewhere]));
        var a = await _silo.AddSourceAsync(_feeds.Url("/a.xml"));
        var b = await _silo.AddSourceAsync(_feeds.Url("/b.xml"));

        var fromA = await _silo.PollAsync(a);
        var fromB = await _silo.PollAsync(b);

        Assert.Equal(1, fromA.GetProperty("newArticles").GetInt32());
        Assert.Equal(0, fromB.GetProperty("newArticles").GetInt32());
        Assert.Equal(1, fromB.GetProperty("newItems").GetInt32());
        var stored = (await _silo.ArticlesAsync(b)).EnumerateArray().Single();
        Assert.Equal(_feeds.Url("/story/1").ToString(), stored.GetProperty("canonicalUrl").GetString());
        var sources = stored.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Equal([a, b], sources);
    }

    [Fact]
    public async Task Retry_after_on_429_reschedules_the_source_to_that_time()
    {
        _feeds.Map("/busy.xml", context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "120";
            return Task.CompletedTask;
        });
        var id = await _silo.AddSourceAsync(_feeds.Url("/busy.xml"), validate: false);

        var before = DateTimeOffset.UtcNow;
        var report = await _silo.PollAsync(id);

        Assert.False(report.GetProperty("succeeded").GetBoolean());
        Assert.Equal(429, report.GetProperty("httpStatus").GetInt32());
        var next = report.GetProperty("nextPollAt").GetDateTimeOffset();
        Assert.InRange(next, before.AddSeconds(115), DateTimeOffset.UtcNow.AddSeconds(125));
        var health = (await _silo.SourceAsync(id)).GetProperty("health");
        Assert.Equal("Failing", health.GetProperty("state").GetString());
        Assert.Equal(next, health.GetProperty("nextPollAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Server_errors_back_off_exponentially_and_recovery_resets_the_count()
    {
        var failing = true;
        var items = RssBuilder.Items("flaky", 1, _feeds.BaseUrl.ToString());
        _feeds.Map("/flaky.xml", async context =>
        {
            if (failing)
            {
                context.Response.StatusCode = 503;
                return;
            }
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(RssBuilder.Feed("Flaky", items));
        });
        var id = await _silo.AddSourceAsync(_feeds.Url("/flaky.xml"), validate: false);

        var intervals = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            var report = await _silo.PollAsync(id);
            Assert.Equal(503, report.GetProperty("httpStatus").GetInt32());
            var health = (await _silo.SourceAsync(id)).GetProperty("health");
            Assert.Equal(i + 1, health.GetProperty("consecutiveFailures").GetInt32());
            Assert.Contains("503", health.GetProperty("lastError").GetString());
            intervals.Add(TimeSpan.Parse(health.GetProperty("interval").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4)], intervals);

        failing = false;
        var ok = await _silo.PollAsync(id);
        Assert.True(ok.GetProperty("succeeded").GetBoolean());
        var healed = (await _silo.SourceAsync(id)).GetProperty("health");
        Assert.Equal(0, healed.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal("Active", healed.GetProperty("state").GetString());
    }

    [Fact]
    public async Task An_item_with_only_a_summary_gets_its_page_fetched()
    {
        await using var silo = await RunningSilo.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Polling:FetchOriginalContent"] = "true",
            ["Scheduler:Enabled"] = "false",
        });
        var link = _feeds.Url("/pages/full-story").ToString();
        _feeds.Map("/pages/full-story", async context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<html><body><article><p>Tokyo froze the assets of 25 Russian individuals.</p></article></body></html>");
        });
        _feeds.MapFeed("/summaries.xml", () => RssBuilder.Feed("Summaries", [new("s-1", "Asset freeze", link, DateTimeOffset.UtcNow)]));
        var id = await silo.AddSourceAsync(_feeds.Url("/summaries.xml"));

        await silo.PollAsync(id);

        // Items first, pages after: the page is stored with its article once it arrives.
        await RunningSilo.EventuallyAsync(async () => (await silo.ArticlesAsync(id)).EnumerateArray().Single().GetProperty("pageHtml").ValueKind == JsonValueKind.String,
            TimeSpan.FromSeconds(20), "the page to be stored");
        var article = (await silo.ArticlesAsync(id)).EnumerateArray().Single();
        Assert.Contains("25 Russian individuals", article.GetProperty("pageHtml").GetString());
        Assert.Equal("A summary.", article.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Articles_can_be_queried_by_time()
    {
        var items = RssBuilder.Items("timed", 6, _feeds.BaseUrl.ToString(), new DateTimeOffset(2022, 3, 1, 0, 0, 0, TimeSpan.Zero));
        _feeds.MapFeed("/timed.xml", () => RssBuilder.Feed("Timed", items));
        var id = await _silo.AddSourceAsync(_feeds.Url("/timed.xml"));
        await _silo.PollAsync(id);

        var since = await _silo.GetJsonAsync($"/api/articles?source={id}&since=2022-03-01T04:00:00Z");
        var limited = await _silo.GetJsonAsync($"/api/articles?source={id}&limit=2");

        Assert.Equal(3, since.GetArrayLength());
        Assert.Equal(["timed story 6", "timed story 5"], limited.EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList());
    }
}
