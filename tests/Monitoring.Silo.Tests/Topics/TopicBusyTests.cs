using Microsoft.Extensions.DependencyInjection;
using Monitoring.Abstractions;
using Monitoring.Silo.Tests.Infrastructure;
using Monitoring.Storage;
using Monitoring.Stories;

namespace Monitoring.Silo.Tests.Topics;

/// <summary>
/// While a topic replays or backfills, an article handed to it is held and applied when that ends; the
/// caller is told so (the article stays marked unrouted until then), and a backfill asked for in the
/// meantime runs after it instead of being dropped.
/// </summary>
public sealed class TopicBusyTests
{
    /// <summary>Enough archived articles that a replay of them is still running when the next call comes.</summary>
    internal static async Task ArchiveManyAsync(RunningSilo silo, int count)
    {
        var archive = silo.Services.GetRequiredService<IArticleArchive>();
        var at = DateTimeOffset.UtcNow.AddDays(-2);
        var batch = Enumerable.Range(0, count).Select(i => (new Article
        {
            CanonicalUrl = $"https://busy.example/{i}",
            Url = $"https://busy.example/{i}",
            Title = $"Japan and Russia, day {i}",
            PublishedAt = at.AddSeconds(i),
            FetchedAt = at.AddSeconds(i),
            Summary = $"Japan said on day {i} that it is watching Russia. Officials met in Tokyo and talked about trade, energy and fishing rights for a long time.",
        }, $"i{i}")).ToList();
        await archive.AddBatchAsync(batch, "busy-source");
        await archive.MarkRoutedAsync(batch.Select(b => b.Item1.CanonicalUrl).ToList());
    }

    private static StoryArticle Marker(string tag) => new()
    {
        Id = $"https://live.example/{tag}",
        Url = $"https://live.example/{tag}",
        Outlet = "live.example",
        Published = DateTimeOffset.UtcNow,
        Text = "Japan named a new envoy.",
        Actors = [new() { Name = "Japan", Kind = "country" }, new() { Name = $"Envoy {tag}", Kind = "person", Evidence = $"Envoy {tag} spoke." }],
    };

    private static async Task<ReplayStatus> WaitIdleAsync(ITopicGrain topic)
    {
        ReplayStatus status = await topic.GetReplayStatus();
        Assert.True(await WebhookReceiver.WaitAsync(() => !(status = topic.GetReplayStatus().GetAwaiter().GetResult()).Running, TimeSpan.FromSeconds(60)),
            $"still running: {status}");
        return status;
    }

    [Fact]
    public async Task An_article_during_a_replay_is_refused_for_now_and_applied_when_it_ends()
    {
        await using var silo = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling);
        await ArchiveManyAsync(silo, 3000);
        await AlertMaker.DefineTopicAsync(silo, "busy");
        var topic = silo.Services.GetRequiredService<IGrainFactory>().GetGrain<ITopicGrain>("busy");

        Assert.True((await topic.StartReplay()).Running);
        await Assert.ThrowsAsync<TopicBusyException>(() => topic.Apply(Marker("a")));
        var status = await WaitIdleAsync(topic);
        Assert.Null(status.Error);
        Assert.Equal(3000, status.ArticlesRead);

        // Applied once the replay ended: told once, and a second hand-over (the sweep) changes nothing.
        var alerts = (await silo.GetJsonAsync("/api/topics/busy/alerts?limit=100")).EnumerateArray().Select(a => a.GetProperty("actor").ToString()).ToList();
        Assert.Single(alerts, a => a == "Envoy a");
        Assert.Empty(await topic.Apply(Marker("a")));
    }

    [Fact]
    public async Task A_backfill_asked_for_during_a_replay_runs_after_it()
    {
        await using var silo = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling);
        await ArchiveManyAsync(silo, 3000);
        await AlertMaker.DefineTopicAsync(silo, "queued");
        var topic = silo.Services.GetRequiredService<IGrainFactory>().GetGrain<ITopicGrain>("queued");

        Assert.True((await topic.StartReplay()).Running);
        var since = DateTimeOffset.UtcNow.AddDays(-7);
        var answer = await topic.StartBackfill(new BackfillPlan { Since = since, Alert = false, RequestedAt = DateTimeOffset.UtcNow });
        Assert.Equal(ReplayKinds.Replay, answer.Kind);

        ReplayStatus status = answer;
        Assert.True(await WebhookReceiver.WaitAsync(() =>
        {
            status = topic.GetReplayStatus().GetAwaiter().GetResult();
            return status is { Kind: ReplayKinds.Backfill, Running: false };
        }, TimeSpan.FromSeconds(60)), $"last status: {status}");
        Assert.Null(status.Error);
        Assert.Equal(since, status.Since);
        Assert.Equal(3000, status.ArticlesRead);
    }
}
