using System.Diagnostics.Metrics;

namespace Monitoring.Grains;

/// <summary>The <c>Monitoring</c> meter: what sources did.</summary>
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
        PollDuration = meter.CreateHistogram<double>("monitoring.poll.duration", unit: "s", description: "Time of one poll, fetch to archive");
    }

    public Counter<long> Polls { get; }
    public Counter<long> NotModified { get; }
    public Counter<long> PollErrors { get; }
    public Counter<long> Articles { get; }
    public Histogram<double> PollDuration { get; }
}
