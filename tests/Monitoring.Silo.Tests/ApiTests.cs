using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Monitoring.Cli;
using Monitoring.Silo.Hosting;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests;

public sealed class ApiTests : ManualSiloTest
{
    [Theory]
    [InlineData("{}", "url is required")]
    [InlineData("{\"url\":\"not a url\"}", "absolute http or https")]
    [InlineData("{\"url\":\"ftp://example.org/feed\"}", "absolute http or https")]
    public async Task Adding_a_bad_source_is_a_clear_400(string body, string expected)
    {
        using var response = await Silo.Client.PostAsync("/api/sources", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        Assert.Equal(0, (await Silo.GetJsonAsync("/api/sources")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Malformed_json_is_a_400()
    {
        using var response = await Silo.Client.PostAsync("/api/sources", new StringContent("{\"url\":", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Sources_can_be_added_listed_shown_and_deleted()
    {
        Feeds.MapFeed("/crud.xml", () => RssBuilder.Feed("Crud", RssBuilder.Items("crud", 1, Feeds.BaseUrl.ToString())));
        var url = Feeds.Url("/crud.xml?utm_source=x");
        using var created = await Silo.Client.PostAsJsonAsync("/api/sources", new { url = url.ToString(), title = "Crud" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var again = await Silo.Client.PostAsJsonAsync("/api/sources", new { url = Feeds.Url("/crud.xml").ToString() });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());

        var list = await Silo.GetJsonAsync("/api/sources");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var shown = await Silo.SourceAsync(id);
        Assert.Equal("Crud", shown.GetProperty("title").GetString());
        Assert.Equal(Feeds.Url("/crud.xml").ToString(), shown.GetProperty("url").GetString());

        using var deleted = await Silo.Client.DeleteAsync($"/api/sources/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await Silo.Client.GetAsync($"/api/sources/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var pollGone = await Silo.Client.PostAsync($"/api/sources/{id}/poll", null);
        Assert.Equal(HttpStatusCode.NotFound, pollGone.StatusCode);
    }

    [Fact]
    public async Task Opml_import_then_export_round_trips()
    {
        var opml = $"""
            <?xml version="1.0"?>
            <opml version="2.0"><head><title>Mine</title></head><body>
              <outline text="World"><outline type="rss" text="One" xmlUrl="{Feeds.Url("/one.xml")}"/>
                <outline type="rss" text="Two" xmlUrl="{Feeds.Url("/two.xml")}"/></outline>
              <outline type="rss" text="Broken" xmlUrl="mailto:nobody@example.org"/>
            </body></opml>
            """;
        using var imported = await Silo.Client.PostAsync("/api/sources/opml", new StringContent(opml, Encoding.UTF8, "text/x-opml"));
        var result = await imported.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(2, result.GetProperty("added").GetInt32());
        Assert.Equal(1, result.GetProperty("errors").GetArrayLength());

        var exported = await Silo.Client.GetStringAsync("/api/sources.opml");
        Assert.Contains(Feeds.Url("/one.xml").ToString(), exported);
        Assert.Contains(Feeds.Url("/two.xml").ToString(), exported);
        Assert.Contains("One", exported);
    }

    [Fact]
    public async Task Opml_that_is_not_xml_is_a_clear_400()
    {
        using var response = await Silo.Client.PostAsync("/api/sources/opml", new StringContent("hello", Encoding.UTF8, "text/x-opml"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("OPML", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/articles?since=yesterday", "since")]
    [InlineData("/api/articles?limit=0", "limit")]
    public async Task Bad_article_queries_are_a_clear_400(string path, string expected)
    {
        using var response = await Silo.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_readiness_openapi_and_metrics_are_served()
    {
        Feeds.MapFeed("/metrics.xml", () => RssBuilder.Feed("M", RssBuilder.Items("m", 2, Feeds.BaseUrl.ToString())));
        var id = await Silo.AddSourceAsync(Feeds.Url("/metrics.xml"));
        await Silo.PollAsync(id);

        using var healthz = await Silo.Client.GetAsync("/healthz");
        using var readyz = await Silo.Client.GetAsync("/readyz");
        var openapi = await Silo.GetJsonAsync("/openapi/v1.json");
        var metrics = await Silo.Client.GetStringAsync("/metrics");

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
        Feeds.MapFeed("/cli.xml", () => RssBuilder.Feed("Cli", RssBuilder.Items("cli", 2, Feeds.BaseUrl.ToString())));
        using var cli = CliTarget.At(Silo);
        var (code, output, _) = await RunCliAsync("sources", "add", Feeds.Url("/cli.xml").ToString(), "--json");
        Assert.Equal(0, code);
        var id = JsonDocument.Parse(output).RootElement.GetProperty("id").GetString()!;

        (code, output, _) = await RunCliAsync("sources", "poll", id, "--json");
        Assert.Equal(0, code);
        Assert.Equal(2, JsonDocument.Parse(output).RootElement.GetProperty("newArticles").GetInt32());

        (code, output, _) = await RunCliAsync("articles", "--source", id, "--limit", "1", "--json");
        Assert.Equal(0, code);
        Assert.Equal(1, JsonDocument.Parse(output).RootElement.GetArrayLength());

        (code, output, _) = await RunCliAsync("sources", "export");
        Assert.Contains(Feeds.Url("/cli.xml").ToString(), output);

        (code, _, var error) = await RunCliAsync("sources", "show", "nope");
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("404", error);
    }

    private static async Task<(int Code, string Output, string Error)> RunCliAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
