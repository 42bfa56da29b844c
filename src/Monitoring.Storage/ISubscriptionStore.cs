namespace Monitoring.Storage;

/// <summary>Subscriptions, indexed by topic and owner, and their delivery outbox and dead letters.</summary>
public interface ISubscriptionStore
{
    /// <summary>
    /// Adds or changes a subscription. A new one is served from its topic's next alert on: its cursor
    /// starts at the topic's last alert in the same statement, so no crash or catch-up in between can
    /// send it the topic's history. With <paramref name="startAfter"/> it starts there instead (never past
    /// the last alert), and the catch-up queues the history after it. A change keeps the cursor.
    /// </summary>
    Task UpsertAsync(Subscription subscription, long? startAfter = null, CancellationToken ct = default);

    Task<Subscription?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>All subscriptions, or those of one owner when <paramref name="owner"/> is set.</summary>
    Task<IReadOnlyList<Subscription>> ListAsync(string? owner, CancellationToken ct = default);

    /// <summary>The active (not disabled) subscriptions of a topic.</summary>
    Task<IReadOnlyList<Subscription>> ListActiveByTopicAsync(string topicId, CancellationToken ct = default);

    Task<bool> HasSubscriptionAsync(string owner, string topicId, CancellationToken ct = default);

    /// <summary>Deletes a subscription with its pending and dead deliveries.</summary>
    Task<bool> RemoveAsync(string id, CancellationToken ct = default);

    Task SetDisabledAsync(string id, string reason, CancellationToken ct = default);

    /// <summary>
    /// Adds deliveries in one write; one already queued (same subscription and sequence) is kept as it is,
    /// and one for a subscription no longer stored (removed, or its key deleted) is dropped.
    /// <paramref name="through"/> moves each listed subscription's cursor to <c>Through</c>: the topic's
    /// alerts <c>From</c>..<c>Through</c> have been considered for it (queued, or filtered out). The cursor
    /// moves only when it already reached <c>From</c> - 1, so a gap left by a crash stays for the catch-up.
    /// Checked at write time: a delivery at or below the cursor, or queued before above it, is not queued
    /// again, so an alert is queued for a subscription at most once (see <c>OutboxWrite</c>).
    /// The write is queued before the call returns: a write this process asks for afterwards (an
    /// acknowledgement of one of these deliveries) is committed after it.
    /// </summary>
    Task EnqueueAsync(IReadOnlyList<OutboxEntry> deliveries, IReadOnlyDictionary<string, (long From, long Through)>? through = null, CancellationToken ct = default);

    /// <summary>The sequence up to which a subscription's topic alerts have been considered for it.</summary>
    Task<long> EnqueuedThroughAsync(string subscriptionId, CancellationToken ct = default);

    /// <summary>The oldest pending (not dead) deliveries of a subscription, in sequence order.</summary>
    Task<IReadOnlyList<OutboxEntry>> PendingAsync(string subscriptionId, int limit, CancellationToken ct = default);

    /// <summary>Pending deliveries whose next try is due at <paramref name="now"/>, in sequence order: those waiting out a backoff are passed over.</summary>
    Task<IReadOnlyList<OutboxEntry>> DueAsync(string subscriptionId, DateTimeOffset now, int limit, CancellationToken ct = default);

    /// <summary>Removes delivered rows.</summary>
    Task AcknowledgeAsync(string subscriptionId, IReadOnlyList<long> sequences, CancellationToken ct = default);

    /// <summary>Records a failed attempt: the row's attempts, first failure, next attempt and error are updated.</summary>
    Task RecordFailureAsync(OutboxEntry failed, CancellationToken ct = default);

    /// <summary>Moves a delivery to the dead-letter list.</summary>
    Task DeadLetterAsync(OutboxEntry failed, CancellationToken ct = default);

    Task<IReadOnlyList<OutboxEntry>> DeadLettersAsync(string subscriptionId, int limit, CancellationToken ct = default);

    /// <summary>Puts every dead letter of a subscription back in its outbox, due now; returns how many.</summary>
    Task<int> ReplayDeadLettersAsync(string subscriptionId, DateTimeOffset now, CancellationToken ct = default);

    /// <summary>Subscriptions with a pending delivery due by <paramref name="now"/>.</summary>
    Task<IReadOnlyList<string>> DueSubscriptionsAsync(DateTimeOffset now, CancellationToken ct = default);

    /// <summary>How delivery to a subscription stands: delivered so far, waiting, dead, and the failure holding it up.</summary>
    Task<DeliveryState> DeliveryStateAsync(string subscriptionId, CancellationToken ct = default);

    /// <summary>
    /// <see cref="DeliveryStateAsync"/> of every subscription, or of one owner's when <paramref name="owner"/> is set, by
    /// subscription id, in one query: a list of subscriptions costs one round trip, not one per subscription.
    /// </summary>
    Task<IReadOnlyDictionary<string, DeliveryState>> DeliveryStatesAsync(string? owner, CancellationToken ct = default);

    /// <summary>
    /// <see cref="DeliveryStateAsync"/> summed over all subscriptions, or those of one owner when <paramref name="owner"/>
    /// is set, in one query: deliveries waiting, dead letters, and subscriptions with a failure holding them up.
    /// </summary>
    Task<DeliveryTotals> DeliveryTotalsAsync(string? owner, CancellationToken ct = default);

    /// <summary>
    /// Takes or renews the delivery lease of a subscription for <paramref name="owner"/> until <paramref name="until"/>:
    /// true when the owner holds it now. A lease another owner holds past <paramref name="now"/> is not taken,
    /// so with several silos on one database one delivers a subscription at a time, and a dead silo's lease runs out.
    /// A shared store times the lease by its own clock for the term <paramref name="until"/> - <paramref name="now"/>.
    /// </summary>
    Task<bool> TryLeaseAsync(string subscriptionId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken ct = default);

    /// <summary>Gives up a delivery lease <paramref name="owner"/> holds, so another silo may take it at once.</summary>
    Task ReleaseLeaseAsync(string subscriptionId, string owner, CancellationToken ct = default);

    /// <summary>The highest sequence in a topic's alert log, or 0.</summary>
    Task<long> LastAlertSequenceAsync(string topicId, CancellationToken ct = default);
}
