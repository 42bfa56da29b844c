namespace Monitoring.Storage;

/// <summary>A topic's definition as stored: JSON, so operators can read it in the database.</summary>
public sealed record TopicRow(string Id, string Name, string DefinitionJson, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>One alert in a topic's durable log; <see cref="Identity"/> (see <see cref="AlertIdentity"/>) is unique per topic.</summary>
public sealed record AlertRow(string TopicId, long Sequence, string Kind, DateTimeOffset At, string PayloadJson, string Identity);

/// <summary>
/// One article a topic folded into its story after its last checkpoint, as read (JSON): on
/// activation the topic applies these again to the checkpointed story.
/// </summary>
public sealed record JournalRow(string TopicId, long Sequence, string FindingsJson);

/// <summary>Topic definitions (for listing and the routing index), each topic's alert log and its story journal.</summary>
public interface ITopicStore
{
    Task UpsertTopicAsync(TopicRow topic, CancellationToken ct = default);

    Task<bool> RemoveTopicAsync(string id, CancellationToken ct = default);

    Task<TopicRow?> GetTopicAsync(string id, CancellationToken ct = default);

    Task<IReadOnlyList<TopicRow>> ListTopicsAsync(CancellationToken ct = default);

    /// <summary>
    /// Appends alerts atomically; returns the sequences actually added. An alert whose sequence or identity
    /// is already logged is left out: a topic that re-applies an article after a crash derives the same
    /// alerts with the same sequences, and a replay the same identities.
    /// </summary>
    Task<IReadOnlyList<long>> AppendAlertsAsync(IReadOnlyList<AlertRow> alerts, CancellationToken ct = default);

    /// <summary>
    /// Appends an applied article to the topic's journal and the alerts it raised to the log, in one
    /// transaction: a story is never behind its alerts, and an alert never lacks the article behind it.
    /// Returns the sequences added, as <see cref="AppendAlertsAsync"/>.
    /// </summary>
    Task<IReadOnlyList<long>> AppendAppliedAsync(JournalRow applied, IReadOnlyList<AlertRow> alerts, CancellationToken ct = default);

    /// <summary>The highest sequence in the topic's log (0 when empty): new alerts are numbered after it.</summary>
    Task<long> LastSequenceAsync(string topicId, CancellationToken ct = default);

    /// <summary>Every identity in the topic's log.</summary>
    Task<IReadOnlySet<string>> ReadIdentitiesAsync(string topicId, CancellationToken ct = default);

    /// <summary>A topic's journal after <paramref name="afterSequence"/>, in order.</summary>
    Task<IReadOnlyList<JournalRow>> ReadJournalAsync(string topicId, long afterSequence, int limit, CancellationToken ct = default);

    /// <summary>Drops journal entries up to <paramref name="throughSequence"/> (a checkpoint holds them).</summary>
    Task TrimJournalAsync(string topicId, long throughSequence, CancellationToken ct = default);

    Task<IReadOnlyList<AlertRow>> ReadAlertsAsync(string topicId, long afterSequence, int limit, CancellationToken ct = default);

    /// <summary>
    /// How many alerts of <paramref name="topicIds"/> fall in each of <paramref name="buckets"/> consecutive buckets of
    /// <paramref name="bucket"/> from <paramref name="from"/> on (a bucket holds its start, not its end), by the time
    /// each was raised; counted in the database.
    /// </summary>
    Task<IReadOnlyList<int>> CountAlertsByTimeAsync(IReadOnlyCollection<string> topicIds, DateTimeOffset from, TimeSpan bucket, int buckets,
        CancellationToken ct = default);

    /// <summary>Drops a topic's alert log (when the topic is deleted).</summary>
    Task ClearAlertsAsync(string topicId, CancellationToken ct = default);
}
