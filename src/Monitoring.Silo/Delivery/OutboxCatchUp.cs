using System.Text.Json;
using Monitoring.Abstractions;
using Monitoring.Grains.Topics;
using Monitoring.Storage;

namespace Monitoring.Silo.Delivery;

/// <summary>
/// Brings every webhook subscription's outbox up to its topic's alert log: alerts logged but not
/// yet queued (the silo stopped between the two writes) are queued now. Each subscription keeps
/// the sequence up to which it has been served, so nothing is queued twice and nothing is missed.
/// </summary>
public sealed class OutboxCatchUp(ISubscriptionStore subscriptions, ITopicStore topics, TimeProvider time)
{
    private const int Page = 500;

    /// <summary>Catches every webhook subscription up; returns how many deliveries were queued.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var queued = 0;
        foreach (var subscription in await subscriptions.ListAsync(null, ct))
        {
            queued += await CatchUpAsync(subscription, ct);
        }
        return queued;
    }

    /// <summary>Catches the webhook subscriptions of one topic up; returns those that were given deliveries.</summary>
    public async Task<IReadOnlyList<string>> RunForTopicAsync(string topicId, CancellationToken ct)
    {
        var served = new List<string>();
        foreach (var subscription in await subscriptions.ListActiveByTopicAsync(topicId, ct))
        {
            if (await CatchUpAsync(subscription, ct) > 0)
            {
                served.Add(subscription.Id);
            }
        }
        return served;
    }

    private async Task<int> CatchUpAsync(Subscription subscription, CancellationToken ct)
    {
        if (subscription.DisabledReason is not null || subscription.Channel.Type != SubscriptionChannel.Webhook)
        {
            return 0;
        }
        var queued = 0;
        var after = await subscriptions.EnqueuedThroughAsync(subscription.Id, ct);
        while (true)
        {
            var rows = await topics.ReadAlertsAsync(subscription.Topic, after, Page, ct);
            if (rows.Count == 0)
            {
                return queued;
            }
            var alerts = rows.Select(r => JsonSerializer.Deserialize<TopicAlert>(r.PayloadJson, AlertJson.Options)!).ToList();
            var entries = DeliverySink.Entries(subscription, alerts, time.GetUtcNow()).ToList();
            var from = after + 1;
            after = rows[^1].Sequence;
            await subscriptions.EnqueueAsync(entries, new Dictionary<string, (long, long)> { [subscription.Id] = (from, after) }, ct);
            queued += entries.Count;
        }
    }
}
