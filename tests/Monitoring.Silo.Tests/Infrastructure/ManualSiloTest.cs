namespace Monitoring.Silo.Tests.Infrastructure;

/// <summary>A loopback feed server and a silo that polls only when asked, fresh for each test.</summary>
public abstract class ManualSiloTest : IAsyncLifetime
{
    protected FeedServer Feeds { get; private set; } = null!;

    protected RunningSilo Silo { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Feeds = await FeedServer.StartAsync();
        Silo = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling);
    }

    public virtual async Task DisposeAsync()
    {
        await Silo.DisposeAsync();
        await Feeds.DisposeAsync();
    }
}

/// <summary><see cref="ManualSiloTest"/> with the in-process CLI pointed at the silo as an operator.</summary>
public abstract class CliSiloTest : ManualSiloTest
{
    private CliTarget? _cli;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _cli = CliTarget.At(Silo);
    }

    public override async Task DisposeAsync()
    {
        _cli?.Dispose();
        await base.DisposeAsync();
    }
}
