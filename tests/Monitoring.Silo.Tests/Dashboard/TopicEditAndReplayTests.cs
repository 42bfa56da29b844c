using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Monitoring.Silo.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.Silo.Tests.Dashboard;

/// <summary>A topic edited from its page, and its replay line following a replay without a reload.</summary>
[Collection(DashboardGroup.Name)]
public sealed partial class TopicEditAndReplayTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task An_operator_edits_a_topic_from_its_page_keeping_what_the_form_does_not_change()
    {
        await dashboard.Silo.PostJsonAsync("/api/topics", new
        {
            id = "editable",
            name = "Before the edit",
            allActors = new[] { "Japan" },
            keywords = new[] { "sanctions" },
            measureTypes = new[] { "export_ban" },
            minOutlets = 2,
            backfill = new { days = 0 },
        });
        var page = await dashboard.NewPageAsync();
        await DashboardFixture.SignInAsync(page, RunningSilo.OperatorKey);
        await page.GotoAsync("/topics/editable");
        await Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Before the edit");
        await Expect(page.GetByLabel("Measure types (comma-separated; empty for every type)")).ToHaveValueAsync("export_ban");

        // Refused: the problem is shown beside the form, as typed, and nothing changes.
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("   ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save topic" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("name is required");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Before the edit", Level = 1 })).ToBeVisibleAsync();

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("After the edit");
        await page.GetByLabel("Keywords (comma-separated)").FillAsync("sanctions, embargo");
        await page.GetByLabel("Keywords (comma-separated)").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "After the edit", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved topic editable." })).ToBeVisibleAsync();
        await DashboardFixture.ScreenshotAsync(page, "topic-edited");

        var topic = await dashboard.Silo.GetJsonAsync("/api/topics/editable");
        Assert.Equal("After the edit", topic.GetProperty("name").GetString());
        Assert.Equal(["sanctions", "embargo"], topic.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()!));
        Assert.Equal(["Japan"], topic.GetProperty("allActors").EnumerateArray().Select(k => k.GetString()!));
        Assert.Equal(["export_ban"], topic.GetProperty("measureTypes").EnumerateArray().Select(k => k.GetString()!));
        Assert.Equal(2, topic.GetProperty("minOutlets").GetInt32());
    }

    [Fact]
    public async Task A_replay_started_elsewhere_shows_its_progress_on_the_open_page_without_a_reload()
    {
        dashboard.Server.MapFeed("/replayed.xml", () => RssBuilder.Feed("Replayed", RssBuilder.Items("replayed", 3, "https://replayed.example/")));
        var source = await dashboard.Silo.AddSourceAsync(dashboard.Server.Url("/replayed.xml"), validate: false);
        await dashboard.Silo.PollAsync(source);
        await dashboard.Silo.PostJsonAsync("/api/topics", new { id = "replayed", name = "Replayed", keywords = new[] { "replayed" }, backfill = new { days = 0 } });

        var page = await dashboard.NewPageAsync();
        await DashboardFixture.SignInAsync(page, RunningSilo.OperatorKey);
        await page.GotoAsync("/topics/replayed");
        var line = page.Locator("#replay-state");
        await Expect(line).ToHaveTextAsync("never run");
        await page.EvaluateAsync("window.sameDocument = true");

        await dashboard.Silo.PostJsonAsync("/api/topics/replayed/replay", new { });
        await Expect(line).ToContainTextAsync("finished");
        await Expect(line).ToContainTextAsync(ArticlesRead());
        Assert.True(await page.EvaluateAsync<bool>("window.sameDocument === true"), "the page was reloaded");
        await Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Replay running" })).ToBeHiddenAsync();
        await DashboardFixture.ScreenshotAsync(page, "topic-replay-progress");
    }

    [GeneratedRegex("[1-9][0-9]* articles read")]
    private static partial Regex ArticlesRead();
}
