using Monitoring.Abstractions;
using Monitoring.Silo.Auth;
using Monitoring.Storage;

namespace Monitoring.Silo.Api;

/// <summary>Which topics a caller may read: an operator all of them, a subscriber those it subscribes to.</summary>
public sealed class TopicAccess(ISubscriptionStore subscriptions)
{
    public async Task<bool> CanReadAsync(Caller caller, string topicId) =>
        caller.IsOperator || await subscriptions.HasSubscriptionAsync(caller.KeyId, topicId);

    public async Task<IReadOnlyList<TopicSpec>> VisibleAsync(Caller caller, IReadOnlyList<TopicSpec> topics)
    {
        var mine = (await subscriptions.ListAsync(caller.KeyId)).Select(s => s.Topic).ToHashSet(StringComparer.Ordinal);
        return topics.Where(t => mine.Contains(t.Id)).ToList();
    }
}
