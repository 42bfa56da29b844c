namespace Monitoring.Silo.Tests.Infrastructure;

/// <summary>
/// A test class whose tests each get a loopback server of their own that serves feeds and takes webhooks,
/// started before the test and stopped after it.
/// </summary>
public abstract class ReceiverTests : IAsyncLifetime
{
    protected FeedServer Server { get; private set; } = null!;

    protected WebhookReceiver Receiver { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Server = await FeedServer.StartAsync();
        Receiver = new WebhookReceiver(Server);
    }

    public virtual async Task DisposeAsync() => await Server.DisposeAsync();
}
