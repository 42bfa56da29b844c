using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Abstractions;
using Monitoring.Grains.Articles;
using Monitoring.Grains.Topics;
using Monitoring.Silo.Tests.Infrastructure;
using Monitoring.Storage;

namespace Monitoring.Silo.Tests.Topics;

/// <summary>
/// A poll hands its new articles to each topic in one call, not one call per article; the articles a
/// busy topic (replaying) did not take keep their unrouted marks and reach it when the replay ends.
/// </summary>
public sealed class TopicBatchTests
{
    private const int Items = 25;

    private static readonly Dictionary<string, string?> Settings = new(RunningSilo.ManualPolling)
    {
        ["Polling:FetchOriginalContent"] = "false",
    };

    /// <summary>A feed of <see cref="Items"/> items, each about Japan.</summary>
    private static string Feed(FeedServer feeds, string prefix) => RssBuilder.Feed("Batch", Enumerable.Range(1, Items).Select(i => new RssBuilder.Item(
        $"{prefix}-{i}", $"Japan and Russia, report {i}", $"{feeds.BaseUrl}{prefix}/{i}", DateTimeOffset.UtcNow.AddMinutes(i - 60),
        $"Japan imposed new sanctions on Russia, officials in Tokyo said in report {i} on Friday.")));

    private static async Task<long> TopicCallsAsync(RunningSilo silo, string topic)
    {
        var text = await silo.Client.GetStringAsync("/metrics");
        return text.Split('\n')
            .Where(l => l.StartsWith("monitoring_topic_calls_total{", StringComparison.Ordinal) && l.Contains($"topic=\"{topic}\"", StringComparison.Ordinal))
            .Sum(l => (long)double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }

    private static async Task<string> StoryAsync(RunningSilo silo, string topic)
    {
        using var response = await silo.Client.GetAsync($"/api/topics/{topic}/story");
        return await response.Content.ReadAsStringAsync();
    }

    private static bool HoldsAll(string story, FeedServer feeds, string prefix) =>
        Enumerable.Range(1, Items).All(i => story.Contains($"{feeds.BaseUrl}{prefix}/{i}\"", StringComparison.Ordinal));

    [Fact]
    public async Task A_polls_new_articles_reach_a_topic_in_one_call()
    {
        await using var feeds = await FeedServer.StartAsync();
        await using var silo = await RunningSilo.StartAsync(settings: Settings);
        await AlertMaker.DefineTopicAsync(silo, "batched");
        feeds.MapFeed("/batch.xml", () => Feed(feeds, "batch"));
        var source = await silo.AddSourceAsync(feeds.Url("/batch.xml"));

        var report = await silo.PollAsync(source);

        Assert.Equal(Items, report.GetProperty("newArticles").GetInt32());
        var story = await StoryAsync(silo, "batched");
        Assert.True(HoldsAll(story, feeds, "batch"), story);
        await RunningSilo.EventuallyAsync(async () => await TopicCallsAsync(silo, "batched") > 0, TimeSpan.FromSeconds(10), "the topic's call counted");
        Assert.Equal(1, await TopicCallsAsync(silo, "batched"));
        var unrouted = await silo.Services.GetRequiredService<IArticleArchive>().ReadUnroutedAsync(DateTimeOffset.UtcNow.AddMinutes(1), 100);
        Assert.Empty(unrouted);
    }

    [Fact]
    public async Task A_batch_a_replaying_topic_refuses_stays_unrouted_and_is_applied_when_the_replay_ends()
    {
        await using var silo = await RunningSilo.StartAsync(settings: Settings);
        await TopicBusyTests.ArchiveManyAsync(silo, 3000);
        await AlertMaker.DefineTopicAsync(silo, "replaying");
        var topic = silo.Services.GetRequiredService<IGrainFactory>().GetGrain<ITopicGrain>("replaying");
        var archive = silo.Services.GetRequiredService<IArticleArchive>();
        var held = Enumerable.Range(1, 3).Select(i => new Article
        {
            CanonicalUrl = $"https://held.example/{i}",
            Url = $"https://held.example/{i}",
            Title = $"Japan and Russia, report {i}",
            PublishedAt = DateTimeOffset.UtcNow,
            FetchedAt = DateTimeOffset.UtcNow,
            Summary = $"Japan imposed new sanctions on Russia, officials in Tokyo said in report {i} on Friday.",
        }).ToList();
        await archive.AddBatchAsync(held.Select(a => (a, a.CanonicalUrl)).ToList(), "held-source");

        // Reading and routing warmed first, so that the hand-over below takes milliseconds: done cold on a loaded
        // machine, it could take longer than the replay of 3,000 articles it must overlap.
        var findings = silo.Services.GetRequiredService<ArticleReading>().Read(held[0]);
        Assert.Contains("replaying", await silo.Services.GetRequiredService<TopicRoutingIndex>().CandidatesAsync(findings, CancellationToken.None));

        // As a poll hands its articles on (the poll's own fetch would let the replay finish first).
        Assert.True((await topic.StartReplay()).Running);
        var taken = await silo.Services.GetRequiredService<IArticleSink>().AcceptBatchAsync(held, "held-source", CancellationToken.None);

        Assert.Equal(3, taken.Count);
        Assert.All(taken, Assert.False);
        await RunningSilo.EventuallyAsync(async () => !(await topic.GetReplayStatus()).Running, TimeSpan.FromSeconds(60), "the replay to end");
        Assert.Null((await topic.GetReplayStatus()).Error);
        var story = await StoryAsync(silo, "replaying");
        Assert.True(held.All(a => story.Contains($"{a.CanonicalUrl}\"", StringComparison.Ordinal)), story);
        Assert.Equal(3, (await archive.ReadUnroutedAsync(DateTimeOffset.UtcNow.AddMinutes(1), 100)).Count(a => a.CanonicalUrl.StartsWith("https://held.example/", StringComparison.Ordinal)));
    }
}
