namespace Monitoring.Grains.Topics;

/// <summary>How often a topic checkpoints its story. Section <c>Topics</c>.</summary>
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

    public IEnumerable<string> Validate()
    {
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
