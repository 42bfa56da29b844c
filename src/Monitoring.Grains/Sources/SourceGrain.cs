using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitoring.Feeds;
using Monitoring.Grains.Articles;
using Monitoring.Grains.Scheduling;
using Monitoring.Storage;
using Orleans.Placement;
using Orleans.Runtime;
using Orleans.Storage;

namespace Monitoring.Grains.Sources;

/// <summary>
/// One feed: fetches it when the scheduler says it is due, hands on the items it has not
/// seen, and keeps its own health and cadence. Idle sources are deactivated quickly; their
/// schedule lives in the catalog, so an idle source costs a row, not an activation.
/// </summary>
/// <remarks>
/// Placed at random: the default placement prefers the calling silo, so the sources woken by the shards of
/// one silo would all poll from it; at random, every silo (a new one included) takes its share of the polling.
/// </remarks>
[CollectionAgeLimit(Minutes = 2)]
[RandomPlacement]
public sealed class SourceGrain(
    IGrainStorage storage,
    FeedFetcher fetcher,
    ISourceCatalog catalog,
    IArticleArchive archive,
    IArticleSink sink,
    PageFollowUp pages,
    MonitoringMetrics metrics,
    TimeProvider time,
    IOptions<PollingOptions> pollingOptions,
    IOptions<SchedulerOptions> schedulerOptions,
    ILogger<SourceGrain> logger) : Grain, ISourceGrain
{
    private readonly PollingOptions _options = pollingOptions.Value;

    /// <summary>Whether the catalog holds the source's row (its schedule), as far as this activation knows.</summary>
    private bool _listed;

    /// <summary>Seen ids, validators and site, stored by the grain; read when a feed is ingested, not at every activation.</summary>
    private StateOnDemand<SourceGrainState> _stored = null!;

    /// <summary>
    /// What this activation works with: the stored state once read (the same object), before that the catalog row's
    /// registration, health and validators, which are all a poll answered 304 needs.
    /// </summary>
    private SourceGrainState _s = new();

    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stored = new StateOnDemand<SourceGrainState>(storage, "source", this.GetGrainId());
        // Health is written to the catalog on every poll but to grain state only when state changes.
        if (await catalog.GetAsync(Id, cancellationToken) is { } entry)
        {
            _listed = true;
            _s = new SourceGrainState
            {
                Url = entry.Url,
                Title = entry.Title,
                CreatedAt = entry.CreatedAt,
                Health = entry.Health,
                ETag = entry.Validators?.ETag,
                LastModified = entry.Validators?.LastModified,
                LearnedInterval = entry.Validators?.LearnedInterval,
            };
        }
        else
        {
            // No row: never registered, removed half-way, or state left without its row. Only the state can tell.
            try
            {
                _s = await _stored.ReadAsync();
            }
            catch (UnreadableStateException e)
            {
                // Known to no row and not readable: taken as unregistered, so it can be removed or registered again.
                logger.LogError(e, "Source {SourceId} has no catalog row and its stored state cannot be read", Id);
            }
        }
    }

    /// <summary>Reads the stored state once; the row's health stays (it is the newer), and so does its registration when none is stored yet.</summary>
    private async ValueTask<SourceGrainState> StateAsync()
    {
        if (_stored.IsRead)
        {
            return _s;
        }
        var stored = await _stored.ReadAsync();
        if (stored.Url is null)
        {
            // Registered in bulk: the catalog row is the registration until the first poll writes state.
            stored.Url = _s.Url;
            stored.Title = _s.Title;
            stored.CreatedAt = _s.CreatedAt;
        }
        stored.Health = _s.Health;
        _s = stored;
        return stored;
    }

    public async Task<SourceInfo> Register(string url, string? title)
    {
        var s = _s;
        var now = time.GetUtcNow();
        var shard = SourceIds.Shard(Id, schedulerOptions.Value.Shards);
        if (s.Url is not null)
        {
            if (!_listed)
            {
                // State without a row: a removal cut between its two writes, or a registration by an older build
                // whose row write failed. Nothing would ever poll it, so adding it again puts the row back.
                await catalog.UpsertAsync(new CatalogEntry(Id, s.Url, s.Title, s.CreatedAt, s.Health), shard, now);
                _listed = true;
            }
            return await InfoAsync();
        }
        s.Url = url;
        s.Title = title;
        s.CreatedAt = now;
        s.Health = new SourceHealth { State = SourceState.New, NextPollAt = now, Interval = _options.DefaultInterval };
        // Only the row, as a bulk registration does: it is the registration until the first poll writes state, so
        // one write registers the source and no failure can leave it half registered.
        await catalog.UpsertAsync(new CatalogEntry(Id, url, title, now, s.Health), shard, now);
        _listed = true;
        return ToInfo(s);
    }

    public async Task<SourceInfo?> GetInfo() => _s.Url is null ? null : await InfoAsync();

    public Task<PollReport> PollNow() =>
        _s.Url is null ? throw new InvalidOperationException($"source {Id} is not registered") : PollAsync();

    public async Task Due()
    {
        if (_s.Url is null)
        {
            // Neither state nor catalog row (activation adopts a row): the source was removed half-way. Finish the job.
            await catalog.RemoveAsync(Id);
            DeactivateOnIdle();
            return;
        }
        await PollAsync();
        // The next scheduled poll is minutes away (Polling:MinInterval): kept active, the source would only
        // hold memory until collected. With a million sources that is the difference between the polls of
        // the last two minutes in memory and the polls in flight.
        DeactivateOnIdle();
    }

    public async Task<bool> Remove()
    {
        var existed = _s.Url is not null;
        await catalog.RemoveAsync(Id);
        _listed = false;
        await _stored.ClearAsync();
        _s = _stored.State;
        DeactivateOnIdle();
        return existed;
    }

    private async Task<PollReport> PollAsync()
    {
        var started = Stopwatch.GetTimestamp();
        var now = time.GetUtcNow();
        metrics.Polls.Add(1);
        var result = await fetcher.FetchAsync(new FetchRequest { Url = new Uri(_s.Url!), ETag = _s.ETag, LastModified = _s.LastModified }, CancellationToken.None);
        var ingested = false;

        PollReport report;
        switch (result.Outcome)
        {
            case FetchOutcome.NotModified:
                metrics.NotModified.Add(1);
                report = RecordSuccess(now, result, itemsInFeed: 0, newItems: 0, newArticles: 0, notModified: true,
                    interval: Floor(_s.LearnedInterval ?? _options.DefaultInterval, result.MaxAge));
                break;
            case FetchOutcome.Ok:
                ParsedFeed feed;
                try
                {
                    feed = FeedParser.Parse(result.Body ?? [], result.ContentType, result.FinalUrl);
                }
                catch (FeedParseException e)
                {
                    report = RecordFailure(now, $"cannot parse feed: {e.Message}", result.HttpStatus, retryAfter: null);
                    break;
                }
                // The seen ids are needed now, and only now.
                try
                {
                    await StateAsync();
                }
                catch (UnreadableStateException e)
                {
                    // Ingesting without the seen ids would be guessing; the source's health says why it stopped.
                    report = RecordFailure(now, $"{e.Message}; remove the source and add it again to start it afresh", result.HttpStatus, retryAfter: null);
                    break;
                }
                report = await IngestAsync(now, result, feed);
                ingested = true;
                break;
            default:
                report = RecordFailure(now, result.Error ?? "fetch failed", result.HttpStatus, result.RetryAfter);
                break;
        }

        // The catalog holds health and schedule; grain state changes only when validators or seen ids do, which is
        // only when a feed was ingested (health in state is stale by design: the row's is taken at activation).
        var s = _s;
        if (ingested)
        {
            await _stored.WriteAsync();
        }
        var took = Stopwatch.GetElapsedTime(started);
        // Health, schedule, the poll's line in the history the source page and GET /api/sources/{id}/polls show and,
        // once the state holding the seen ids is written, the validators: one write.
        await catalog.UpdateHealthAsync(Id, s.Title, s.Health, report.NextPollAt, PollRecord.Of(now, took, report),
            ingested ? new PollValidators(s.ETag, s.LastModified, s.LearnedInterval) : null);
        metrics.PollDuration.Record(took.TotalSeconds);
        return report;
    }

    private async Task<PollReport> IngestAsync(DateTimeOffset now, FetchResult result, ParsedFeed feed)
    {
        var s = _s;
        s.Title ??= feed.Title;
        s.SiteUrl ??= feed.Link;

        var seen = new HashSet<string>(s.SeenIds, StringComparer.Ordinal);
        // Feeds list newest first; hand articles on oldest first so stories unfold in order.
        var fresh = feed.Items
            .Select((item, index) => (item, index))
            .Where(x => !seen.Contains(x.item.Id))
            .OrderBy(x => x.item.Published ?? DateTimeOffset.MinValue)
            .ThenByDescending(x => x.index)
            .Select(x => x.item)
            .ToList();

        var newArticles = await ArchiveAsync(fresh, now);
        var edited = _options.MaxRevisions > 0 ? ItemEdits.Edited(feed.Items, seen, s.ItemHashes) : [];
        var revised = edited.Count > 0 ? await ReviseAsync(edited) : 0;

        // The validators only once the items are archived: taken before, a failed archive write (the database down)
        // would leave them in memory, and the next poll's conditional GET would be answered 304 for items never stored.
        s.ETag = result.ETag;
        s.LastModified = result.LastModified;
        s.SeenIds = SeenIds.Merge(s.SeenIds, feed.Items.Select(i => i.Id).ToList(), _options.SeenIdsLimit);
        s.ItemHashes = ItemEdits.Remember(s.SeenIds, feed.Items, s.ItemHashes);
        s.LearnedInterval = PollSchedule.LearnInterval(
            feed.Items.Where(i => i.Published is not null).Select(i => i.Published!.Value), feed.Ttl, result.MaxAge, _options);
        return RecordSuccess(now, result, feed.Items.Count, fresh.Count, newArticles, notModified: false, s.LearnedInterval.Value) with { RevisedArticles = revised };
    }

    /// <summary>Archives a poll's new items in one batch and hands on those new to the whole system.</summary>
    private async Task<int> ArchiveAsync(List<FeedItem> items, DateTimeOffset now)
    {
        if (items.Count == 0)
        {
            return 0;
        }
        var batch = new List<(Article Article, string ItemId)>(items.Count);
        var wantPage = new List<Uri?>(items.Count);
        foreach (var item in items)
        {
            var (link, canonical) = AddressOf(item);
            // Items first, pages after: the page of a summary-only item is fetched once the items are in.
            wantPage.Add(PageWanted(item, link));
            batch.Add((new Article
            {
                CanonicalUrl = canonical,
                Url = link ?? canonical,
                Title = item.Title,
                PublishedAt = item.Published,
                FetchedAt = now,
                Summary = item.Summary,
                Content = item.Content,
                Author = item.Author,
                Sources = [Id],
            }, item.Id));
        }

        // The archive marks each new article unrouted in the same transaction; the mark is cleared once
        // every topic has it, so a crash between here and there leaves it for the unrouted sweep.
        var results = await archive.AddBatchAsync(batch, Id);
        // One hand-over for the poll: each topic is called once with its share, not once per article.
        var fresh = Enumerable.Range(0, batch.Count).Where(i => results[i].IsNewArticle).Select(i => batch[i].Article).ToList();
        var handedOn = fresh.Count;
        IReadOnlyList<bool> taken = fresh.Count == 0 ? [] : await sink.AcceptBatchAsync(fresh, Id, CancellationToken.None);
        var routed = fresh.Where((_, i) => taken[i]).Select(a => a.CanonicalUrl).ToList();
        await archive.MarkRoutedAsync(routed);
        for (var i = 0; i < batch.Count; i++)
        {
            if (results[i].IsNewArticle && wantPage[i] is { } page)
            {
                pages.Enqueue(batch[i].Article.CanonicalUrl, page);
            }
        }
        metrics.Articles.Add(handedOn);
        return handedOn;
    }

    /// <summary>
    /// Items the feed edited after they were handed on: each archived article takes the new text as a revision
    /// (committed with its unrouted mark) and is handed on again as one more report, so a topic raises alerts
    /// only for what the edit adds.
    /// </summary>
    private async Task<int> ReviseAsync(List<FeedItem> edited)
    {
        var revised = new List<(Article Article, Uri? Page)>(edited.Count);
        foreach (var item in edited)
        {
            var (link, canonical) = AddressOf(item);
            if (await archive.ReviseAsync(canonical, item.Title, item.Summary, item.Content, _options.MaxRevisions) is { } article)
            {
                revised.Add((article, PageWanted(item, link)));
            }
        }
        if (revised.Count == 0)
        {
            return 0;
        }
        var articles = revised.Select(r => r.Article).ToList();
        var taken = await sink.AcceptBatchAsync(articles, Id, CancellationToken.None);
        await archive.MarkRoutedAsync(articles.Where((_, i) => taken[i]).Select(a => a.CanonicalUrl).ToList());
        foreach (var (article, page) in revised)
        {
            if (page is not null)
            {
                pages.Enqueue(article.CanonicalUrl, page);
            }
        }
        metrics.Revisions.Add(revised.Count);
        logger.LogInformation("Source {SourceId}: {Count} edited items read again", Id, revised.Count);
        return revised.Count;
    }

    /// <summary>The item's link (its id when that is a web address) and the canonical URL it is archived under.</summary>
    private (string? Link, string Canonical) AddressOf(FeedItem item)
    {
        var link = item.Link ?? (Uri.TryCreate(item.Id, UriKind.Absolute, out var idUri) && idUri.Scheme is "http" or "https" ? item.Id : null);
        return (link, link is null ? $"urn:monitoring:{Id}:{item.Id}" : UrlCanonicalizer.Canonicalize(link));
    }

    /// <summary>The page to fetch after the items: a summary-only item's link, when original pages are wanted.</summary>
    private Uri? PageWanted(FeedItem item, string? link) =>
        link is not null && _options.FetchOriginalContent && (item.Content?.Length ?? 0) < _options.SummaryOnlyBelowChars
            && Uri.TryCreate(link, UriKind.Absolute, out var page) && page.Scheme is "http" or "https" ? page : null;

    private PollReport RecordSuccess(DateTimeOffset now, FetchResult result, int itemsInFeed, int newItems, int newArticles, bool notModified, TimeSpan interval)
    {
        var s = _s;
        var next = now + PollSchedule.WithJitter(interval, _options.Jitter, Random.Shared);
        s.Health = s.Health with
        {
            State = SourceState.Active,
            LastPollAt = now,
            LastSuccessAt = now,
            // A recovered source is healthy: its old error no longer describes it (LastErrorAt keeps when it last failed).
            LastError = null,
            LastHttpStatus = result.HttpStatus,
            ConsecutiveFailures = 0,
            FailingSince = null,
            NextPollAt = next,
            Interval = interval,
            Polls = s.Health.Polls + 1,
            NotModified = s.Health.NotModified + (notModified ? 1 : 0),
            Articles = s.Health.Articles + newArticles,
        };
        return new PollReport
        {
            SourceId = Id,
            Succeeded = true,
            NotModified = notModified,
            HttpStatus = result.HttpStatus,
            ItemsInFeed = itemsInFeed,
            NewItems = newItems,
            NewArticles = newArticles,
            NextPollAt = next,
        };
    }

    private PollReport RecordFailure(DateTimeOffset now, string error, int? httpStatus, DateTimeOffset? retryAfter)
    {
        metrics.PollErrors.Add(1);
        var s = _s;
        var failures = s.Health.ConsecutiveFailures + 1;
        var failingSince = s.Health.FailingSince ?? now;
        var dead = now - failingSince >= _options.DeadAfter;
        var interval = dead ? _options.DeadInterval : PollSchedule.Backoff(failures, _options);
        var next = now + PollSchedule.WithJitter(interval, _options.Jitter, Random.Shared);
        if (retryAfter is { } asked && asked > now)
        {
            // The server said when to come back; do not come back earlier, nor wait for ever.
            next = asked - now > _options.DeadInterval ? now + _options.DeadInterval : asked;
            interval = next - now;
        }
        logger.LogWarning("Source {SourceId} poll failed ({Failures} in a row): {Error}", Id, failures, error);
        s.Health = s.Health with
        {
            State = dead ? SourceState.Dead : SourceState.Failing,
            LastPollAt = now,
            LastErrorAt = now,
            LastError = error,
            LastHttpStatus = httpStatus,
            ConsecutiveFailures = failures,
            FailingSince = failingSince,
            NextPollAt = next,
            Interval = interval,
            Polls = s.Health.Polls + 1,
        };
        return new PollReport
        {
            SourceId = Id,
            Succeeded = false,
            HttpStatus = httpStatus,
            Error = error,
            NextPollAt = next,
        };
    }

    private static TimeSpan Floor(TimeSpan interval, TimeSpan? maxAge) => maxAge is { } m && m > interval ? m : interval;

    /// <summary>The source as the API shows it; its site is only in the stored state.</summary>
    private async Task<SourceInfo> InfoAsync()
    {
        try
        {
            return ToInfo(await StateAsync());
        }
        catch (UnreadableStateException)
        {
            // The row's registration and health still describe it; only the site is lost. Polls report the error.
            return ToInfo(_s);
        }
    }

    private SourceInfo ToInfo(SourceGrainState s) => new()
    {
        Id = Id,
        Url = s.Url!,
        Title = s.Title,
        SiteUrl = s.SiteUrl,
        CreatedAt = s.CreatedAt,
        Health = s.Health,
    };
}
