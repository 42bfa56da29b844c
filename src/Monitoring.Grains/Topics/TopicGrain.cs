using Microsoft.Extensions.Logging;
using Monitoring.Storage;
using Monitoring.Stories;
using Orleans.Runtime;

namespace Monitoring.Grains.Topics;

/// <summary>
/// One followed story: folds matching articles into the story state, writes the alerts that
/// the difference raises to the durable log, then hands them to delivery. The story logic is
/// pure code in Monitoring.Stories; this grain only orders, stores and hands on.
/// </summary>
public sealed class TopicGrain(
    [PersistentState("topic")] IPersistentState<TopicGrainState> state,
    ITopicStore store,
    IArticleArchive archive,
    ArticleReading reading,
    IAlertSink alerts,
    MonitoringMetrics metrics,
    TimeProvider time,
    ILogger<TopicGrain> logger) : Grain, ITopicGrain
{
    private const int ReplayPageSize = 200;

    private ReplayStatus _replay = new();

    /// <summary>The story, read from the stored JSON once per activation rather than once per article.</summary>
    private StoryState? _story;
    private List<ArticleFindings>? _arrivedDuringReplay;

    private string Id => this.GetPrimaryKeyString();

    public async Task<TopicSpec> Define(TopicSpec spec)
    {
        var s = state.State;
        s.Spec = spec with { Id = Id };
        s.StoryJson ??= StoryAdapter.NewStoryJson();
        await state.WriteStateAsync();
        return s.Spec;
    }

    public Task<TopicSpec?> GetSpec() => Task.FromResult(state.State.Spec);

    public async Task<bool> Delete()
    {
        var existed = state.State.Spec is not null;
        await store.ClearAlertsAsync(Id);
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }
        _story = null;
        DeactivateOnIdle();
        return existed;
    }

    public async Task<IReadOnlyList<TopicAlert>> Apply(ArticleFindings article)
    {
        var spec = state.State.Spec;
        if (spec is null)
        {
            return [];
        }
        if (_replay.Running)
        {
            // The replay reads the archive, which already holds this article; applying it again
            // once the replay is done covers one archived behind the replay's cursor.
            _arrivedDuringReplay?.Add(article);
            return [];
        }
        var story = _story ??= StoryAdapter.ReadStory(state.State.StoryJson);
        var raised = StoryAdapter.Apply(story, spec, article);
        if (raised is null)
        {
            return [];
        }
        state.State.StoryJson = StoryAdapter.WriteStory(story);
        var logged = raised.Select(a => a with { TopicId = Id }).ToList();
        try
        {
            // The log first: an alert that is in the log is never lost; re-applying after a crash
            // derives the same alerts with the same sequences, which the log keeps once.
            await store.AppendAlertsAsync(logged.Select(ToRow).ToList());
            await state.WriteStateAsync();
        }
        catch
        {
            // Memory is now ahead of storage: start again from what was stored.
            _story = null;
            DeactivateOnIdle();
            throw;
        }
        if (logged.Count > 0)
        {
            metrics.Alerts.Add(logged.Count);
            await alerts.PublishAsync(Id, logged, CancellationToken.None);
        }
        return logged;
    }

    public Task<string?> GetStory(DateTimeOffset? asOf)
    {
        var spec = state.State.Spec;
        if (spec is null)
        {
            return Task.FromResult<string?>(null);
        }
        if (asOf is null)
        {
            return Task.FromResult<string?>(StoryAdapter.View(_story ??= StoryAdapter.ReadStory(state.State.StoryJson)));
        }
        // The story as it stood then, from the dates the story keeps.
        return Task.FromResult<string?>(StoryAdapter.View(StoryView.AsOf(_story ??= StoryAdapter.ReadStory(state.State.StoryJson), asOf.Value)));
    }

    public Task<ReplayStatus> StartReplay()
    {
        if (state.State.Spec is null || _replay.Running)
        {
            return Task.FromResult(_replay);
        }
        _replay = new ReplayStatus { Running = true, StartedAt = time.GetUtcNow() };
        _arrivedDuringReplay = [];
        // Runs on the grain's scheduler, so it interleaves safely with calls between its awaits.
        _ = RunReplayAsync();
        return Task.FromResult(_replay);
    }

    public Task<ReplayStatus> GetReplayStatus() => Task.FromResult(_replay);

    private async Task RunReplayAsync()
    {
        var spec = state.State.Spec!;
        var story = StoryAdapter.ReadStory(StoryAdapter.NewStoryJson());
        var applied = 0;
        var raised = new List<TopicAlert>();
        try
        {
            ArchiveCursor? cursor = null;
            do
            {
                var page = await archive.ReadForReplayAsync(cursor, ReplayPageSize);
                foreach (var article in page.Articles)
                {
                    var findings = reading.Read(article);
                    var alertsOfArticle = StoryAdapter.Apply(story, spec, findings);
                    if (alertsOfArticle is not null)
                    {
                        applied++;
                        raised.AddRange(alertsOfArticle.Select(a => a with { TopicId = Id }));
                    }
                    _replay = _replay with { ArticlesRead = _replay.ArticlesRead + 1, ArticlesApplied = applied, Alerts = raised.Count };
                }
                cursor = page.Next;
            }
            while (cursor is not null);

            await store.ClearAlertsAsync(Id);
            await store.AppendAlertsAsync(raised.Select(ToRow).ToList());
            state.State.StoryJson = StoryAdapter.WriteStory(story);
            _story = story;
            await state.WriteStateAsync();
            _replay = _replay with { Running = false, FinishedAt = time.GetUtcNow() };
            logger.LogInformation("Topic {TopicId} replayed: {Read} articles read, {Applied} applied, {Alerts} alerts",
                Id, _replay.ArticlesRead, applied, raised.Count);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Replay of topic {TopicId} failed", Id);
            _story = null;
            DeactivateOnIdle();
            _replay = _replay with { Running = false, FinishedAt = time.GetUtcNow(), Error = e.Message };
        }
        var late = _arrivedDuringReplay ?? [];
        _arrivedDuringReplay = null;
        foreach (var article in late)
        {
            await Apply(article);
        }
    }

    private static AlertRow ToRow(TopicAlert alert) =>
        new(alert.TopicId, alert.Sequence, alert.Kind, alert.At, System.Text.Json.JsonSerializer.Serialize(alert, AlertJson.Options));
}

/// <summary>The alert log's JSON: web casing, no type names.</summary>
public static class AlertJson
{
    public static readonly System.Text.Json.JsonSerializerOptions Options = new(System.Text.Json.JsonSerializerDefaults.Web);
}
