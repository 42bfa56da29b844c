using Monitoring.Abstractions;
using Monitoring.Silo.Auth;

namespace Monitoring.Silo.Api;

/// <summary>
/// Which topics a caller may see: an operator all of them, a subscriber those an operator opened to
/// it (<see cref="TopicSpec.OpenTo"/>). A topic a caller may not see is answered as one that does not exist.
/// </summary>
public sealed class TopicAccess(TopicDirectory topics)
{
    /// <summary>In <see cref="TopicSpec.OpenTo"/>: every subscriber key.</summary>
    public const string Everyone = "*";

    public static bool CanSee(Caller caller, TopicSpec topic) =>
        caller.IsOperator || topic.OpenTo.Contains(Everyone, StringComparer.Ordinal) || topic.OpenTo.Contains(caller.KeyId, StringComparer.Ordinal);

    /// <summary>True when the topic exists and the caller may see it.</summary>
    public async Task<bool> CanReadAsync(Caller caller, string topicId) =>
        await topics.GetAsync(topicId) is { } topic && CanSee(caller, topic);

    public static IReadOnlyList<TopicSpec> Visible(Caller caller, IReadOnlyList<TopicSpec> all) =>
        caller.IsOperator ? all : all.Where(t => CanSee(caller, t)).ToList();
}
