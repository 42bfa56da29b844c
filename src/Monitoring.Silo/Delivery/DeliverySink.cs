using Monitoring.Abstractions;
using System.Text.Json;
using Monitoring.Grains.Topics;
using Monitoring.Storage;

namespace Monitoring.Silo.Delivery;

/// <summary>
/// Hands a topic's logged alerts on: one outbox row per webhook subscription whose filters pass,
/// committed before this returns, so a restart loses nothing; the rows go to the dispatcher as
/// soon as they are queued for the writer, and the live streams are woken.
/// </summary>
public sealed class DeliverySink(ISubscriptionStore subscriptions, AlertSignal signal, OutboxCatchUp catchUp, TimeProvider time) : IAlertSink
{
    /// <summary>How long a topic's subscription list is reused; changes made through this silo take effect at once.</summary>
    private static readonly TimeSpan ListLifetime = TimeSpan.FromSeconds(2);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (DateTimeOffset At, IReadOnlyList<Subscription> List)> _byTopic = new(StringComparer.Ordinal);

    /// <summary>Forgets the cached subscription lists (a subscription was added, changed or removed).</summary>
    public void SubscriptionsChanged()
    {
        _byTopic.Clear();
        signal.SubscriptionsChanged();
    }

    public async Task PublishAsync(string topicId, IReadOnlyList<TopicAlert> alerts, CancellationToken ct)
    {
        var entries = new List<OutboxEntry>();
        var through = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        if (!_byTopic.TryGetValue(topicId, out var cached) || now - cached.At > ListLifetime)
        {
            cached = (now, await subscriptions.ListActiveByTopicAsync(topicId, ct));
            _byTopic[topicId] = cached;
        }
        foreach (var subscription in cached.List)
        {
            if (subscription.Channel.Type == SubscriptionChannel.Webhook)
            {
                entries.AddRange(Entries(subscription, alerts, time.GetUtcNow()));
                if (alerts.Count > 0)
                {
                    through[subscription.Id] = (alerts.Min(a => a.Sequence), alerts.Max(a => a.Sequence));
                }
            }
        }
        // Queued for the single writer now, in call order; the dispatcher may send before the commit.
        var stored = subscriptions.EnqueueAsync(entries, through, ct);
        signal.AlertsAdded(topicId);
        if (entries.Count > 0)
        {
            signal.DeliveriesQueued(entries, stored);
        }
        await stored;
    }

    public async Task CatchUpAsync(string topicId, CancellationToken ct)
    {
        var served = await catchUp.RunForTopicAsync(topicId, ct);
        if (served.Count > 0)
        {
            signal.DeliveriesStored(served);
        }
    }

    /// <summary>The outbox rows for the alerts that pass a subscription's filters; a quiet backfill's alerts are never sent.</summary>
    public static IEnumerable<OutboxEntry> Entries(Subscription subscription, IEnumerable<TopicAlert> alerts, DateTimeOffset now) =>
        alerts.Where(a => !a.Quiet && AlertFilter.Passes(subscription.Filters, a))
            .Select(a => new OutboxEntry(subscription.Id, subscription.Topic, a.Sequence, Body(subscription, a), now, 0, null, now, null));

    /// <summary>The id a receiver drops repeats by: the same on every try of one alert to one subscription.</summary>
    public static string WebhookId(string subscriptionId, long sequence) => $"{subscriptionId}-{sequence}";

    private static string Body(Subscription subscription, TopicAlert alert) => JsonSerializer.Serialize(new
    {
        id = WebhookId(subscription.Id, alert.Sequence),
        type = "alert." + alert.Kind,
        subscription = subscription.Id,
        topic = alert.TopicId,
        alert,
    }, AlertJson.Options);
}
