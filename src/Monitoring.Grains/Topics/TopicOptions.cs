namespace Monitoring.Grains.Topics;

/// <summary>How often a topic checkpoints its story, and how far back a new topic looks. Section <c>Topics</c>.</summary>
public sealed class TopicOptions
{
    public const string Section = "Topics";

    /// <summary>
    /// Articles a topic applies between checkpoints of its story. Each article is journaled as it is
    /// applied (with its alerts, in one write); a checkpoint writes the whole story and trims the journal.
    /// </summary>
    public int CheckpointEvery { get; set; } = 256;

    /// <summary>A topic with journaled articles checkpoints at least this often, so a quiet topic's journal stays short.</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A topic created (or redefined to match other articles) is backfilled from the archive over this
    /// window unless its request says otherwise; zero turns backfill off by default.
    /// </summary>
    public TimeSpan BackfillWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The longest window a request may ask for (<c>backfill.days</c>).</summary>
    public TimeSpan BackfillMaxWindow { get; set; } = TimeSpan.FromDays(365);

    public IEnumerable<string> Validate()
    {
        if (BackfillMaxWindow < TimeSpan.Zero || BackfillMaxWindow > TimeSpan.FromDays(36500))
        {
            yield return "Topics:BackfillMaxWindow must be between 0 and 36500 days";
        }
        if (BackfillWindow < TimeSpan.Zero || BackfillWindow > BackfillMaxWindow)
        {
            yield return $"Topics:BackfillWindow must be between 0 and Topics:BackfillMaxWindow ({BackfillMaxWindow.TotalDays:0.##} days)";
        }
        if (CheckpointEvery < 1)
        {
            yield return "Topics:CheckpointEvery must be at least 1";
        }
        if (CheckpointInterval < TimeSpan.FromSeconds(1))
        {
            yield return "Topics:CheckpointInterval must be at least 1 s";
        }
    }
}
