using Microsoft.Extensions.Logging;
using Monitoring.Grains.Articles;
using Monitoring.Stories;

namespace Monitoring.Grains.Topics;

/// <summary>
/// Reads each new article once and hands it to the topics whose definition can match it,
/// found through the routing index rather than by asking every topic.
/// </summary>
/// <remarks>
/// While no topic is defined nothing is read: no article could be routed, and a topic defined later reads what it
/// backfills from the archive. Reading is most of an article's cost, so a catalog imported before its topics polls
/// at the pace of fetching and archiving alone.
/// </remarks>
public sealed class TopicRouter(IGrainFactory grains, ArticleReading reading, TopicRoutingIndex index, MonitoringMetrics metrics, ILogger<TopicRouter> logger)
    : IArticleSink
{
    /// <summary>References kept: making one looks the grain interface up by reflection every time.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ITopicGrain> _topics = new(StringComparer.Ordinal);

    public async Task<bool> AcceptAsync(Article article, string sourceId, CancellationToken ct)
    {
        if (!await index.AnyTopicAsync(ct))
        {
            return true;
        }
        var findings = reading.Read(article);
        metrics.ArticlesRead.Add(1);
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
                logger.LogError(e, "Topic {TopicId} could not apply {Url}; it stays marked unrouted and is handed on again by the sweep", topicId, article.CanonicalUrl);
                all = false;
            }
        }
        return all;
    }

    /// <summary>
    /// Reads each article once and calls each topic once with all the articles that may belong to it, in
    /// their order; a topic that did not take its share leaves those articles unrouted (each is handed to
    /// every topic again later, and a topic takes an article once).
    /// </summary>
    public async Task<IReadOnlyList<bool>> AcceptBatchAsync(IReadOnlyList<Article> articles, string sourceId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var taken = new bool[articles.Count];
        Array.Fill(taken, true);
        if (!await index.AnyTopicAsync(ct))
        {
            return taken;
        }
        metrics.ArticlesRead.Add(articles.Count);
        var findings = new StoryArticle[articles.Count];
        var shares = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            findings[i] = reading.Read(articles[i]);
            foreach (var topicId in await index.CandidatesAsync(findings[i], ct))
            {
                if (!shares.TryGetValue(topicId, out var share))
                {
                    shares[topicId] = share = [];
                }
                share.Add(i);
            }
        }
        // Topics are separate grains: their calls run side by side.
        await Task.WhenAll(shares.Select(async pair =>
        {
            var (topicId, share) = (pair.Key, pair.Value);
            try
            {
                await Topic(topicId).ApplyBatch(share.Select(i => findings[i]).ToList());
            }
            catch (TopicBusyException e)
            {
                logger.LogDebug("{Reason}: {Count} articles stay marked unrouted", e.Message, share.Count);
                Refused(share);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // During a stop ("no active nodes") this is expected: nothing is lost, the next start's sweep routes them.
                logger.LogError(e, "Topic {TopicId} could not apply {Count} articles from {SourceId}; they stay marked unrouted and are handed on again by the sweep",
                    topicId, share.Count, sourceId);
                Refused(share);
            }
        }));
        return taken;

        void Refused(List<int> share)
        {
            foreach (var i in share)
            {
                taken[i] = false;
            }
        }
    }

    private ITopicGrain Topic(string id) =>
        _topics.TryGetValue(id, out var topic) ? topic : _topics.GetOrAdd(id, grains.GetGrain<ITopicGrain>(id));
}
