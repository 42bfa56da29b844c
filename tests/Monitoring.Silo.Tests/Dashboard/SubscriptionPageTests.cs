using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Monitoring.Silo.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.Silo.Tests.Dashboard;

/// <summary>Subscriptions with their delivery state; dead letters replayed from the page; what a subscriber may see.</summary>
[Collection(DashboardGroup.Name)]
public sealed class SubscriptionPageTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task A_receiver_that_is_down_shows_as_failing_and_its_dead_letters_are_replayed_from_the_page()
    {
        var receiver = new WebhookReceiver(dashboard.Server);
        var down = true;
        receiver.Map("/down-hook", _ => Task.FromResult(Volatile.Read(ref down) ? 503 : 204));
        await AlertMaker.DefineTopicAsync(dashboard.Silo, "hooked");
        var id = (await dashboard.Silo.PostJsonAsync("/api/subscriptions",
            new { topic = "hooked", channel = new { type = "webhook", url = receiver.Url("/down-hook").ToString() } })).GetProperty("id").GetString()!;
        await AlertMaker.RaiseAsync(dashboard.Silo, "hooked", 1, "hooked");

        var page = await dashboard.NewPageAsync();
        await DashboardFixture.SignInAsync(page, RunningSilo.OperatorKey);
        await page.GotoAsync("/subscriptions");
        var row = page.GetByRole(AriaRole.Row, new() { Name = $"Subscription {id}" });
        await DashboardFixture.ReloadUntilAsync(page, async () => (await row.InnerTextAsync()).Contains("failing"), TimeSpan.FromSeconds(20), "the subscription to show as failing");
        await Expect(row).ToContainTextAsync("503");
        await DashboardFixture.ScreenshotAsync(page, "subscription-failing");

        var replay = row.GetByRole(AriaRole.Button, new() { Name = $"Replay the dead letters of {id}" });
        // Each alert retries on its own, so the two die one after the other: wait for both.
        await RunningSilo.EventuallyAsync(async () => (await dashboard.Silo.GetJsonAsync($"/api/subscriptions/{id}")).GetProperty("delivery").GetProperty("dead").GetInt32() == 2,
            TimeSpan.FromSeconds(40), "both alerts to become dead letters");
        await DashboardFixture.ReloadUntilAsync(page, async () => await replay.CountAsync() == 1, TimeSpan.FromSeconds(10), "the replay button");
        await DashboardFixture.ScreenshotAsync(page, "subscription-dead-letters");
        Volatile.Write(ref down, false);
        await replay.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2 dead letters");

        Assert.True(await WebhookReceiver.WaitAsync(() => receiver.Accepted("/down-hook").Count == 2, TimeSpan.FromSeconds(20)), "the replayed alerts were not delivered");
        await DashboardFixture.ReloadUntilAsync(page, async () => (await row.GetByRole(AriaRole.Cell).Nth(3).InnerTextAsync()).StartsWith('2'), TimeSpan.FromSeconds(10), "two delivered");
        await Expect(replay).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_subscriber_sees_only_its_own_subscriptions_and_not_the_cluster_page()
    {
        var created = await dashboard.Silo.PostJsonAsync("/api/keys", new { name = "reader", role = "subscriber" });
        var key = created.GetProperty("key").GetString()!;
        await AlertMaker.DefineTopicAsync(dashboard.Silo, "shared");
        var theirs = (await dashboard.Silo.PostJsonAsync("/api/subscriptions", new { topic = "shared", channel = new { type = "stream" } })).GetProperty("id").GetString()!;
        using var subscriber = dashboard.Silo.ClientWithKey(key);
        using var response = await subscriber.PostAsJsonAsync("/api/subscriptions", new { topic = "shared", channel = new { type = "stream" } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var own = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;

        var page = await dashboard.NewPageAsync();
        await DashboardFixture.SignInAsync(page, key);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Cluster" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "Subscriptions", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = $"Subscription {own}" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = $"Subscription {theirs}" })).ToHaveCountAsync(0);
        await DashboardFixture.ScreenshotAsync(page, "subscriber-subscriptions");

        var cluster = await page.GotoAsync("/cluster");
        Assert.Equal(403, cluster!.Status);
        await Expect(page.GetByText("needs an operator key")).ToBeVisibleAsync();
        await page.GotoAsync("/sources");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add source" })).ToHaveCountAsync(0);

        var operatorPage = await dashboard.NewPageAsync();
        await DashboardFixture.SignInAsync(operatorPage, RunningSilo.OperatorKey);
        await operatorPage.GetByRole(AriaRole.Link, new() { Name = "Cluster" }).ClickAsync();
        await Expect(operatorPage.GetByRole(AriaRole.Heading, new() { Name = "Activations per grain type" })).ToBeVisibleAsync();
        await Expect(operatorPage.GetByRole(AriaRole.Cell).Filter(new() { HasText = "Active" }).First).ToBeVisibleAsync();
        await DashboardFixture.ScreenshotAsync(operatorPage, "cluster");
    }
}
