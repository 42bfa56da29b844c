using System.Net.Http.Json;
using Microsoft.Playwright;
using Monitoring.Silo.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.Silo.Tests.Dashboard;

/// <summary>Topics: created from the page; the story and its alert log, which follows the live stream.</summary>
[Collection(DashboardGroup.Name)]
public sealed class TopicPageTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task An_operator_creates_a_topic_from_the_page()
    {
        var page = await dashboard.NewPageAsync();
        await DashboardFixture.SignInAsync(page, RunningSilo.OperatorKey);
        await page.GotoAsync("/topics");

        await page.GetByLabel("Id (lower-case letters, digits and dashes)").FillAsync("Bad Id");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Japan and Russia");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create topic" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("id must be");

        await page.GetByLabel("Id (lower-case letters, digits and dashes)").FillAsync("japan-russia");
        await page.GetByLabel("Actors that must all be named (comma-separated)").FillAsync("Japan, Russia");
        await page.GetByLabel("Keywords (comma-separated)").FillAsync("sanction");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create topic" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Japan and Russia", Level = 1 })).ToBeVisibleAsync();
        await DashboardFixture.ScreenshotAsync(page, "topic-created");

        var topic = await dashboard.Silo.GetJsonAsync("/api/topics/japan-russia");
        Assert.Equal(["Japan", "Russia"], topic.GetProperty("allActors").EnumerateArray().Select(a => a.GetString()!));
        await page.GetByRole(AriaRole.Link, new() { Name = "Topics" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Japan and Russia" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Alerts_appear_live_as_feeds_publish_the_story_and_the_story_shows_the_status_history()
    {
        var items = new List<RssBuilder.Item>();
        var server = dashboard.Server;
        server.MapFeed("/tokyo.xml", () => RssBuilder.Feed("Tokyo Wire", items.ToList()));
        using (var response = await dashboard.Silo.Client.PostAsJsonAsync("/api/topics",
            new { id = "japan-iran", name = "Japan–Iran sanctions", allActors = new[] { "Japan", "Iran" }, keywords = new[] { "sanctions" } }))
        {
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
        var source = await dashboard.Silo.AddSourceAsync(server.Url("/tokyo.xml"), validate: false);

        var page = await dashboard.NewPageAsync();
        await DashboardFixture.SignInAsync(page, RunningSilo.OperatorKey);
        await page.GotoAsync("/topics/japan-iran");
        await Expect(page.Locator("#live-state")).ToContainTextAsync("Live");
        await Expect(page.Locator("#alerts li")).ToHaveCountAsync(0);
        // Marks this document: a reload would lose the mark.
        await page.EvaluateAsync("window.sameDocument = true");

        items.Add(new("1", "Japan weighs response to Iran", "https://tokyo.example/1", DateTimeOffset.UtcNow.AddMinutes(-5),
            "Japan is considering sanctions against Iran. Officials in Tokyo met on Monday to discuss the options."));
        await dashboard.Silo.PollAsync(source);
        await Expect(page.Locator("#alerts li").Filter(new() { HasText = "new_measure" })).ToHaveCountAsync(1);

        items.Add(new("2", "Japan imposes sanctions on Iran", "https://tokyo.example/2", DateTimeOffset.UtcNow.AddMinutes(-1),
            "Japan imposed sanctions on Iran. The Foreign Minister said the measures target the oil sector."));
        await dashboard.Silo.PollAsync(source);
        await Expect(page.Locator("#alerts li").Filter(new() { HasText = "status_change" })).ToContainTextAsync("enacted");
        Assert.True(await page.EvaluateAsync<bool>("window.sameDocument === true"), "the page was reloaded");
        await DashboardFixture.ScreenshotAsync(page, "topic-live-alerts");

        await page.ReloadAsync();
        var history = page.GetByRole(AriaRole.List, new() { Name = "Status history" }).First;
        await Expect(history.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Expect(history.GetByRole(AriaRole.Listitem).Nth(0)).ToContainTextAsync("considered");
        await Expect(history.GetByRole(AriaRole.Listitem).Nth(1)).ToContainTextAsync("enacted");
        await Expect(page.Locator(".evidence a")).ToHaveAttributeAsync("href", "https://tokyo.example/1");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Iran", Exact = true })).ToBeVisibleAsync();
        await DashboardFixture.ScreenshotAsync(page, "topic-story");
    }
}
