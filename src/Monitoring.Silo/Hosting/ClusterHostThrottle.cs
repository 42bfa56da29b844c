using Monitoring.Feeds;
using Monitoring.Storage;

namespace Monitoring.Silo.Hosting;

/// <summary>
/// Politeness for a cluster: the silo's own throttle bounds its requests in flight per host, then the
/// start is booked in the shared store (<see cref="IHostTurns"/>), so <c>Fetch:MinHostGap</c> holds between
/// any two silos' requests to one host. Should the store not answer, the silo's own gap still holds.
/// </summary>
public sealed partial class ClusterHostThrottle(IHostThrottle local, IHostTurns turns, TimeSpan gap, TimeProvider time, ILogger<ClusterHostThrottle> logger) : IHostThrottle
{
    public async Task<IDisposable> AcquireAsync(string host, CancellationToken ct)
    {
        var turn = await local.AcquireAsync(host, ct);
        if (gap <= TimeSpan.Zero)
        {
            return turn;
        }
        try
        {
            var start = await turns.BookAsync(host, time.GetUtcNow(), gap, ct);
            var wait = start - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, ct);
            }
            return turn;
        }
        catch (OperationCanceledException)
        {
            turn.Dispose();
            throw;
        }
        catch (Exception e)
        {
            LogUnbooked(e, host);
            return turn;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not book a turn at {Host} in the shared store; only this silo's gap holds for this request")]
    private partial void LogUnbooked(Exception e, string host);
}
