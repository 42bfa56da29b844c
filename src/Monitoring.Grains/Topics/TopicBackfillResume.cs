using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitoring.Storage;

namespace Monitoring.Grains.Topics;

/// <summary>
/// Activates every topic once the silo has started: a topic resumes the backfill stored in its state as it
/// activates, so one that a stop or a crash interrupted goes on now rather than at the topic's next call.
/// </summary>
public sealed class TopicBackfillResume(IGrainFactory grains, ITopicStore store, ILogger<TopicBackfillResume> logger) : BackgroundService
{
    /// <summary>Activations asked for at once: a start with many topics does not crowd the silo's first seconds.</summary>
    private const int InFlight = 8;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var topics = await store.ListTopicsAsync(stoppingToken);
            var running = 0;
            await Parallel.ForEachAsync(topics, new ParallelOptions { MaxDegreeOfParallelism = InFlight, CancellationToken = stoppingToken }, async (topic, _) =>
            {
                if ((await grains.GetGrain<ITopicGrain>(topic.Id).GetReplayStatus()).Running)
                {
                    Interlocked.Increment(ref running);
                }
            });
            if (running > 0)
            {
                logger.LogInformation("{Count} topics resumed a backfill left unfinished", running);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not wake the topics at start; an unfinished backfill resumes at its topic's next call");
        }
    }
}
