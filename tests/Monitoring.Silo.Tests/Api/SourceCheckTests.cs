using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Api;

/// <summary>A source is fetched and parsed once when it is added: 201 with what it holds, or 422 with why not.</summary>
public sealed class SourceCheckTests : IAsyncLifetime
{
    private FeedServer _feeds = null!;
    private RunningSilo _silo = null!;

    public async Task InitializeAsync()
    {
        _feeds = await FeedServer.StartAsync();
        _silo = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling);
    }

    public async Task DisposeAsync()
    {
        await _silo.DisposeAsync();
        await _feeds.DisposeAsync();
    }

    [Fact]
    public async Task A_feed_is_201_with_its_title_and_item_count()
    {
        _feeds.MapFeed("/good.xml", () => RssBuilder.Feed("Good desk", RssBuilder.Items("good", 3, _feeds.BaseUrl.ToString())));

        using var response = await _silo.Client.PostAsJsonAsync("/api/sources", new { url = _feeds.Url("/good.xml").ToString() });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var check = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("check");
        Assert.True(check.GetProperty("ok").GetBoolean());
        Assert.Equal("Good desk", check.GetProperty("title").GetString());
        Assert.Equal(3, check.GetProperty("items").GetInt32());
        Assert.Equal(200, check.GetProperty("httpStatus").GetInt32());
    }

    [Theory]
    [InlineData("/page.html", "not a feed")]
    [InlineData("/missing.xml", "404")]
    public async Task What_is_not_a_feed_is_422_with_the_reason_and_is_not_registered(string path, string reason)
    {
        _feeds.Map("/page.html", async context =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<!doctype html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>");
        });

        using var response = await _silo.Client.PostAsJsonAsync("/api/sources", new { url = _feeds.Url(path).ToString() });

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var detail = JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!;
        Assert.Contains(reason, detail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("validate=false", detail);
        Assert.DoesNotContain("not a feed: not a feed", detail, StringComparison.Ordinal);
        Assert.Equal(0, (await _silo.GetJsonAsync("/api/sources")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_address_the_rule_refuses_is_422_naming_the_setting_without_offering_to_register_it_anyway()
    {
        await using var strict = await RunningSilo.StartAsync(settings: new Dictionary<string, string?> { ["Fetch:AllowPrivateNetworks"] = "false", ["Scheduler:Enabled"] = "false" });
        _feeds.MapFeed("/local.xml", () => RssBuilder.Feed("Local", RssBuilder.Items("l", 1, _feeds.BaseUrl.ToString())));

        using var response = await strict.Client.PostAsJsonAsync("/api/sources", new { url = _feeds.Url("/local.xml").ToString() });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
        Assert.EndsWith("is loopback; set Fetch:AllowPrivateNetworks=true (environment Fetch__AllowPrivateNetworks=true) to allow it", detail, StringComparison.Ordinal);
        Assert.Equal(0, _feeds.CountRequests("/local.xml"));
    }

    [Fact]
    public async Task A_host_that_refuses_connections_is_422()
    {
        var closed = new Uri($"http://127.0.0.1:{FreePort.Next()}/feed.xml");

        using var response = await _silo.Client.PostAsJsonAsync("/api/sources", new { url = closed.ToString() });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task Validate_false_registers_a_feed_that_is_down_and_its_error_clears_when_it_recovers()
    {
        var up = false;
        _feeds.Map("/flaky.xml", async context =>
        {
            if (!up)
            {
                context.Response.StatusCode = 503;
                return;
            }
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(RssBuilder.Feed("Flaky", RssBuilder.Items("flaky", 1, _feeds.BaseUrl.ToString())));
        });

        using var response = await _silo.Client.PostAsJsonAsync("/api/sources?validate=false", new { url = _feeds.Url("/flaky.xml").ToString() });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        Assert.False((await _silo.PollAsync(id)).GetProperty("succeeded").GetBoolean());
        Assert.Contains("503", (await _silo.SourceAsync(id)).GetProperty("health").GetProperty("lastError").GetString());

        up = true;
        Assert.True((await _silo.PollAsync(id)).GetProperty("succeeded").GetBoolean());
        var health = (await _silo.SourceAsync(id)).GetProperty("health");
        Assert.Equal(JsonValueKind.Null, health.GetProperty("lastError").ValueKind);
        Assert.Equal("Active", health.GetProperty("state").GetString());
    }
}
