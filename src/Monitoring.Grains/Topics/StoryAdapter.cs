using System.Text.Json;
using Monitoring.Stories;

namespace Monitoring.Grains.Topics;

/// <summary>Maps the grain contracts onto the pure story library and back.</summary>
public static class StoryAdapter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly JsonSerializerOptions Pretty = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private static readonly IActorResolver Resolver = new TolerantActorResolver();

    public static string NewStoryJson() => JsonSerializer.Serialize(new StoryState(), Json);

    public static StoryState ReadStory(string? json) =>
        json is null ? new StoryState() : JsonSerializer.Deserialize<StoryState>(json, Json) ?? new StoryState();

    public static string WriteStory(StoryState story) => JsonSerializer.Serialize(story, Json);

    public static string View(StoryState story) => JsonSerializer.Serialize(story, Pretty);

    /// <summary>Folds an article into the story; null when the topic does not match it.</summary>
    public static IReadOnlyList<TopicAlert>? Apply(StoryState story, TopicSpec spec, StoryArticle article) =>
        Apply(story, spec, ToDefinition(spec), article);

    /// <summary><see cref="Apply(StoryState, TopicSpec, StoryArticle)"/> with the spec's definition made once for many articles.</summary>
    public static IReadOnlyList<TopicAlert>? Apply(StoryState story, TopicSpec spec, TopicDefinition definition, StoryArticle article)
    {
        if (!TopicMatcher.Matches(definition, article))
        {
            return null;
        }
        return StoryEngine.Apply(story, definition, article, Resolver).Select(a => ToAlert(spec.Id, a)).ToList();
    }

    public static TopicDefinition ToDefinition(TopicSpec spec) => new()
    {
        Id = spec.Id,
        Name = spec.Name,
        AllActors = spec.AllActors,
        AnyActors = spec.AnyActors,
        Keywords = spec.Keywords,
        MeasureTypes = spec.MeasureTypes,
        MinOutlets = spec.MinOutlets,
    };

    private static TopicAlert ToAlert(string topicId, StoryAlert a) => new()
    {
        TopicId = topicId,
        Sequence = a.Sequence,
        Kind = a.Kind,
        Actor = a.Actor,
        Type = a.Type,
        Imposer = a.Imposer,
        Target = a.Target,
        Status = a.Status,
        Evidence = a.Evidence,
        ArticleUrls = a.ArticleUrls,
        Corroboration = a.Corroboration,
        At = a.At,
    };
}
