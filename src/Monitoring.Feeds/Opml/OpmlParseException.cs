namespace Monitoring.Feeds;

public sealed class OpmlParseException : Exception
{
    public OpmlParseException()
    {
    }

    public OpmlParseException(string message)
        : base(message)
    {
    }

    public OpmlParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
