using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using Monitoring.Silo.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.Silo.Tests.Dashboard;

/// <summary>The sources page's OPML import and export, and a source's recent polls on its page.</summary>
[Collection(DashboardGroup.Name)]
public sealed class SourceOpmlAndPollsTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task An_operator_imports_an_opml_file_and_exports_every_source_and_a_subscriber_may_only_export()
    {
        var opml = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <opml version="2.0"><head><title>Mine</title></head><body>
              <outline text="One" title="OPML One" type="rss" xmlUrl="{dashboard.Server.Url("/opml-one.xml")}"/>
              <outline text="Two" title="OPML Two" type="rss" xmlUrl="{dashboard.Server.Url("/opml-two.xml")}"/>
              <outline text="Not a feed address" type="rss" xmlUrl="ftp://example.org/feed"/>
            </body></opml>
            """;
        var file = new FilePayload { Name = "mine.opml", MimeType = "text/x-opml", Buffer = Encoding.UTF8.GetBytes(opml) };
        var page = await dashboard.NewPageAsync();
        await DashboardFixture.SignInAsync(page, RunningSilo.OperatorKey);
        await page.GotoAsync("/sources");

        await page.GetByLabel("OPML file").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import OPML" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Imported: 2 added, 0 already registered, 1 refused. Refused: url must be");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).FillAsync("opml-");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "OPML One" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "OPML Two" })).ToBeVisibleAsync();
        await DashboardFixture.ScreenshotAsync(page, "sources-opml-imported");

        // The same file again: nothing new.
        await page.GetByLabel("OPML file").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import OPML" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Imported: 0 added, 2 already registered, 1 refused.");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export OPML" }).ClickAsync());
        Assert.Equal("sources.opml", download.SuggestedFilename);
        var exported = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("/opml-one.xml", exported, StringComparison.Ordinal);
        Assert.Contains("OPML Two", exported, StringComparison.Ordinal);
        // The page's link is the API's export; only the creation time may differ between the two.
        Assert.Equal(WithoutDate(await dashboard.Silo.Client.GetStringAsync("/api/sources.opml")), WithoutDate(exported));

        var created = await dashboard.Silo.PostJsonAsync("/api/keys", new { name = "opml-reader", role = "subscriber" });
        var reader = await dashboard.NewPageAsync();
        await DashboardFixture.SignInAsync(reader, created.GetProperty("key").GetString()!);
        await reader.GotoAsync("/sources");
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Export OPML" })).ToBeVisibleAsync();
        await Expect(reader.GetByRole(AriaRole.Button, new() { Name = "Import OPML" })).ToHaveCountAsync(0);
    }

    private static string WithoutDate(string opml) =>
        Regex.Replace(opml, "<dateCreated>[^<]*</dateCreated>", "<dateCreated/>");

    [Fact]
    public async Task A_source_page_shows_its_recent_polls_newest_first_with_status_new_articles_and_error()
    {
        dashboard.Server.MapFeed("/history.xml", () => RssBuilder.Feed("History", RssBuilder.Items("history", 3, "https://history.example/")));
        var id = await dashboard.Silo.AddSourceAsync(dashboard.Server.Url("/history.xml"), validate: false);
        await dashboard.Silo.PollAsync(id);
        dashboard.Server.Map("/history.xml", context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        });
        await dashboard.Silo.PollAsync(id);

        var page = await dashboard.NewPageAsync();
        await DashboardFixture.SignInAsync(page, RunningSilo.OperatorKey);
        await page.GotoAsync($"/sources/{id}");
        var polls = page.GetByRole(AriaRole.Table, new() { Name = "Recent polls" });
        var rows = polls.GetByRole(AriaRole.Row);
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.Nth(1).GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("failed");
        await Expect(rows.Nth(1).GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("503");
        await Expect(rows.Nth(1).GetByRole(AriaRole.Cell).Nth(6)).ToContainTextAsync("503");
        await Expect(rows.Nth(2).GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("ok");
        await Expect(rows.Nth(2).GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync("3");
        await Expect(rows.Nth(2).GetByRole(AriaRole.Cell).Nth(4)).ToHaveTextAsync("3");
        await DashboardFixture.ScreenshotAsync(page, "source-polls");

        var api = await dashboard.Silo.GetJsonAsync($"/api/sources/{id}/polls");
        Assert.Equal(id, api.GetProperty("sourceId").GetString());
        var items = api.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(503, items[0].GetProperty("httpStatus").GetInt32());
        Assert.False(items[0].GetProperty("succeeded").GetBoolean());
        Assert.Equal(3, items[1].GetProperty("newArticles").GetInt32());
        Assert.True(items[1].GetProperty("durationMs").GetInt32() >= 0);
    }
}
