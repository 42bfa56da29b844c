using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Monitoring.Silo.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.Silo.Tests.Dashboard;

/// <summary>The dashboard at / signs in with an API key kept in an HttpOnly, SameSite=Strict cookie.</summary>
[Collection(DashboardGroup.Name)]
public sealed class SignInTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task An_operator_signs_in_sees_the_overview_and_signs_out()
    {
        var page = await dashboard.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/signin\\?returnUrl=%2F$"));

        await DashboardFixture.SignInAsync(page, RunningSilo.OperatorKey);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Cluster" })).ToBeVisibleAsync();
        await Expect(page.Locator(".tile", new() { HasText = "silos up" })).ToContainTextAsync("1");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Articles per hour" })).ToBeVisibleAsync();
        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "monitoring_key");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        await DashboardFixture.ScreenshotAsync(page, "overview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/signin$"));
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "monitoring_key");
        await page.GotoAsync("/sources");
        await Expect(page).ToHaveURLAsync(new Regex("/signin\\?returnUrl="));
    }

    [Fact]
    public async Task A_wrong_key_is_refused()
    {
        var page = await dashboard.NewPageAsync();
        await DashboardFixture.SignInAsync(page, "mon_not-a-key-this-silo-knows");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not known");
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "monitoring_key");
        await DashboardFixture.ScreenshotAsync(page, "wrong-key");

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/signin"));
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused()
    {
        // The sign-in cookie is sent, but a post forged from elsewhere carries no token: refused.
        using var handler = new HttpClientHandler { UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = dashboard.Silo.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sources?handler=Add")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["url"] = "http://127.0.0.1:9/forged.xml" }),
        };
        request.Headers.Add("Cookie", "monitoring_key=" + RunningSilo.OperatorKey);
        using var response = await client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var sources = await dashboard.Silo.GetJsonAsync("/api/sources?limit=1000");
        Assert.DoesNotContain(sources.GetProperty("items").EnumerateArray(), s => s.GetProperty("url").GetString()!.Contains("forged"));
    }
}
