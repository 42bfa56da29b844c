using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitoring.Grains.Articles;
using Monitoring.Storage;
using Monitoring.Stories;
using Orleans.Runtime;

namespace Monitoring.Grains.Topics;

/// <summary>
/// One followed story: folds matching articles into the story state, writes the alerts that
/// the difference raises to the durable log, then hands them to delivery. The story logic is
/// pure code in Monitoring.Stories; this grain only orders, stores and hands on.
/// </summary>
/// <remarks>
/// The story lives in memory. Each applied article is journaled with its alerts in one write; the
/// whole story is checkpointed into the grain state every <see cref="TopicOptions.CheckpointEvery"/>
/// articles, at least every <see cref="TopicOptions.CheckpointInterval"/> and on deactivation. After
/// a crash the next activation applies the journal since the checkpoint again, which re-derives the
/// same alerts (the log keeps each once), so the story is never behind the alerts it raised.
/// </remarks>
public sealed class TopicGrain(
    [PersistentState("topic")] IPersistentState<TopicGrainState> state,
    ITopicStore store,
    IArticleArchive archive,
    ArticleReading reading,
    IAlertSink alerts,
    MonitoringMetrics metrics,
    IOptions<TopicOptions> options,
    IOptions<RoutingOptions> routing,
    IClusterMembershipService membership,
    TimeProvider time,
    ILogger<TopicGrain> logger) : Grain, ITopicGrain, IDisposable
{
    private const int ReplayPageSize = 200;
    private const int JournalPageSize = 500;

    private readonly TopicOptions _options = options.Value;
    private readonly TimeSpan _backfillSettle = routing.Value.BackfillSettle;
    private ReplayStatus _replay = new();

    /// <summary>The story: the checkpoint and the journal after it, read once per activation.</summary>
    private StoryState? _story;

    /// <summary>The last journal entry written; entries after <see cref="TopicGrainState.JournalThrough"/> await a checkpoint.</summary>
    private long _journaled;
    private IGrainTimer? _checkpointTimer;

    /// <summary>The spec as the story library takes it, made again only when the spec changes.</summary>
    private (TopicSpec Spec, TopicDefinition Definition)? _definition;
    private List<StoryArticle>? _arrivedDuringReplay;

    /// <summary>A backfill asked for while another replay or backfill ran; started when that ends.</summary>
    private BackfillPlan? _queuedBackfill;

    /// <summary>The running replay or backfill, and how to stop it (a deletion waits for it to end before clearing).</summary>
    private Task? _replayTask;
    private CancellationTokenSource? _replayStop;

    /// <summary>A backfill waits before reading; meanwhile articles are applied live (it skips what the story then holds).</summary>
    private bool _settling;
    private TimeSpan _settle;

    private string Id => this.GetPrimaryKeyString();

    private long Unsaved => _journaled - state.State.JournalThrough;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Spec is not null)
        {
            try
            {
                // Before any article: alerts the last activation logged but did not publish (its silo died in
                // between) go to the subscriptions first, so what this activation publishes follows on from them.
                await alerts.CatchUpAsync(Id, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Topic {TopicId} could not hand on the alerts logged before it activated; the outbox catch-up will", Id);
            }
        }
        _journaled = state.State.JournalThrough;
        _checkpointTimer = this.RegisterGrainTimer(CheckpointIfBehindAsync, new GrainTimerCreationOptions
        {
            DueTime = _options.CheckpointInterval,
            Period = _options.CheckpointInterval,
            KeepAlive = false,
        });
        if (state.State.Backfill is { } pending && state.State.Spec is not null)
        {
            // A backfill the last activation did not finish (crash, deactivation): run it again; the
            // log keeps each alert once, so nothing it already told is told twice.
            logger.LogInformation("Topic {TopicId} resumes its backfill since {Since}", Id, pending.Since);
            Begin(pending);
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _checkpointTimer?.Dispose();
        // A replay going on past its activation would write beside the next one; a backfill stays in the state and resumes there.
        await StopReplayAsync();
        if (_story is not null && Unsaved > 0 && !_replay.Running)
        {
            try
            {
                await CheckpointAsync();
            }
            catch (Exception e)
            {
                // The journal still holds what the checkpoint would have: the next activation applies it.
                logger.LogWarning(e, "Topic {TopicId} could not checkpoint on deactivation", Id);
            }
        }
    }

    /// <summary>Called as the activation is dropped, after <see cref="OnDeactivateAsync"/> stopped the replay.</summary>
    public void Dispose() => _replayStop?.Dispose();

    public async Task<TopicSpec> Define(TopicSpec spec)
    {
        var s = state.State;
        s.Spec = spec with { Id = Id };
        s.StoryJson ??= StoryAdapter.NewStoryJson();
        await state.WriteStateAsync();
        return s.Spec;
    }

    public Task<TopicSpec?> GetSpec() => Task.FromResult(state.State.Spec);

    /// <summary>
    /// Stops a running replay or backfill and waits for it to end, then clears the log, the journal and
    /// the state: nothing of the deleted topic is logged or handed on afterwards, and the id starts afresh.
    /// </summary>
    public async Task<bool> Delete()
    {
        var existed = state.State.Spec is not null;
        _queuedBackfill = null;
        await StopReplayAsync(); // what it wrote before it stopped is cleared below
        await store.ClearAlertsAsync(Id);
        await store.TrimJournalAsync(Id, long.MaxValue);
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }
        // A call that reaches this activation before it deactivates finds a topic never defined.
        state.State = new TopicGrainState();
        _story = null;
        _definition = null;
        _journaled = 0;
        _replay = new ReplayStatus();
        DeactivateOnIdle();
        return existed;
    }

    public Task<IReadOnlyList<TopicAlert>> Apply(StoryArticle article) => ApplyBatch([article]);

    public async Task<IReadOnlyList<TopicAlert>> ApplyBatch(IReadOnlyList<StoryArticle> articles)
    {
        var spec = state.State.Spec;
        if (spec is null || articles.Count == 0)
        {
            return [];
        }
        metrics.TopicCalls.Add(1, new KeyValuePair<string, object?>("topic", Id));
        var told = new List<TopicAlert>();
        try
        {
            for (var i = 0; i < articles.Count; i++)
            {
                if (_replay.Running && !_settling)
                {
                    // The replay reads the archive, which already holds these articles; applying them again
                    // once the replay is done covers those archived behind the replay's cursor. Until then the
                    // caller keeps their unrouted marks: held only here, a crash would lose them.
                    _arrivedDuringReplay?.AddRange(articles.Skip(i));
                    throw new TopicBusyException($"topic '{Id}' runs a {_replay.Kind}; {articles.Count - i} article(s) are applied when it ends");
                }
                told.AddRange(await JournalAsync(spec, articles[i]));
            }
        }
        finally
        {
            // What the log took is handed on, even when a later article of the batch was not applied.
            if (told.Count > 0)
            {
                metrics.Alerts.Add(told.Count);
                await alerts.PublishAsync(Id, told, CancellationToken.None);
            }
        }
        if (Unsaved >= _options.CheckpointEvery)
        {
            await TryCheckpointAsync();
        }
        return told;
    }

    /// <summary>Folds one article into the story and journals it with its alerts; returns those the log did not already hold.</summary>
    private async Task<List<TopicAlert>> JournalAsync(TopicSpec spec, StoryArticle article)
    {
        var story = await StoryAsync();
        if (story.HasApplied(article.Id))
        {
            return []; // a repeat changes nothing, so there is nothing to journal
        }
        if (_definition?.Spec != spec)
        {
            _definition = (spec, StoryAdapter.ToDefinition(spec));
        }
        var raised = StoryAdapter.Apply(story, spec, _definition.Value.Definition, article);
        if (raised is null)
        {
            return [];
        }
        var logged = raised.Select(a => a with { TopicId = Id }).ToList();
        try
        {
            // Journal and log in one write: an alert that is in the log is never lost, and the story
            // that raised it can always be rebuilt; re-applying derives the same alerts with the same
            // sequences, which the log keeps once. What the log already told is not handed on again.
            // The number is taken before the write: another Apply (a late one after a replay) may run
            // while this one awaits, and must not take the same.
            var entry = new JournalRow(Id, ++_journaled, System.Text.Json.JsonSerializer.Serialize(article, AlertJson.Options));
            var added = await store.AppendAppliedAsync(entry, logged.Select(ToRow).ToList());
            if (added.Count < logged.Count)
            {
                logged = logged.Where(a => added.Contains(a.Sequence)).ToList();
            }
        }
        catch
        {
            // Memory is now ahead of storage: start again from what was stored.
            _story = null;
            DeactivateOnIdle();
            throw;
        }
        return logged;
    }

    public async Task<string?> GetStory(DateTimeOffset? asOf)
    {
        if (state.State.Spec is null)
        {
            return null;
        }
        var story = await StoryAsync();
        // As of a date: the story as it stood then, from the dates the story keeps.
        return StoryAdapter.View(asOf is null ? story : StoryView.AsOf(story, asOf.Value));
    }

    public Task<ReplayStatus> StartReplay()
    {
        if (state.State.Spec is null || _replay.Running)
        {
            return Task.FromResult(_replay);
        }
        Begin(null);
        return Task.FromResult(_replay);
    }

    public async Task<ReplayStatus> StartBackfill(BackfillPlan plan)
    {
        if (state.State.Spec is null)
        {
            return _replay;
        }
        if (_replay.Running)
        {
            // A redefinition while one runs: run it after, over the wider window, stored so a crash
            // keeps it (the running one's end leaves it in the state).
            _queuedBackfill = Wider(_queuedBackfill, plan);
            state.State.Backfill = Wider(state.State.Backfill, plan);
            await state.WriteStateAsync();
            return _replay;
        }
        // Stored before it starts: a crash from here on leaves it to the next activation.
        state.State.Backfill = plan;
        await state.WriteStateAsync();
        Begin(plan);
        return _replay;
    }

    public Task<ReplayStatus> GetReplayStatus() => Task.FromResult(_replay);

    /// <summary>Stops the running replay or backfill, if any, and waits for it to end (it catches what it throws).</summary>
    private async Task StopReplayAsync()
    {
        if (_replayTask is { IsCompleted: false } running)
        {
            await _replayStop!.CancelAsync();
            await running;
        }
    }

    /// <summary>Starts a replay (<paramref name="backfill"/> null) or a backfill in the background.</summary>
    private void Begin(BackfillPlan? backfill)
    {
        // Alone, this silo's routing learnt of the topic as it was stored; with others, theirs may take IndexMaxAge.
        _settle = backfill is not null && membership.CurrentSnapshot.Members.Values.Count(m => m.Status == SiloStatus.Active) > 1
            ? _backfillSettle
            : TimeSpan.Zero;
        _replay = backfill is null
            ? new ReplayStatus { Running = true, StartedAt = time.GetUtcNow() }
            : new ReplayStatus
            {
                Running = true,
                StartedAt = time.GetUtcNow(),
                Kind = ReplayKinds.Backfill,
                Since = backfill.Since,
                Alert = backfill.Alert,
                ReadsFrom = time.GetUtcNow() + _settle,
            };
        _arrivedDuringReplay = [];
        _replayStop?.Dispose();
        _replayStop = new CancellationTokenSource();
        // Runs on the grain's scheduler, so it interleaves safely with calls between its awaits.
        _replayTask = RunReplayAsync(backfill, _replayStop.Token);
    }

    /// <summary>
    /// A replay reads the whole archive into a fresh story; a backfill reads its window into the story
    /// as it is (articles it already holds change nothing). Both append to the log only what it does
    /// not yet tell, and hand that to delivery, which leaves out the alerts of a quiet backfill.
    /// </summary>
    /// <remarks>
    /// A backfill first waits out <see cref="RoutingOptions.BackfillSettle"/>: another silo may route with a
    /// topic list read before this definition was stored, and an article it routed so is in the archive
    /// before that list's age runs out, so the backfill's reading finds it. Articles routed to the topic
    /// meanwhile are applied live, and the backfill reads into the story that holds them.
    /// </remarks>
    private async Task RunReplayAsync(BackfillPlan? backfill, CancellationToken ct)
    {
        var spec = state.State.Spec!;
        var applied = 0;
        var raised = new List<TopicAlert>();
        try
        {
            if (backfill is not null)
            {
                _settling = true;
                try
                {
                    await Task.Delay(_settle, time, ct);
                }
                finally
                {
                    _settling = false;
                }
            }
            var story = backfill is null
                ? StoryAdapter.ReadStory(StoryAdapter.NewStoryJson())
                : StoryAdapter.ReadStory(StoryAdapter.WriteStory(await StoryAsync())); // a copy: the live one stays as stored until the end
            var quiet = backfill is { Alert: false };
            // The archive's order is (publication time, row): from the window's first millisecond on.
            ArchiveCursor? cursor = backfill is null ? null : new ArchiveCursor(backfill.Since.ToUnixTimeMilliseconds(), long.MinValue);
            do
            {
                var page = await archive.ReadForReplayAsync(cursor, ReplayPageSize, ct);
                foreach (var article in page.Articles)
                {
                    var findings = reading.Read(article);
                    // One the story already holds (a backfill's story was applied live) changes nothing.
                    var alertsOfArticle = story.HasApplied(findings.Id) ? null : StoryAdapter.Apply(story, spec, findings);
                    if (alertsOfArticle is not null)
                    {
                        applied++;
                        raised.AddRange(alertsOfArticle.Select(a => a with { TopicId = Id, Quiet = quiet }));
                    }
                    _replay = _replay with { ArticlesRead = _replay.ArticlesRead + 1, ArticlesApplied = applied, Alerts = raised.Count };
                }
                cursor = page.Next;
            }
            while (cursor is not null);

            // The log is append-only: what it already tells is found by identity and not told again;
            // only what is truly new is numbered after the last alert and handed to delivery.
            var told = await store.ReadIdentitiesAsync(Id, ct);
            var next = await store.LastSequenceAsync(Id, ct);
            var fresh = new List<TopicAlert>();
            foreach (var alert in raised)
            {
                if (!told.Contains(Identity(alert)))
                {
                    fresh.Add(alert with { Sequence = ++next });
                }
            }
            ct.ThrowIfCancellationRequested();
            var added = await store.AppendAlertsAsync(fresh.Select(ToRow).ToList(), ct);
            fresh = fresh.Where(a => added.Contains(a.Sequence)).ToList();
            story.Sequence = next;
            // The replayed story covers every archived article, the journaled ones too.
            _journaled = Math.Max(_journaled, state.State.JournalThrough);
            state.State.StoryJson = StoryAdapter.WriteStory(story);
            state.State.JournalThrough = _journaled;
            state.State.Backfill = _queuedBackfill;
            _story = story;
            // Past the append the story is stored whatever happens: the alerts are in the log.
            await state.WriteStateAsync(CancellationToken.None);
            await store.TrimJournalAsync(Id, long.MaxValue, CancellationToken.None);
            _replay = _replay with { Running = false, FinishedAt = time.GetUtcNow(), NewAlerts = fresh.Count };
            logger.LogInformation("Topic {TopicId} {Kind}: {Read} articles read, {Applied} applied, {Alerts} alerts derived, {New} new",
                Id, _replay.Kind, _replay.ArticlesRead, applied, raised.Count, fresh.Count);
            if (fresh.Count > 0 && !ct.IsCancellationRequested)
            {
                // Quiet ones too: delivery leaves them out but moves each subscription's position past them.
                metrics.Alerts.Add(fresh.Count);
                await alerts.PublishAsync(Id, fresh, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The topic is deleted or deactivating: nothing more of it is applied, logged or handed on here
            // (a backfill stays in the state of a topic not deleted, and its next activation runs it).
            logger.LogInformation("The {Kind} of topic {TopicId} stopped before it finished", _replay.Kind, Id);
            _replay = _replay with { Running = false, FinishedAt = time.GetUtcNow(), Error = "stopped before it finished" };
            _arrivedDuringReplay = null;
            return;
        }
        catch (Exception e)
        {
            // A backfill stays in the state: the next activation runs it again.
            logger.LogError(e, "The {Kind} of topic {TopicId} failed", _replay.Kind, Id);
            _story = null;
            DeactivateOnIdle();
            _replay = _replay with { Running = false, FinishedAt = time.GetUtcNow(), Error = e.Message };
        }
        var late = _arrivedDuringReplay ?? [];
        _arrivedDuringReplay = null;
        foreach (var article in late)
        {
            if (ct.IsCancellationRequested)
            {
                return; // deleted or deactivating: each keeps its unrouted mark, and the sweep hands it on again
            }
            try
            {
                await Apply(article);
            }
            catch (Exception e)
            {
                // Its unrouted mark is still set: the sweep hands it on again. The others go on.
                logger.LogWarning(e, "Topic {TopicId} could not apply {Article} held during its {Kind}", Id, article.Id, _replay.Kind);
            }
        }
        if (_queuedBackfill is { } queued && state.State.Spec is not null && !_replay.Running && !ct.IsCancellationRequested)
        {
            // Asked for while this one ran (a redefinition): it reads with the spec as it is now.
            _queuedBackfill = null;
            Begin(queued);
        }
    }

    /// <summary>One plan covering both: the earlier window, alerting when either asked to.</summary>
    private static BackfillPlan Wider(BackfillPlan? a, BackfillPlan b) => a is null
        ? b
        : new BackfillPlan { Since = a.Since < b.Since ? a.Since : b.Since, Alert = a.Alert || b.Alert, RequestedAt = b.RequestedAt };

    /// <summary>The story in memory, or the checkpoint with the journal after it applied again.</summary>
    private async Task<StoryState> StoryAsync()
    {
        if (_story is not null)
        {
            return _story;
        }
        var story = StoryAdapter.ReadStory(state.State.StoryJson);
        var spec = state.State.Spec!;
        var through = state.State.JournalThrough;
        var reapplied = 0;
        while (true)
        {
            var page = await store.ReadJournalAsync(Id, through, JournalPageSize);
            foreach (var row in page)
            {
                if (System.Text.Json.JsonSerializer.Deserialize<StoryArticle>(row.FindingsJson, AlertJson.Options) is { } findings)
                {
                    StoryAdapter.Apply(story, spec, findings);
                    reapplied++;
                }
                through = row.Sequence;
            }
            if (page.Count < JournalPageSize)
            {
                break;
            }
        }
        if (reapplied > 0)
        {
            logger.LogInformation("Topic {TopicId} applied {Count} journaled articles to its checkpoint", Id, reapplied);
        }
        // After the journal, which re-derives the sequences it logged: new alerts are numbered after the
        // whole log, whatever wrote it (a replay appends past the story's own count).
        story.Sequence = Math.Max(story.Sequence, await store.LastSequenceAsync(Id));
        _journaled = through;
        return _story = story;
    }

    private Task CheckpointIfBehindAsync(CancellationToken ct) =>
        _story is not null && Unsaved > 0 && !_replay.Running ? TryCheckpointAsync() : Task.CompletedTask;

    private async Task TryCheckpointAsync()
    {
        try
        {
            await CheckpointAsync();
        }
        catch (Exception e)
        {
            // Nothing is lost: the journal keeps growing until a checkpoint succeeds.
            logger.LogWarning(e, "Topic {TopicId} could not checkpoint its story", Id);
        }
    }

    /// <summary>Writes the whole story with the journal position it includes, then drops the journal up to there.</summary>
    private async Task CheckpointAsync()
    {
        var (storedJson, storedThrough) = (state.State.StoryJson, state.State.JournalThrough);
        var through = _journaled;
        state.State.StoryJson = StoryAdapter.WriteStory(_story!);
        state.State.JournalThrough = through;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // The state stays what is stored, so the next checkpoint is tried and the journal kept.
            (state.State.StoryJson, state.State.JournalThrough) = (storedJson, storedThrough);
            throw;
        }
        await store.TrimJournalAsync(Id, through);
    }

    private static AlertRow ToRow(TopicAlert alert) =>
        new(alert.TopicId, alert.Sequence, alert.Kind, alert.At, System.Text.Json.JsonSerializer.Serialize(alert, AlertJson.Options), Identity(alert));

    private static string Identity(TopicAlert alert) =>
        AlertIdentity.Of(alert.Kind, alert.Actor, alert.Type, alert.Imposer, alert.Target, alert.Status);
}

/// <summary>The alert log's JSON: web casing, no type names.</summary>
public static class AlertJson
{
    public static readonly System.Text.Json.JsonSerializerOptions Options = new(System.Text.Json.JsonSerializerDefaults.Web);
}
