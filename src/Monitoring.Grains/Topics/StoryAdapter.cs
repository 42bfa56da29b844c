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
    public static IReadOnlyList<TopicAlert>? Apply(StoryState story, TopicSpec spec, ArticleFindings findings) =>
        Apply(story, spec, ToDefinition(spec), findings);

    /// <summary><see cref="Apply(StoryState, TopicSpec, ArticleFindings)"/> with the spec's definition made once for many articles.</summary>
    public static IReadOnlyList<TopicAlert>? Apply(StoryState story, TopicSpec spec, TopicDefinition definition, ArticleFindings findings)
    {
        var article = ToStoryArticle(findings);
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

    public static StoryArticle ToStoryArticle(ArticleFindings f) => new()
    {
        Id = f.Id,
        Url = f.Url,
        Outlet = f.Outlet,
        Published = f.Published,
        Title = f.Title,
        Text = f.Text,
        Actors = f.Actors.Select(a => new StoryActor { Name = a.Name, Kind = a.Kind, Forms = a.Forms, Evidence = a.Evidence }).ToList(),
        Measures = f.Measures.Select(m => new StoryMeasure
        {
            Type = m.Type,
            Imposer = m.Imposer,
            Target = m.Target,
            Status = m.Status,
            Evidence = m.Evidence,
            Quantity = m.Quantity,
        }).ToList(),
        Fingerprint = f.Fingerprint,
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
