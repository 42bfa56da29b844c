namespace Monitoring.Storage;

/// <summary>
/// One subscription's share of an outbox write, and the rule every provider applies to it under the
/// subscription's lock: only sequences above <c>enqueued_through</c> are queued (and none recorded in
/// <c>queued_ahead</c>); the cursor moves to <c>Through</c> only when it already reached <c>From</c> - 1;
/// what is queued beyond the cursor is recorded in <c>queued_ahead</c> until the cursor passes it.
/// So each alert is queued for a subscription at most once, and one it had acknowledged never again.
/// </summary>
internal sealed record OutboxWrite(string SubscriptionId, IReadOnlyList<OutboxEntry> Entries, (long From, long Through)? Range)
{
    /// <summary>A write's shares, in subscription-id order: the order every writer takes the locks in.</summary>
    public static IReadOnlyList<OutboxWrite> Plan(IReadOnlyList<OutboxEntry> deliveries, IReadOnlyDictionary<string, (long From, long Through)>? through)
    {
        var bySubscription = deliveries.GroupBy(d => d.SubscriptionId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var ids = bySubscription.Keys.Union(through?.Keys ?? [], StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return [.. ids.Select(id => new OutboxWrite(
            id,
            bySubscription.TryGetValue(id, out var entries) ? entries : [],
            through is not null && through.TryGetValue(id, out var range) ? range : null))];
    }

    /// <summary>The entries not yet considered by a cursor at <paramref name="cursor"/>, in sequence order.</summary>
    public IEnumerable<OutboxEntry> Above(long cursor) => Entries.Where(e => e.Sequence > cursor).OrderBy(e => e.Sequence);

    /// <summary>Where the cursor stands after this write: moved only when the range follows on from it.</summary>
    public long CursorAfter(long cursor) => Range is { } r && r.From - 1 <= cursor ? Math.Max(cursor, r.Through) : cursor;
}
