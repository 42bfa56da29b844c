namespace Monitoring.Grains.Topics;

/// <summary>
/// Where a topic's alerts go once they are in its durable log: subscriptions and live streams.
/// Called in sequence order per topic; an implementation must not lose alerts it has accepted.
/// </summary>
public interface IAlertSink
{
    Task PublishAsync(string topicId, IReadOnlyList<TopicAlert> alerts, CancellationToken ct);

    /// <summary>
    /// Hands on what the topic's log holds and its subscriptions were never given: the topic's last activation
    /// may have died (its silo killed) between logging alerts and publishing them. Called as the topic activates,
    /// before it takes an article, so that what it publishes next follows on from what its subscriptions have.
    /// </summary>
    Task CatchUpAsync(string topicId, CancellationToken ct);
}

/// <summary>Used while no delivery is registered: the log already holds the alerts.</summary>
public sealed class LogOnlyAlertSink : IAlertSink
{
    public Task PublishAsync(string topicId, IReadOnlyList<TopicAlert> alerts, CancellationToken ct) => Task.CompletedTask;

    public Task CatchUpAsync(string topicId, CancellationToken ct) => Task.CompletedTask;
}
