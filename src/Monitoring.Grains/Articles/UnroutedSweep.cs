using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitoring.Storage;

namespace Monitoring.Grains.Articles;

/// <summary>
/// Hands on the articles that were archived but never reached every topic: the process died
/// between the archive's commit and the routing, or a topic failed. Runs at start and then now
/// and then. Topics take an article once,
/// so routing one twice does no harm.
/// </summary>
public sealed class UnroutedSweep(
    IArticleArchive archive,
    IArticleSink sink,
    TimeProvider time,
    IOptions<RoutingOptions> options,
    ILogger<UnroutedSweep> logger) : BackgroundService
{
    private const int PageSize = 200;

    /// <summary>
    /// The first sweep finishes before the start goes on, so the schedule (started after this) cannot
    /// hand a topic newer articles before the ones a crash left behind. At start every mark is stale:
    /// this process has routed nothing yet.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await SweepLoggedAsync(time.GetUtcNow(), cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.SweepInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await SweepLoggedAsync(time.GetUtcNow() - options.Value.Grace, stoppingToken);
        }
    }

    private async Task SweepLoggedAsync(DateTimeOffset before, CancellationToken ct)
    {
        try
        {
            var routed = await SweepAsync(before, ct);
            if (routed > 0)
            {
                logger.LogInformation("Routed {Count} articles that had not reached every topic", routed);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not route the articles left unrouted; trying again in {Period}", options.Value.SweepInterval);
        }
    }

    /// <summary>Routes every article marked before <paramref name="before"/>, oldest first; returns how many were cleared.</summary>
    public async Task<int> SweepAsync(DateTimeOffset before, CancellationToken ct)
    {
        var cleared = 0;
        while (!ct.IsCancellationRequested)
        {
            var page = await archive.ReadUnroutedAsync(before, PageSize, ct);
            var routed = new List<string>(page.Count);
            foreach (var article in page)
            {
                if (await AcceptAsync(article, ct))
                {
                    routed.Add(article.CanonicalUrl);
                }
            }
            await archive.MarkRoutedAsync(routed, ct);
            cleared += routed.Count;
            // A page with an article no topic would take is left for the next sweep, not read again now.
            if (page.Count < PageSize || routed.Count < page.Count)
            {
                break;
            }
        }
        return cleared;
    }

    /// <summary>
    /// Hands on an article as it first arrived and, when its page came later, that page as the
    /// second report it was; topics take each once, so what they already have is not told again.
    /// </summary>
    private async Task<bool> AcceptAsync(Article article, CancellationToken ct)
    {
        var source = article.Sources.Count > 0 ? article.Sources[0] : "";
        if (article.PageHtml is null)
        {
            return await sink.AcceptAsync(article, source, ct);
        }
        return await sink.AcceptAsync(article with { PageHtml = null }, source, ct)
            && await sink.AcceptAsync(article with { PageFollowUp = true }, source, ct);
    }
}
