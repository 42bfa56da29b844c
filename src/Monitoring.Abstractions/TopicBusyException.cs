namespace Monitoring.Abstractions;

/// <summary>
/// A topic took an article while a replay or backfill runs: it applies it when that ends, but the
/// caller must not count it as applied yet, so the article stays marked unrouted (and is handed on
/// again by the sweep) until the topic really has it — a crash in between loses nothing.
/// </summary>
[GenerateSerializer, Alias("monitoring.TopicBusyException")]
public sealed class TopicBusyException : Exception
{
    public TopicBusyException()
    {
    }

    public TopicBusyException(string message) : base(message)
    {
    }

    public TopicBusyException(string message, Exception inner) : base(message, inner)
    {
    }
}
