using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests;

/// <summary>
/// An item its feed edits after it was read (the same guid, new text) is read again: the story takes the
/// edit as one more report, so only what it adds raises alerts, and a feed that keeps editing is bounded.
/// </summary>
public sealed class ItemEditTests : IAsyncLifetime
{
    private FeedServer _feeds = null!;
    private volatile string _text = "Japan said on Tuesday that it would respond.";

    public async Task InitializeAsync()
    {
        _feeds = await FeedServer.StartAsync();
        var link = _feeds.Url("/pages/edited").ToString();
        var published = DateTimeOffset.UtcNow.AddMinutes(-5);
        _feeds.MapFeed("/edits.xml", () => RssBuilder.Feed("Edits", [new("e-1", "Japan responds", link, published, _text)]));
    }

    public async Task DisposeAsync() => await _feeds.DisposeAsync();

    private static Dictionary<string, string?> Settings => new()
    {
        ["Polling:FetchOriginalContent"] = "false",
        ["Polling:MaxRevisions"] = "2",
        ["Scheduler:Enabled"] = "false",
    };

    [Fact]
    public async Task An_edited_item_is_read_again_raising_only_what_the_edit_adds_up_to_the_bound()
    {
        var data = Path.Combine(Path.GetTempPath(), "monitoring-tests", Guid.NewGuid().ToString("n"));
        string id;
        await using (var first = await RunningSilo.StartAsync(data, Settings))
        {
            await first.PostJsonAsync("/api/topics", new { id = "jp-edits", name = "Japan", allActors = new[] { "Japan" } });
            id = await first.AddSourceAsync(_feeds.Url("/edits.xml"));
            await first.PollAsync(id);
            Assert.Equal(["new_actor Japan"], await AlertsAsync(first));
        }

        // After a restart, so the text the source remembers is the one it stored.
        await using var silo = await RunningSilo.StartAsync(data, Settings);
        _text = "Japan imposed sanctions on Belarus on Tuesday, the government said.";
        var report = await silo.PollAsync(id);
        Assert.Equal((0, 1), (report.GetProperty("newArticles").GetInt32(), report.GetProperty("revisedArticles").GetInt32()));
        string[] afterEdit = ["new_actor Japan", "new_actor Belarus", "new_measure sanctions_general Japan>Belarus"];
        Assert.Equal(afterEdit, await AlertsAsync(silo));
        var article = Assert.Single((await silo.ArticlesAsync(id)).EnumerateArray());
        Assert.Equal(1, article.GetProperty("revision").GetInt32());
        Assert.Contains("imposed sanctions on Belarus", article.GetProperty("summary").GetString() + article.GetProperty("content").GetString());

        // Listed again unchanged: nothing read, nothing raised.
        Assert.Equal(0, (await silo.PollAsync(id)).GetProperty("revisedArticles").GetInt32());
        Assert.Equal(afterEdit, await AlertsAsync(silo));
        Assert.Equal(1, Assert.Single((await silo.ArticlesAsync(id)).EnumerateArray()).GetProperty("revision").GetInt32());

        // The second edit is the last this source's bound (2) reads.
        _text = "Japan imposed sanctions on Belarus on Tuesday and banned exports to Belarus.";
        await silo.PollAsync(id);
        var afterSecond = afterEdit.Append("new_measure export_ban Japan>Belarus").ToList();
        Assert.Equal(afterSecond, await AlertsAsync(silo));

        _text = "Japan expelled three Belarusian diplomats on Wednesday.";
        Assert.Equal(0, (await silo.PollAsync(id)).GetProperty("revisedArticles").GetInt32());
        Assert.Equal(afterSecond, await AlertsAsync(silo));
        Assert.Equal(2, Assert.Single((await silo.ArticlesAsync(id)).EnumerateArray()).GetProperty("revision").GetInt32());
    }

    private static Task<List<string>> AlertsAsync(RunningSilo silo) => AlertMaker.AlertLinesAsync(silo, "jp-edits");
}
