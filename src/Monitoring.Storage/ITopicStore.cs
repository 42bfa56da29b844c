namespace Monitoring.Storage;

/// <summary>A topic's definition as stored: JSON, so operators can read it in the database.</summary>
public sealed record TopicRow(string Id, string Name, string DefinitionJson, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>One alert in a topic's durable log.</summary>
public sealed record AlertRow(string TopicId, long Sequence, string Kind, DateTimeOffset At, string PayloadJson);

/// <summary>Topic definitions (for listing and the routing index) and each topic's alert log.</summary>
public interface ITopicStore
{
    Task UpsertTopicAsync(TopicRow topic, CancellationToken ct = default);

    Task<bool> RemoveTopicAsync(string id, CancellationToken ct = default);

    Task<TopicRow?> GetTopicAsync(string id, CancellationToken ct = default);

    Task<IReadOnlyList<TopicRow>> ListTopicsAsync(CancellationToken ct = default);

    /// <summary>
    /// Appends alerts atomically. An alert whose sequence is already logged is left as it is: a topic
    /// that re-applies an article after a crash derives the same alerts with the same sequences.
    /// </summary>
    Task AppendAlertsAsync(IReadOnlyList<AlertRow> alerts, CancellationToken ct = default);

    Task<IReadOnlyList<AlertRow>> ReadAlertsAsync(string topicId, long afterSequence, int limit, CancellationToken ct = default);

    /// <summary>Drops a topic's alert log (before a replay rebuilds it).</summary>
    Task ClearAlertsAsync(string topicId, CancellationToken ct = default);
}
