using System.Globalization;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Faults;

/// <summary>The silo starts without Orleans' watchdog measuring its first participant check from the machine's boot.</summary>
public sealed class WatchdogTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "monitoring-tests", Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public async Task A_start_logs_no_participant_check_stall()
    {
        await using var silo = SiloProcess.Start(FreePort.Next(), new Dictionary<string, string>
        {
            ["Storage:Path"] = _data,
            ["Cluster:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Cluster:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Auth:BootstrapOperatorKey"] = RunningSilo.OperatorKey,
            ["Logging:LogLevel:Default"] = "Warning",
        });

        // The watchdog's first look happens as the silo starts, before it is ready.
        await silo.WaitReadyAsync(TimeSpan.FromSeconds(60));

        Assert.DoesNotContain("Participant check thread has not completed", silo.Output);
    }
}
