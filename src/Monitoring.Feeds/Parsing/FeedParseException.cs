namespace Monitoring.Feeds;

/// <summary>The body is not a feed we can read; the message says why in operator terms.</summary>
public sealed class FeedParseException : Exception
{
    public FeedParseException()
    {
    }

    public FeedParseException(string message)
        : base(message)
    {
    }

    public FeedParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
