using Microsoft.Playwright;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Dashboard;

/// <summary>
/// One silo, one loopback server for feeds and webhooks, and Debian's Chromium driven by Playwright,
/// shared by the dashboard tests (each test opens its own browser context, so cookies are its own).
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium package; Playwright's own browser download is not used.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public RunningSilo Silo { get; private set; } = null!;

    public FeedServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install the 'chromium' package (./test.sh does)");
        Server = await FeedServer.StartAsync();
        Silo = await RunningSilo.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Scheduler:Enabled"] = "false",
            ["Delivery:AllowPrivateNetworks"] = "true",
            ["Delivery:InitialBackoff"] = "00:00:00.100",
            ["Delivery:MaxBackoff"] = "00:00:00.300",
            ["Delivery:PollInterval"] = "00:00:00.050",
            ["Delivery:Timeout"] = "00:00:01",
            // Long enough to see a receiver fail, short enough to see its alerts become dead letters.
            ["Delivery:Horizon"] = "00:00:08",
        });
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
    }

    /// <summary>A fresh browser context (no cookies) and a page in it.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = Silo.BaseAddress.ToString() });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public static async Task SignInAsync(IPage page, string key)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("API key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Saves the page into the test output folder (screenshots/NAME.png), for a person to look at.</summary>
    public static Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>Reloads until <paramref name="condition"/> holds on the page (state that changes on the server, not live).</summary>
    public static async Task ReloadUntilAsync(IPage page, Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out after {timeout.TotalSeconds} s waiting for {what}");
            await Task.Delay(200);
            await page.ReloadAsync();
        }
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Silo.DisposeAsync();
        await Server.DisposeAsync();
    }
}

/// <summary>The dashboard test classes share one silo and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardGroup : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
