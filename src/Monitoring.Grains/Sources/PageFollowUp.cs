using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitoring.Feeds;
using Monitoring.Grains.Articles;
using Monitoring.Storage;

namespace Monitoring.Grains.Sources;

/// <summary>
/// Fetches the pages of summary-only items after their feed's items were archived and routed, so
/// a slow or dead article host never holds back a feed. Pages are fetched concurrently, each host
/// within the fetcher's politeness; a host that fails is passed over for a while. A page that
/// arrives is stored with its article and the article is routed again, read from the page: the
/// story takes it as one more report, so only what the page adds raises an alert.
/// </summary>
/// <remarks>A page is a bonus: one not fetched when the process stops is not tried again (the article keeps its summary).</remarks>
public sealed class PageFollowUp(
    FeedFetcher fetcher,
    IArticleArchive archive,
    IArticleSink sink,
    TimeProvider time,
    IOptions<PollingOptions> options,
    ILogger<PageFollowUp> logger) : BackgroundService
{
    private readonly Channel<PageRequest> _queue = Channel.CreateBounded<PageRequest>(
        new BoundedChannelOptions(options.Value.PageQueueLimit) { FullMode = BoundedChannelFullMode.DropWrite });

    private readonly ConcurrentDictionary<string, DateTimeOffset> _failingHosts = new(StringComparer.OrdinalIgnoreCase);
    private int _pending;

    /// <summary>Pages queued or being fetched.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Queues the page of an archived article; false when the queue is full (the article keeps its summary).</summary>
    public bool Enqueue(string canonicalUrl, Uri page)
    {
        Interlocked.Increment(ref _pending);
        if (_queue.Writer.TryWrite(new PageRequest(canonicalUrl, page)))
        {
            return true;
        }
        Interlocked.Decrement(ref _pending);
        logger.LogWarning("Page queue full ({Limit}); {Url} keeps its summary", options.Value.PageQueueLimit, page);
        return false;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.PageConcurrency).Select(_ => WorkAsync(stoppingToken)));

    private async Task WorkAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var request in _queue.Reader.ReadAllAsync(ct))
            {
                try
                {
                    await FetchAsync(request, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Page {Url} could not be followed up", request.Page);
                }
                finally
                {
                    Interlocked.Decrement(ref _pending);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: what is queued keeps its summary.
        }
    }

    private async Task FetchAsync(PageRequest request, CancellationToken ct)
    {
        var host = request.Page.IdnHost;
        if (_failingHosts.TryGetValue(host, out var until))
        {
            if (until > time.GetUtcNow())
            {
                return;
            }
            _failingHosts.TryRemove(host, out _);
        }
        var page = await fetcher.FetchPageAsync(request.Page, ct);
        if (page.Outcome != FetchOutcome.Ok || page.Body is null)
        {
            if (page.ErrorKind is FetchErrorKind.Network or FetchErrorKind.Timeout)
            {
                // The host, not the page: its other pages would wait out the same time-out.
                _failingHosts[host] = time.GetUtcNow() + options.Value.FailingHostPause;
            }
            logger.LogInformation("Original page {Url} not fetched: {Error}", request.Page, page.Error);
            return;
        }
        var html = PageText.Decode(page.Body, page.ContentType);
        if (await archive.SetPageAsync(request.CanonicalUrl, html, ct) is not { } article)
        {
            return;
        }
        if (await sink.AcceptAsync(article with { PageFollowUp = true }, article.Sources.Count > 0 ? article.Sources[0] : "", ct))
        {
            await archive.MarkRoutedAsync([request.CanonicalUrl], ct);
        }
    }

    private sealed record PageRequest(string CanonicalUrl, Uri Page);
}
