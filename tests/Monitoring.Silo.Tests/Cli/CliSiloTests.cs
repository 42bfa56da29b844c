using System.Text.Json;
using Monitoring.Cli;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Cli;

/// <summary>The CLI against a real silo: exit codes that tell failure, errors that say how to fix, JSON that scripts can read.</summary>
public sealed class CliSiloTests : CliSiloTest
{
    [Fact]
    public async Task Json_output_parses_back_without_needless_escapes_and_tables_are_the_default()
    {
        Feeds.MapFeed("/tokyo.xml", () => RssBuilder.Feed("Tokyo <desk> + 'wire'", RssBuilder.Items("tokyo", 2, Feeds.BaseUrl.ToString())));

        var (code, added, _) = await CliHelpTests.RunAsync(["sources", "add", Feeds.Url("/tokyo.xml").ToString(), "--json"]);
        Assert.Equal(ExitCodes.Ok, code);
        var source = JsonDocument.Parse(added).RootElement;
        Assert.Equal("Tokyo <desk> + 'wire'", source.GetProperty("check").GetProperty("title").GetString());
        Assert.Contains("Tokyo <desk> + 'wire'", added);
        Assert.Contains("+00:00", added);
        Assert.DoesNotContain("\\u", added);

        var (_, listed, _) = await CliHelpTests.RunAsync(["sources", "list", "--json"]);
        Assert.Equal(1, JsonDocument.Parse(listed).RootElement.GetProperty("total").GetInt32());

        var (tableCode, table, _) = await CliHelpTests.RunAsync(["sources", "list"]);
        Assert.Equal(ExitCodes.Ok, tableCode);
        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ID", lines[0]);
        Assert.Contains("STATE", lines[0]);
        Assert.Contains(source.GetProperty("id").GetString()!, lines[1]);
    }

    [Fact]
    public async Task A_failed_poll_exits_1_with_the_reason_and_a_good_one_exits_0()
    {
        var up = false;
        Feeds.Map("/flaky.xml", async context =>
        {
            if (!Volatile.Read(ref up))
            {
                context.Response.StatusCode = 500;
                return;
            }
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(RssBuilder.Feed("Flaky", RssBuilder.Items("flaky", 1, Feeds.BaseUrl.ToString())));
        });
        var (_, added, _) = await CliHelpTests.RunAsync(["sources", "add", Feeds.Url("/flaky.xml").ToString(), "--no-validate", "--json"]);
        var id = JsonDocument.Parse(added).RootElement.GetProperty("id").GetString()!;

        var (code, _, error) = await CliHelpTests.RunAsync(["sources", "poll", id]);
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("failed (HTTP 500)", error);

        Volatile.Write(ref up, true);
        var (okCode, output, _) = await CliHelpTests.RunAsync(["sources", "poll", id, "--json"]);
        Assert.Equal(ExitCodes.Ok, okCode);
        Assert.Equal(1, JsonDocument.Parse(output).RootElement.GetProperty("newArticles").GetInt32());
    }

    [Fact]
    public async Task A_feed_that_is_not_one_is_refused_with_exit_1_and_the_reason()
    {
        var (code, _, error) = await CliHelpTests.RunAsync(["sources", "add", Feeds.Url("/missing.xml").ToString()]);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("422", error);
        Assert.Contains("--no-validate", error);
    }

    [Fact]
    public async Task A_missing_or_wrong_key_says_to_set_MONITORING_KEY_and_a_403_prints_the_detail()
    {
        Environment.SetEnvironmentVariable(ApiClient.KeyVariable, null);
        var (code, _, error) = await CliHelpTests.RunAsync(["sources", "list"]);
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("401", error);
        // The hint is a sentence of its own after the silo's detail.
        Assert.Contains(". MONITORING_KEY is not set", error);

        Environment.SetEnvironmentVariable(ApiClient.KeyVariable, "not-a-key");
        (code, _, error) = await CliHelpTests.RunAsync(["sources", "list"]);
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("MONITORING_KEY", error);

        Environment.SetEnvironmentVariable(ApiClient.KeyVariable, RunningSilo.OperatorKey);
        var (_, made, _) = await CliHelpTests.RunAsync(["keys", "add", "reader", "subscriber", "--json"]);
        Environment.SetEnvironmentVariable(ApiClient.KeyVariable, JsonDocument.Parse(made).RootElement.GetProperty("key").GetString());
        (code, _, error) = await CliHelpTests.RunAsync(["keys", "list"]);
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("403", error);
        Assert.DoesNotContain("{", error);
        Assert.Contains("operator key", error);
    }

    [Fact]
    public async Task No_silo_at_the_url_exits_3_saying_where_it_looked()
    {
        Environment.SetEnvironmentVariable(ApiClient.UrlVariable, $"http://127.0.0.1:{FreePort.Next()}");

        var (code, _, error) = await CliHelpTests.RunAsync(["topics", "list"]);

        Assert.Equal(ExitCodes.Unreachable, code);
        Assert.Contains("MONITORING_URL", error);
    }

    [Fact]
    public async Task An_unknown_id_exits_1_with_the_problem_detail()
    {
        var (code, _, error) = await CliHelpTests.RunAsync(["topics", "show", "nope"]);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("404", error);
        Assert.Contains("no topic with id 'nope'", error);
    }
}
