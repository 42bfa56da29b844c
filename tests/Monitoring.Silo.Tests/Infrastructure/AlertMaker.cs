using Monitoring.Stories;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Abstractions;

namespace Monitoring.Silo.Tests.Infrastructure;

/// <summary>
/// Raises real alerts: defines a topic over the API and applies articles to its grain, as the
/// router does, so every alert goes through the grain, the durable log and the delivery sink.
/// Each article names <c>count</c> people the topic has not seen: one new_actor alert each.
/// </summary>
public static class AlertMaker
{
    /// <summary>Defines a topic following Japan, open to the subscriber keys <paramref name="openTo"/> (every one by default).</summary>
    public static async Task DefineTopicAsync(RunningSilo silo, string topic, params string[] openTo)
    {
        using var response = await silo.Client.PostAsJsonAsync("/api/topics",
            // No backfill: what other tests archived in a shared silo must not make the topic's first alerts old news.
            new { id = topic, name = topic, allActors = new[] { "Japan" }, openTo = openTo.Length > 0 ? openTo : ["*"], backfill = new { days = 0 } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// A topic's alert log as lines to compare whole: "new_actor Belarus", "new_measure export_ban Japan>Belarus" (kind,
    /// type, imposer>target for the others), in log order.
    /// </summary>
    public static async Task<List<string>> AlertLinesAsync(RunningSilo silo, string topic) =>
        (await silo.GetJsonAsync($"/api/topics/{topic}/alerts")).EnumerateArray()
            .Select(a => a.GetProperty("kind").GetString() == "new_actor"
                ? $"new_actor {a.GetProperty("actor").GetString()}"
                : $"{a.GetProperty("kind").GetString()} {a.GetProperty("type").GetString()} {a.GetProperty("imposer").GetString()}>{a.GetProperty("target").GetString()}")
            .ToList();

    /// <summary>Redefines a topic made by <see cref="DefineTopicAsync"/> so only the keys <paramref name="openTo"/> see it.</summary>
    public static async Task OpenTopicAsync(RunningSilo silo, string topic, params string[] openTo)
    {
        using var response = await silo.Client.PutAsJsonAsync($"/api/topics/{topic}", new { name = topic, allActors = new[] { "Japan" }, openTo, backfill = new { days = 0 } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Applies one article naming <paramref name="count"/> new people; returns the alerts it raised.</summary>
    public static async Task<IReadOnlyList<TopicAlert>> RaiseAsync(RunningSilo silo, string topic, int count, string tag)
    {
        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        var actors = new List<StoryActor> { new() { Name = "Japan", Kind = "country" } };
        actors.AddRange(Enumerable.Range(1, count).Select(i => new StoryActor { Name = $"Person {tag} {i}", Kind = "organization", Evidence = $"Person {tag} {i} spoke." }));
        var article = new StoryArticle
        {
            Id = $"https://example.org/{tag}",
            Url = $"https://example.org/{tag}",
            Outlet = "example.org",
            Published = DateTimeOffset.UtcNow,
            Title = tag,
            Text = "Japan said.",
            Actors = actors,
        };
        return await grains.GetGrain<ITopicGrain>(topic).Apply(article);
    }
}
