using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Monitoring.Cli;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Cli;

/// <summary><c>monitoring sources polls ID</c> and <c>monitoring stats</c> against a real silo.</summary>
public sealed class CliPollsAndStatsTests : CliSiloTest
{
    [Fact]
    public async Task Polls_lists_a_sources_recent_polls_list_filters_by_state_and_words_and_stats_counts_sources_by_state()
    {
        Feeds.MapFeed("/polled.xml", () => RssBuilder.Feed("Polled", RssBuilder.Items("polled", 2, Feeds.BaseUrl.ToString(), DateTimeOffset.UtcNow.AddHours(-3))));
        var id = await Silo.AddSourceAsync(Feeds.Url("/polled.xml"), validate: false);
        await Silo.AddSourceAsync(Feeds.Url("/never.xml"), validate: false);
        await Silo.PollAsync(id);
        Feeds.Map("/polled.xml", context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        });
        await Silo.PollAsync(id);

        var (code, table, _) = await CliHelpTests.RunAsync(["sources", "polls", id]);
        Assert.Equal(ExitCodes.Ok, code);
        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("AT", lines[0], StringComparison.Ordinal);
        Assert.Contains("failed", lines[1], StringComparison.Ordinal);
        Assert.Contains("500", lines[1], StringComparison.Ordinal);
        Assert.Contains(" ok ", lines[2], StringComparison.Ordinal);

        var (jsonCode, json, _) = await CliHelpTests.RunAsync(["sources", "polls", id, "--json"]);
        Assert.Equal(ExitCodes.Ok, jsonCode);
        var items = JsonDocument.Parse(json).RootElement.GetProperty("items");
        Assert.Equal(2, items[1].GetProperty("newArticles").GetInt32());

        var (missing, _, error) = await CliHelpTests.RunAsync(["sources", "polls", "no-such-source"]);
        Assert.Equal(ExitCodes.Failed, missing);
        Assert.Contains("no source with id", error, StringComparison.Ordinal);

        // The list filtered by the catalog: by state, by words of the URL, both.
        var (failingCode, failing, _) = await CliHelpTests.RunAsync(["sources", "list", "--state", "failing", "--json"]);
        Assert.Equal(ExitCodes.Ok, failingCode);
        Assert.Equal([id], JsonDocument.Parse(failing).RootElement.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        var (_, never, _) = await CliHelpTests.RunAsync(["sources", "list", "--search", "NEVER.xml", "--json"]);
        Assert.Equal(1, JsonDocument.Parse(never).RootElement.GetProperty("total").GetInt32());
        var (_, none, _) = await CliHelpTests.RunAsync(["sources", "list", "--search", "never", "--state", "failing", "--json"]);
        Assert.Equal(0, JsonDocument.Parse(none).RootElement.GetProperty("total").GetInt32());
        var (badCode, _, badError) = await CliHelpTests.RunAsync(["sources", "list", "--state", "broken"]);
        Assert.Equal(ExitCodes.Failed, badCode);
        Assert.Contains("state must be one of new, active, failing, dead", badError, StringComparison.Ordinal);

        var (statsCode, stats, _) = await CliHelpTests.RunAsync(["stats"]);
        Assert.Equal(ExitCodes.Ok, statsCode);
        Assert.Contains("sources: new 1, active 0, failing 1, dead 0", stats, StringComparison.Ordinal);
        Assert.Contains("articles, last 24 hours: 2", stats, StringComparison.Ordinal);
        Assert.Contains("silos up: 1", stats, StringComparison.Ordinal);
        var (statsJsonCode, statsJson, _) = await CliHelpTests.RunAsync(["stats", "--json"]);
        Assert.Equal(ExitCodes.Ok, statsJsonCode);
        Assert.Equal(1, JsonDocument.Parse(statsJson).RootElement.GetProperty("sourcesByState").GetProperty("failing").GetInt32());
    }
}
