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
    Task<IReadOnlyList<TopicAlert>> Apply(StoryArticle article);

    /// <summary>
    /// Folds articles into the story in the order given, in one call (a poll's new articles); returns the alerts
    /// they raised. While a replay or backfill runs, throws <see cref="TopicBusyException"/> and holds them all.
    /// </summary>
    [Alias("ApplyBatch")]
    Task<IReadOnlyList<TopicAlert>> ApplyBatch(IReadOnlyList<StoryArticle> articles);

    /// <summary>The story as JSON, as it stood at <paramref name="asOf"/> (now when null).</summary>
    [Alias("GetStory")]
    Task<string?> GetStory(DateTimeOffset? asOf);

    /// <summary>Starts rebuilding the story and its alerts from the archive.</summary>
    [Alias("StartReplay")]
    Task<ReplayStatus> StartReplay();

    /// <summary>The last replay or backfill, running or done (a backfill left by a crash resumes on activation).</summary>
    [Alias("GetReplayStatus")]
    Task<ReplayStatus> GetReplayStatus();

    /// <summary>
    /// Applies the archived articles of a window to the story as it is, in the background; the log keeps
    /// each alert once. Its state is stored first, so a backfill cut by a crash runs again on activation.
    /// </summary>
    [Alias("StartBackfill")]
    Task<ReplayStatus> StartBackfill(BackfillPlan plan);
}
