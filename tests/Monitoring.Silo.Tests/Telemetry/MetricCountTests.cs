using System.Globalization;
using Monitoring.Silo.Tests.Delivery;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Telemetry;

/// <summary>
/// The <c>Monitoring</c> meter's counters after a known sequence of polls and deliveries: exact values,
/// so a counter that counts twice, counts the wrong event or is never fed fails, not only one that is missing.
/// </summary>
public sealed class MetricCountTests : ReceiverTests
{
    [Fact]
    public async Task Three_polls_count_three_polls_one_304_one_error_and_the_new_articles_once()
    {
        Server.MapFeed("/three.xml", () => RssBuilder.Feed("Three", RssBuilder.Items("three", 3, Server.BaseUrl.ToString())));
        await using var silo = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling);
        var feed = await silo.AddSourceAsync(Server.Url("/three.xml"));
        var closed = await silo.AddSourceAsync(new Uri($"http://127.0.0.1:{FreePort.Next()}/feed.xml"), validate: false);

        await silo.PollAsync(feed); // 200: three new articles
        await silo.PollAsync(feed); // the same validators: 304, nothing new
        await silo.PollAsync(closed); // connection refused
        var scrape = await ScrapeWhenAsync(silo, "monitoring_polls_total", 3);

        Assert.Equal(3, Value(scrape, "monitoring_polls_total"));
        Assert.Equal(1, Value(scrape, "monitoring_polls_not_modified_total"));
        Assert.Equal(1, Value(scrape, "monitoring_polls_errors_total"));
        Assert.Equal(3, Value(scrape, "monitoring_articles_total"));
        Assert.Equal(3, Value(scrape, "monitoring_poll_duration_seconds_count"));
        Assert.Equal(0, Value(scrape, "monitoring_alerts_total"));
    }

    [Fact]
    public async Task New_articles_are_read_only_once_a_topic_is_defined_each_once()
    {
        var items = RssBuilder.Items("unread", 3, Server.BaseUrl.ToString());
        Server.MapFeed("/unread.xml", () => RssBuilder.Feed("Unread", items));
        await using var silo = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling);
        var feed = await silo.AddSourceAsync(Server.Url("/unread.xml"));

        await silo.PollAsync(feed); // three new articles, and no topic to read them for
        var before = await ScrapeWhenAsync(silo, "monitoring_articles_total", 3);
        Assert.Equal(0, Value(before, "monitoring_articles_read_total"));

        await AlertMaker.DefineTopicAsync(silo, "reads");
        items = RssBuilder.Items("unread", 5, Server.BaseUrl.ToString());
        await silo.PollAsync(feed); // two more, read for the topic
        var after = await ScrapeWhenAsync(silo, "monitoring_articles_total", 5);
        Assert.Equal(2, Value(after, "monitoring_articles_read_total"));
    }

    [Fact]
    public async Task Alerts_delivered_after_two_failures_count_each_alert_each_acceptance_and_each_failed_attempt()
    {
        await using var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast());
        Receiver.Map("/counted", attempt => Task.FromResult(attempt <= 2 ? 503 : 200));
        await AlertMaker.DefineTopicAsync(silo, "counted");
        await silo.PostJsonAsync("/api/subscriptions", new { topic = "counted", channel = new { type = "webhook", url = Receiver.Url("/counted").ToString(), secret = "whsec_dGVzdC1zZWNyZXQtMDEyMzQ1Njc4OWFiY2RlZg==" } });

        Assert.Equal(3, (await AlertMaker.RaiseAsync(silo, "counted", 2, "a")).Count); // Japan and two people: three alerts
        var scrape = await ScrapeWhenAsync(silo, "monitoring_webhooks_delivered_total", 3);

        Assert.Equal(5, Receiver.On("/counted").Count);
        Assert.Equal(3, Value(scrape, "monitoring_alerts_total"));
        Assert.Equal(3, Value(scrape, "monitoring_webhooks_delivered_total"));
        Assert.Equal(2, Value(scrape, "monitoring_webhooks_failed_total"));
        Assert.Equal(0, Value(scrape, "monitoring_webhooks_dead_lettered_total"));
        Assert.Equal(3, Value(scrape, "monitoring_webhooks_lag_seconds_count"));
    }

    [Fact]
    public async Task An_alert_given_up_at_the_horizon_counts_one_dead_letter_and_every_earlier_attempt_as_failed()
    {
        await using var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast(horizon: "00:00:01"));
        Receiver.Map("/down", _ => Task.FromResult(503));
        await AlertMaker.DefineTopicAsync(silo, "down");
        await silo.PostJsonAsync("/api/subscriptions", new { topic = "down", channel = new { type = "webhook", url = Receiver.Url("/down").ToString(), secret = "whsec_dGVzdC1zZWNyZXQtMDEyMzQ1Njc4OWFiY2RlZg==" } });

        Assert.Single(await AlertMaker.RaiseAsync(silo, "down", 0, "a"));
        var scrape = await ScrapeWhenAsync(silo, "monitoring_webhooks_dead_lettered_total", 1);

        // The last attempt is the one given up: a dead letter, not a failure to retry.
        var attempts = Receiver.On("/down").Count;
        Assert.True(attempts >= 2, $"{attempts} attempts");
        Assert.Equal(1, Value(scrape, "monitoring_alerts_total"));
        Assert.Equal(1, Value(scrape, "monitoring_webhooks_dead_lettered_total"));
        Assert.Equal(attempts - 1, Value(scrape, "monitoring_webhooks_failed_total"));
        Assert.Equal(0, Value(scrape, "monitoring_webhooks_delivered_total"));
    }

    /// <summary>A scrape in which <paramref name="name"/> has reached <paramref name="atLeast"/> (the exporter caches a scrape briefly).</summary>
    private static async Task<string> ScrapeWhenAsync(RunningSilo silo, string name, double atLeast)
    {
        var text = "";
        await RunningSilo.EventuallyAsync(async () =>
        {
            text = await silo.Client.GetStringAsync("/metrics");
            return Value(text, name) >= atLeast;
        }, TimeSpan.FromSeconds(20), $"{name} to reach {atLeast}");
        return text;
    }

    /// <summary>The sum of every series named exactly <paramref name="name"/>; 0 when none is exported (a counter never added to).</summary>
    private static double Value(string scrape, string name) => scrape.Split('\n')
        .Where(line => line.StartsWith(name, StringComparison.Ordinal) && line.Length > name.Length && line[name.Length] is '{' or ' ')
        // "name{labels} value [timestamp]" or "name value [timestamp]"
        .Sum(line => double.Parse(line[Math.Max(name.Length, line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
}
