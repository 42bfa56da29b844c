using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests;

/// <summary>A feed's items are archived and routed at once; their pages follow, and add only what they add.</summary>
public sealed class PageFollowUpTests : IAsyncLifetime
{
    private FeedServer _feeds = null!;
    private readonly TaskCompletionSource _pagesMayAnswer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _pageRequests;

    public async Task InitializeAsync()
    {
        _feeds = await FeedServer.StartAsync();
        // A page host that holds every request until the test lets it answer.
        _feeds.Map("/pages/sanctions", async context =>
        {
            Interlocked.Increment(ref _pageRequests);
            await _pagesMayAnswer.Task;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<html><body><article><p>Japan imposed sanctions on Belarus on Tuesday, the government said.</p></article></body></html>");
        });
    }

    public async Task DisposeAsync()
    {
        _pagesMayAnswer.TrySetResult();
        await _feeds.DisposeAsync();
    }

    private static Dictionary<string, string?> Settings => new()
    {
        ["Polling:FetchOriginalContent"] = "true",
        ["Scheduler:Enabled"] = "false",
    };

    [Fact]
    public async Task Items_are_archived_and_routed_while_their_pages_are_still_on_the_way()
    {
        await using var silo = await RunningSilo.StartAsync(settings: Settings);
        var link = _feeds.Url("/pages/sanctions").ToString();
        var items = Enumerable.Range(1, 5).Select(i => new RssBuilder.Item($"p-{i}", $"Story {i}", $"{link}?n={i}", DateTimeOffset.UtcNow.AddMinutes(-i))).ToList();
        _feeds.MapFeed("/slow-pages.xml", () => RssBuilder.Feed("Slow pages", items));
        var id = await silo.AddSourceAsync(_feeds.Url("/slow-pages.xml"));

        var report = await silo.PollAsync(id);

        Assert.Equal(5, report.GetProperty("newArticles").GetInt32());
        Assert.Equal(5, (await silo.ArticlesAsync(id)).GetArrayLength());
        // The pages were asked for and have not answered: the poll did not wait for them.
        await RunningSilo.EventuallyAsync(() => Task.FromResult(Volatile.Read(ref _pageRequests) > 0), TimeSpan.FromSeconds(10), "a page to be asked for");
        Assert.All((await silo.ArticlesAsync(id)).EnumerateArray(), a => Assert.Equal(JsonValueKind.Null, a.GetProperty("pageHtml").ValueKind));

        _pagesMayAnswer.SetResult();
        await RunningSilo.EventuallyAsync(async () => (await silo.ArticlesAsync(id)).EnumerateArray().All(a => a.GetProperty("pageHtml").ValueKind == JsonValueKind.String),
            TimeSpan.FromSeconds(20), "every page to be stored");
    }

    [Fact]
    public async Task A_page_that_arrives_later_raises_only_what_it_adds()
    {
        await using var silo = await RunningSilo.StartAsync(settings: Settings);
        await silo.PostJsonAsync("/api/topics", new { id = "jp-pages", name = "Japan", allActors = new[] { "Japan" } });
        var link = _feeds.Url("/pages/sanctions").ToString();
        _feeds.MapFeed("/summary.xml", () => RssBuilder.Feed("Summaries",
            [new("s-1", "Japan responds", link, DateTimeOffset.UtcNow, "Japan said on Tuesday that it would respond.")]));
        var id = await silo.AddSourceAsync(_feeds.Url("/summary.xml"));

        await silo.PollAsync(id);
        var fromSummary = await AlertsAsync(silo);
        Assert.Equal(["new_actor Japan"], fromSummary);

        _pagesMayAnswer.SetResult();
        await RunningSilo.EventuallyAsync(async () => (await AlertsAsync(silo)).Count > 1, TimeSpan.FromSeconds(20), "the page's alerts");
        var all = await AlertsAsync(silo);
        Assert.Equal(["new_actor Japan", "new_actor Belarus", "new_measure sanctions_general Japan>Belarus"], all);

        // The same feed again, and a replay, tell nothing more.
        await silo.PollAsync(id);
        await silo.PostJsonAsync("/api/topics/jp-pages/replay", new { });
        await RunningSilo.EventuallyAsync(async () => !(await silo.GetJsonAsync("/api/topics/jp-pages/replay")).GetProperty("running").GetBoolean(),
            TimeSpan.FromSeconds(20), "the replay");
        Assert.Equal(all, await AlertsAsync(silo));
    }

    private static Task<List<string>> AlertsAsync(RunningSilo silo) => AlertMaker.AlertLinesAsync(silo, "jp-pages");
}
