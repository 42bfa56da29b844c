using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests;

/// <summary>The offline demo (what ./run.sh --demo sets) raises the topic's alerts from its own sample feeds within a minute.</summary>
public sealed class DemoTests
{
    [Fact]
    public async Task The_demo_is_ready_only_once_its_topic_and_feeds_are_there()
    {
        await using var silo = await RunningSilo.StartAsync(settings: new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });

        // Whenever readiness is first seen, the topic and both feeds are there: a client started at readiness finds them.
        await RunningSilo.EventuallyAsync(async () =>
        {
            using var ready = await silo.Client.GetAsync("/readyz");
            return ready.IsSuccessStatusCode;
        }, TimeSpan.FromSeconds(30), "the demo silo to be ready");
        Assert.Equal("demo", (await silo.GetJsonAsync("/api/topics/demo")).GetProperty("id").GetString());
        Assert.Equal(2, (await silo.GetJsonAsync("/api/sources")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_demo_raises_alerts_within_a_minute()
    {
        await using var silo = await RunningSilo.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Polling:MinInterval"] = "00:00:03",
            ["Polling:DefaultInterval"] = "00:00:05",
            ["Polling:MaxInterval"] = "00:00:05",
        });

        var kinds = new List<string>();
        await RunningSilo.EventuallyAsync(async () =>
        {
            using var response = await silo.Client.GetAsync("/api/topics/demo/alerts");
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }
            var alerts = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            kinds = [.. alerts.EnumerateArray().Select(a => a.GetProperty("kind").GetString()!)];
            return kinds.Contains("status_change");
        }, TimeSpan.FromSeconds(60), "the demo topic's alerts, through a status change");

        Assert.True(kinds.Count >= 2, string.Join(", ", kinds));
        var sources = await silo.GetJsonAsync("/api/sources");
        Assert.Equal(2, sources.GetProperty("total").GetInt32());
    }
}
