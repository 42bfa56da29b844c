using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Monitoring.Cli;
using Monitoring.Silo.Hosting;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests;

public sealed class ApiTests : IAsyncLifetime
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

    [Theory]
    [InlineData("{}", "url is required")]
    [InlineData("{\"url\":\"not a url\"}", "absolute http or https")]
    [InlineData("{\"url\":\"ftp://example.org/feed\"}", "absolute http or https")]
    public async Task Adding_a_bad_source_is_a_clear_400(string body, string expected)
    {
        using var response = await _silo.Client.PostAsync("/api/sources", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        Assert.Equal(0, (await _silo.GetJsonAsync("/api/sources")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Malformed_json_is_a_400()
    {
        using var response = await _silo.Client.PostAsync("/api/sources", new StringContent("{\"url\":", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Sources_can_be_added_listed_shown_and_deleted()
    {
        _feeds.MapFeed("/crud.xml", () => RssBuilder.Feed("Crud", RssBuilder.Items("crud", 1, _feeds.BaseUrl.ToString())));
        var url = _feeds.Url("/crud.xml?utm_source=x");
        using var created = await _silo.Client.PostAsJsonAsync("/api/sources", new { url = url.ToString(), title = "Crud" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var again = await _silo.Client.PostAsJsonAsync("/api/sources", new { url = _feeds.Url("/crud.xml").ToString() });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());

        var list = await _silo.GetJsonAsync("/api/sources");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var shown = await _silo.SourceAsync(id);
        Assert.Equal("Crud", shown.GetProperty("title").GetString());
        Assert.Equal(_feeds.Url("/crud.xml").ToString(), shown.GetProperty("url").GetString());

        using var deleted = await _silo.Client.DeleteAsync($"/api/sources/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await _silo.Client.GetAsync($"/api/sources/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var pollGone = await _silo.Client.PostAsync($"/api/sources/{id}/poll", null);
        Assert.Equal(HttpStatusCode.NotFound, pollGone.StatusCode);
    }

    [Fact]
    public async Task Opml_import_then_export_round_trips()
    {
        var opml = $"""
            <?xml version="1.0"?>
            <opml version="2.0"><head><title>Mine</title></head><body>
              <outline text="World"><outline type="rss" text="One" xmlUrl="{_feeds.Url("/one.xml")}"/>
                <outline type="rss" text="Two" xmlUrl="{_feeds.Url("/two.xml")}"/></outline>
              <outline type="rss" text="Broken" xmlUrl="mailto:nobody@example.org"/>
            </body></opml>
            """;
        using var imported = await _silo.Client.PostAsync("/api/sources/opml", new StringContent(opml, Encoding.UTF8, "text/x-opml"));
        var result = await imported.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(2, result.GetProperty("added").GetInt32());
        Assert.Equal(1, result.GetProperty("errors").GetArrayLength());

        var exported = await _silo.Client.GetStringAsync("/api/sources.opml");
        Assert.Contains(_feeds.Url("/one.xml").ToString(), exported);
        Assert.Contains(_feeds.Url("/two.xml").ToString(), exported);
        Assert.Contains("One", exported);
    }

    [Fact]
    public async Task Opml_that_is_not_xml_is_a_clear_400()
    {
        using var response = await _silo.Client.PostAsync("/api/sources/opml", new StringContent("hello", Encoding.UTF8, "text/x-opml"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("OPML", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/articles?since=yesterday", "since")]
    [InlineData("/api/articles?limit=0", "limit")]
    public async Task Bad_article_queries_are_a_clear_400(string path, string expected)
    {
        using var response = await _silo.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_readiness_openapi_and_metrics_are_served()
    {
        _feeds.MapFeed("/metrics.xml", () => RssBuilder.Feed("M", RssBuilder.Items("m", 2, _feeds.BaseUrl.ToString())));
        var id = await _silo.AddSourceAsync(_feeds.Url("/metrics.xml"));
        await _silo.PollAsync(id);

        using var healthz = await _silo.Client.GetAsync("/healthz");
        using var readyz = await _silo.Client.GetAsync("/readyz");
        var openapi = await _silo.GetJsonAsync("/openapi/v1.json");
        var metrics = await _silo.Client.GetStringAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, healthz.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readyz.StatusCode);
        Assert.True(openapi.GetProperty("paths").TryGetProperty("/api/sources", out _));
        Assert.True(openapi.GetProperty("paths").TryGetProperty("/api/sources/{id}/poll", out _));
        Assert.Contains("monitoring_polls", metrics);
        Assert.Contains("monitoring_articles", metrics);
    }

    [Fact]
    public void Invalid_settings_stop_the_host_with_a_message_naming_each_option()
    {
        var e = Assert.Throws<SettingsException>(() => MonitoringHost.Build([], config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Fetch:MaxBodyBytes"] = "0",
            ["Polling:MinInterval"] = "00:10:00",
            ["Polling:MaxInterval"] = "00:01:00",
            ["Scheduler:Shards"] = "banana",
        })));

        Assert.Contains("Fetch:MaxBodyBytes", e.Message);
        Assert.Contains("Polling:MaxInterval", e.Message);
        Assert.Contains("Scheduler:Shards", e.Message);
    }

    [Fact]
    public async Task The_cli_operates_a_running_silo()
    {
        _feeds.MapFeed("/cli.xml", () => RssBuilder.Feed("Cli", RssBuilder.Items("cli", 2, _feeds.BaseUrl.ToString())));
        Environment.SetEnvironmentVariable(ApiClient.UrlVariable, _silo.Client.BaseAddress!.ToString());
        Environment.SetEnvironmentVariable(ApiClient.KeyVariable, RunningSilo.OperatorKey);
        try
        {
            var (code, output, _) = await RunCliAsync("sources", "add", _feeds.Url("/cli.xml").ToString(), "--json");
            Assert.Equal(0, code);
            var id = JsonDocument.Parse(output).RootElement.GetProperty("id").GetString()!;

            (code, output, _) = await RunCliAsync("sources", "poll", id, "--json");
            Assert.Equal(0, code);
            Assert.Equal(2, JsonDocument.Parse(output).RootElement.GetProperty("newArticles").GetInt32());

            (code, output, _) = await RunCliAsync("articles", "--source", id, "--limit", "1", "--json");
            Assert.Equal(0, code);
            Assert.Equal(1, JsonDocument.Parse(output).RootElement.GetArrayLength());

            (code, output, _) = await RunCliAsync("sources", "export");
            Assert.Contains(_feeds.Url("/cli.xml").ToString(), output);

            (code, _, var error) = await RunCliAsync("sources", "show", "nope");
            Assert.Equal(ExitCodes.Failed, code);
            Assert.Contains("404", error);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ApiClient.UrlVariable, null);
            Environment.SetEnvironmentVariable(ApiClient.KeyVariable, null);
        }
    }

    private static async Task<(int Code, string Output, string Error)> RunCliAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
