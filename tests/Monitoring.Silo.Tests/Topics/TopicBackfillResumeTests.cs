using System.Globalization;
using System.Security;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Silo.Tests.Delivery;
using Monitoring.Silo.Tests.Infrastructure;
using Monitoring.Storage;

namespace Monitoring.Silo.Tests.Topics;

/// <summary>
/// A backfill the silo's stop interrupted goes on as soon as the silo starts again, not only when
/// something next calls its topic.
/// </summary>
public sealed class TopicBackfillResumeTests : IAsyncLifetime
{
    private const string Topic = "resumed";
    private static readonly string[] Targets = ["Russia", "Iran"];
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;

    /// <summary>Fast delivery, and a backfill that waits 11 s before reading: long enough to stop the silo within it.</summary>
    private static Dictionary<string, string?> Settings()
    {
        var settings = DeliverySettings.Fast();
        settings["Routing:IndexMaxAge"] = "00:00:10";
        return settings;
    }
    private FeedServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FeedServer.StartAsync();
        _server.MapFeed("/tokyo.xml", () =>
        {
            var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Tokyo desk</title><link>https://tokyo.example.org/</link><description>t</description>");
            for (var k = 0; k < Targets.Length; k++)
            {
                var title = $"Japan imposes sanctions on {Targets[k]}";
                var body = $"Japan imposed sanctions on {Targets[k]} on Tuesday, the government in Tokyo said.";
                sb.Append(CultureInfo.InvariantCulture,
                    $"<item><guid>jp-{k}</guid><title>{SecurityElement.Escape(title)}</title><link>https://tokyo.example.org/r/{k}</link><pubDate>{_now.AddDays(-2 + k).ToString("R", CultureInfo.InvariantCulture)}</pubDate><description>{SecurityElement.Escape(body)}</description></item>");
            }
            return sb.Append("</channel></rss>").ToString();
        });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_backfill_interrupted_by_a_stop_resumes_when_the_silo_starts_again()
    {
        string data;
        await using (var first = await RunningSilo.StartAsync(settings: Settings()))
        {
            data = first.DataPath;
            await first.PollAsync(await first.AddSourceAsync(_server.Url("/tokyo.xml")));
            var created = await first.PostJsonAsync("/api/topics",
                new { id = Topic, name = "Japan's sanctions", allActors = new[] { "Japan" }, keywords = new[] { "sanction" } });
            // Stopped while the backfill waits to read: it has read and logged nothing.
            var readsFrom = created.GetProperty("backfill").GetProperty("readsFrom").GetDateTimeOffset();
            Assert.True(DateTimeOffset.UtcNow < readsFrom, "the silo stopped only after the backfill began reading");
        }

        // Started again, nothing calls the topic: the alert log is read from storage, not through the grain.
        await using var second = await RunningSilo.StartAsync(dataPath: data, settings: Settings());
        var store = second.Services.GetRequiredService<ITopicStore>();
        await RunningSilo.EventuallyAsync(async () => (await store.ReadAlertsAsync(Topic, 0, 100)).Count > 0,
            TimeSpan.FromSeconds(60), "the resumed backfill to log the story's alerts");
        await RunningSilo.EventuallyAsync(async () =>
        {
            var rows = await store.ReadAlertsAsync(Topic, 0, 100);
            return Targets.All(t => rows.Any(r => r.PayloadJson.Contains($"\"target\":\"{t}\"", StringComparison.Ordinal)));
        }, TimeSpan.FromSeconds(30), "both targets in the log");
    }
}
