namespace Monitoring.Abstractions;

/// <summary>One followed story. Keyed by topic id.</summary>
[Alias("monitoring.ITopicGrain")]
public interface ITopicGrain : IGrainWithStringKey
{
    /// <summary>Creates or replaces the definition; it applies to articles from now on (replay to apply it to the past).</summary>
    [Alias("Define")]
    Task<TopicSpec> Define(TopicSpec spec);

    [Alias("GetSpec")]
    Task<TopicSpec?> GetSpec();

    [Alias("Delete")]
    Task<bool> Delete();

    /// <summary>Folds one article into the story; returns the alerts it raised (already in the log). Idempotent per article.</summary>
    [Alias("Apply")]
    Task<IReadOnlyList<TopicAlert>> Apply(ArticleFindings article);

    /// <summary>The story as JSON, as it stood at <paramref name="asOf"/> (now when null).</summary>
    [Alias("GetStory")]
    Task<string?> GetStory(DateTimeOffset? asOf);

    /// <summary>Starts rebuilding the story and its alerts from the archive.</summary>
    [Alias("StartReplay")]
    Task<ReplayStatus> StartReplay();

    [Alias("GetReplayStatus")]
    Task<ReplayStatus> GetReplayStatus();
}
