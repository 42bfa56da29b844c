using System.Diagnostics.Metrics;

namespace Monitoring.Grains;

/// <summary>The <c>Monitoring</c> meter: what sources, topics and deliveries did.</summary>
public sealed class MonitoringMetrics
{
    public const string MeterName = "Monitoring";

    public MonitoringMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        Polls = meter.CreateCounter<long>("monitoring.polls", description: "Feed polls attempted");
        NotModified = meter.CreateCounter<long>("monitoring.polls.not_modified", description: "Polls answered 304 Not Modified");
        PollErrors = meter.CreateCounter<long>("monitoring.polls.errors", description: "Polls that failed (HTTP, network, limits, parse)");
        Articles = meter.CreateCounter<long>("monitoring.articles", description: "New articles archived");
        Revisions = meter.CreateCounter<long>("monitoring.articles.revised", description: "Archived articles read again because their feed edited the item");
        ArticlesRead = meter.CreateCounter<long>("monitoring.articles.read",
            description: "New articles read for actors and measures to route them (none while no topic is defined)");
        PollDuration = meter.CreateHistogram<double>("monitoring.poll.duration", unit: "s", description: "Time of one poll, fetch to archive");
        TopicCalls = meter.CreateCounter<long>("monitoring.topic.calls", description: "Calls that handed articles to a topic (one per poll and topic), by topic");
        Alerts = meter.CreateCounter<long>("monitoring.alerts", description: "Alerts raised by topics, written to the alert log");
        Deliveries = meter.CreateCounter<long>("monitoring.webhooks.delivered", description: "Webhook deliveries accepted by their receiver");
        DeliveryFailures = meter.CreateCounter<long>("monitoring.webhooks.failed", description: "Webhook attempts that failed and will be retried");
        DeadLetters = meter.CreateCounter<long>("monitoring.webhooks.dead_lettered", description: "Deliveries given up after the horizon");
        DeliveryLag = meter.CreateHistogram<double>("monitoring.webhooks.lag", unit: "s", description: "Time from queueing an alert to its receiver accepting it");
    }

    public Counter<long> Polls { get; }
    public Counter<long> NotModified { get; }
    public Counter<long> PollErrors { get; }
    public Counter<long> Articles { get; }
    public Counter<long> Revisions { get; }
    public Counter<long> ArticlesRead { get; }
    public Histogram<double> PollDuration { get; }
    public Counter<long> TopicCalls { get; }
    public Counter<long> Alerts { get; }
    public Counter<long> Deliveries { get; }
    public Counter<long> DeliveryFailures { get; }
    public Counter<long> DeadLetters { get; }
    public Histogram<double> DeliveryLag { get; }
}
