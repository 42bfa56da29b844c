namespace Monitoring.Grains.Topics;

/// <summary>A topic's definition and its story so far.</summary>
[GenerateSerializer, Alias("monitoring.TopicGrainState")]
public sealed class TopicGrainState
{
    [Id(0)] public TopicSpec? Spec { get; set; }

    /// <summary>
    /// The story state as plain JSON (no type names): it is kept as data, so a renamed class in the
    /// story library breaks nothing stored.
    /// </summary>
    [Id(1)] public string? StoryJson { get; set; }

    /// <summary>The last journal entry <see cref="StoryJson"/> includes; later entries are applied again on activation.</summary>
    [Id(2)] public long JournalThrough { get; set; }

    /// <summary>A backfill asked for and not finished: cleared in the write that stores its story.</summary>
    [Id(3)] public BackfillPlan? Backfill { get; set; }
}
