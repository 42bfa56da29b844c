using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using Monitoring.Silo.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.Silo.Tests.Dashboard;

/// <summary>The sources table: add from the page, poll now, and a failing feed shows its error and HTTP status.</summary>
[Collection(DashboardGroup.Name)]
public sealed class SourcePageTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task A_source_answering_500_shows_as_failing_with_its_error()
    {
        dashboard.Server.Map("/broken.xml", context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        });
        var url = dashboard.Server.Url("/broken.xml").ToString();
        var page = await dashboard.NewPageAsync();
        await DashboardFixture.SignInAsync(page, RunningSilo.OperatorKey);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sources" }).ClickAsync();

        await page.GetByLabel("Feed URL").FillAsync(url);
        await page.GetByLabel("Fetch and check the feed first").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add source" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Added");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Poll {url} now" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Poll failed");

        await page.GetByLabel("State").SelectOptionAsync("failing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = url });
        await Expect(row).ToContainTextAsync("failing");
        await Expect(row.GetByRole(AriaRole.Cell).Nth(2)).ToContainTextAsync("500");
        await Expect(row.GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync("500");
        await DashboardFixture.ScreenshotAsync(page, "sources-failing");

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Definition).Filter(new() { HasText = "HTTP 500" })).ToBeVisibleAsync();
        await DashboardFixture.ScreenshotAsync(page, "source-failing");
    }

    [Fact]
    public async Task The_search_finds_a_source_by_all_its_words_and_the_filter_leaves_out_other_states()
    {
        dashboard.Server.MapFeed("/findable.xml", () => RssBuilder.Feed("Findable", RssBuilder.Items("findable", 2, "https://example.org/")));
        var id = await dashboard.Silo.AddSourceAsync(dashboard.Server.Url("/findable.xml"));
        await dashboard.Silo.AddSourceAsync(dashboard.Server.Url("/unrelated.xml"), validate: false);
        await dashboard.Silo.PollAsync(id);
        var page = await dashboard.NewPageAsync();
        await DashboardFixture.SignInAsync(page, RunningSilo.OperatorKey);
        await page.GotoAsync("/sources");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).FillAsync("127.0.0.1 findable");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Findable" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);

        await page.GetByLabel("State").SelectOptionAsync("dead");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row)).ToHaveCountAsync(1);

        await page.GotoAsync($"/sources/{id}");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "findable story 2" })).ToBeVisibleAsync();
        await DashboardFixture.ScreenshotAsync(page, "source-articles");
    }

    [Fact]
    public async Task An_article_its_feed_edited_says_which_revision_it_shows()
    {
        var text = "The first text.";
        var published = DateTimeOffset.UtcNow.AddMinutes(-5);
        dashboard.Server.MapFeed("/edited.xml", () => RssBuilder.Feed("Edited", [new("ed-1", "An edited story", "https://example.org/edited", published, Volatile.Read(ref text))]));
        var id = await dashboard.Silo.AddSourceAsync(dashboard.Server.Url("/edited.xml"));
        await dashboard.Silo.PollAsync(id);
        var page = await dashboard.NewPageAsync();
        await DashboardFixture.SignInAsync(page, RunningSilo.OperatorKey);
        await page.GotoAsync($"/sources/{id}");
        var item = page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "An edited story" });
        await Expect(item).ToBeVisibleAsync();
        await Expect(item).Not.ToContainTextAsync("edited by its feed");

        Volatile.Write(ref text, "The second text.");
        await dashboard.Silo.PollAsync(id);
        await page.ReloadAsync();
        await Expect(item).ToContainTextAsync("edited by its feed, revision 1");
    }
}
