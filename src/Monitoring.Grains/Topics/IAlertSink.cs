namespace Monitoring.Grains.Topics;

/// <summary>
/// Where a topic's alerts go once they are in its durable log: subscriptions and live streams.
/// Called in sequence order per topic; an implementation must not lose alerts it has accepted.
/// </summary>
public interface IAlertSink
{
    Task PublishAsync(string topicId, IReadOnlyList<TopicAlert> alerts, CancellationToken ct);
}

/// <summary>Used while no delivery is registered: the log already holds the alerts.</summary>
public sealed class LogOnlyAlertSink : IAlertSink
{
    public Task PublishAsync(string topicId, IReadOnlyList<TopicAlert> alerts, CancellationToken ct) => Task.CompletedTask;
}
