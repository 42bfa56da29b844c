namespace Monitoring.Feeds;

/// <summary>Raised inside the connect callback so the fetcher can tell a refusal from a network error.</summary>
public sealed class AddressRefusedException : Exception
{
    public AddressRefusedException()
    {
    }

    public AddressRefusedException(string message)
        : base(message)
    {
    }

    public AddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
