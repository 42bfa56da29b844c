using Microsoft.Extensions.Logging;
using Monitoring.Grains.Articles;

namespace Monitoring.Grains.Topics;

/// <summary>
/// Reads each new article once and hands it to the topics whose definition can match it,
/// found through the routing index rather than by asking every topic.
/// </summary>
public sealed class TopicRouter(IGrainFactory grains, ArticleReading reading, TopicRoutingIndex index, ILogger<TopicRouter> logger) : IArticleSink
{
    /// <summary>References kept: making one looks the grain interface up by reflection every time.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ITopicGrain> _topics = new(StringComparer.Ordinal);

    public async Task<bool> AcceptAsync(Article article, string sourceId, CancellationToken ct)
    {
        var findings = reading.Read(article);
        var topics = await index.CandidatesAsync(findings, ct);
        var all = true;
        foreach (var topicId in topics)
        {
            try
            {
                await Topic(topicId).Apply(findings);
            }
            catch (TopicBusyException e)
            {
                // Held by the topic until its replay ends; the mark stays until then.
                logger.LogDebug("{Reason}: {Url} stays marked unrouted", e.Message, article.CanonicalUrl);
                all = false;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One topic failing must not keep the article from the others; the article stays marked
                // unrouted and is handed to every topic again later (each takes an article once).
                logger.LogError(e, "Topic {TopicId} could not apply {Url}", topicId, article.CanonicalUrl);
                all = false;
            }
        }
        return all;
    }

    private ITopicGrain Topic(string id) =>
        _topics.TryGetValue(id, out var topic) ? topic : _topics.GetOrAdd(id, grains.GetGrain<ITopicGrain>(id));
}
