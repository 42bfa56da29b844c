using System.Collections.Concurrent;
using System.Net;
using Microsoft.Playwright;
using Monitoring.Silo.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.Silo.Tests.Dashboard;

/// <summary>Orleans' own dashboard, linked from the cluster page: an operator gets it, served by the silo alone; nobody else does.</summary>
[Collection(DashboardGroup.Name)]
public sealed class OrleansDashboardTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task An_operator_opens_it_from_the_cluster_page_and_every_request_stays_on_the_silo()
    {
        var page = await dashboard.NewPageAsync();
        var requested = new ConcurrentQueue<string>();
        page.Request += (_, request) => requested.Enqueue(request.Url);
        await DashboardFixture.SignInAsync(page, RunningSilo.OperatorKey);
        await page.GetByRole(AriaRole.Link, new() { Name = "Cluster" }).ClickAsync();

        var counters = page.WaitForResponseAsync(r => r.Url.Contains("/cluster/orleans/DashboardCounters", StringComparison.Ordinal) && r.Status == 200);
        await page.GetByRole(AriaRole.Link, new() { Name = "Orleans dashboard" }).ClickAsync();
        await Expect(page).ToHaveTitleAsync("Orleans Dashboard");
        await counters;
        // The menu is drawn by the dashboard's script: it loaded and ran.
        await Expect(page.Locator("#menu a").First).ToBeVisibleAsync();
        await DashboardFixture.ScreenshotAsync(page, "orleans-dashboard");

        var origin = dashboard.Silo.BaseAddress.GetLeftPart(UriPartial.Authority);
        var outside = requested.Where(u => !u.StartsWith(origin, StringComparison.Ordinal) && !u.StartsWith("data:", StringComparison.Ordinal)).ToList();
        Assert.True(outside.Count == 0, "fetched from elsewhere: " + string.Join(", ", outside));
    }

    [Fact]
    public async Task A_subscriber_is_refused_and_an_anonymous_caller_is_sent_to_sign_in()
    {
        var created = await dashboard.Silo.PostJsonAsync("/api/keys", new { name = "no-cluster", role = "subscriber" });
        var key = created.GetProperty("key").GetString()!;
        var page = await dashboard.NewPageAsync();
        await DashboardFixture.SignInAsync(page, key);

        var refused = await page.GotoAsync("/cluster/orleans/");
        Assert.Equal(403, refused!.Status);
        await Expect(page.GetByText("needs an operator key")).ToBeVisibleAsync();
        await DashboardFixture.ScreenshotAsync(page, "orleans-dashboard-subscriber");
        var data = await page.APIRequest.GetAsync("/cluster/orleans/DashboardCounters");
        Assert.Equal(403, data.Status);

        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var anonymous = new HttpClient(handler) { BaseAddress = dashboard.Silo.BaseAddress };
        foreach (var path in new[] { "/cluster/orleans/", "/cluster/orleans/DashboardCounters", "/cluster/orleans/ClusterStats" })
        {
            using var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/signin", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        // The API's bearer key does not open it either: it is the dashboard's, signed in with the cookie.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cluster/orleans/DashboardCounters");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", RunningSilo.OperatorKey);
        using var withBearer = await anonymous.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, withBearer.StatusCode);
    }
}
