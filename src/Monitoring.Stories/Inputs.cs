using Orleans;

namespace Monitoring.Stories;

/// <summary>What a topic follows. All of <see cref="AllActors"/> must appear, one of <see cref="AnyActors"/> when given, and one keyword when given.</summary>
public sealed record TopicDefinition
{
    public required string Id { get; init; }

    // Stryker disable once String : equivalent, the story library never reads a topic's name (the silo shows it).
    public string Name { get; init; } = "";
    public IReadOnlyList<string> AllActors { get; init; } = [];
    public IReadOnlyList<string> AnyActors { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string>? MeasureTypes { get; init; }
    public int MinOutlets { get; init; } = 1;
}

/// <summary>An actor found in an article.</summary>
[GenerateSerializer, Immutable, Alias("monitoring.FoundActor")]
public sealed record StoryActor
{
    [Id(0)] public required string Name { get; init; }
    [Id(1)] public required string Kind { get; init; }
    [Id(2)] public IReadOnlyList<string> Forms { get; init; } = [];
    [Id(3)] public string Evidence { get; init; } = "";

    /// <summary>A state named only by its demonym: the story keeps it, and alerts it once an article names it.</summary>
    [Id(4)] public bool OnlyByDemonym { get; init; }
}

/// <summary>A sanction measure found in an article.</summary>
[GenerateSerializer, Immutable, Alias("monitoring.FoundMeasure")]
public sealed record StoryMeasure
{
    [Id(0)] public required string Type { get; init; }
    [Id(1)] public required string Imposer { get; init; }
    [Id(2)] public required string Target { get; init; }
    [Id(3)] public required string Status { get; init; }
    [Id(4)] public string Evidence { get; init; } = "";
    [Id(5)] public string? Quantity { get; init; }
}

/// <summary>
/// An article as read: the one shape from the reader to the story, passed to topic grains and kept
/// in their journals (as JSON, by these property names).
/// </summary>
/// <remarks>
/// Never changed once made, so a call to a topic on the same silo passes it without a copy. The
/// aliases and ids are those of the grain contract it replaced, so silos of both builds understand it.
/// </remarks>
[GenerateSerializer, Immutable, Alias("monitoring.ArticleFindings")]
public sealed record StoryArticle
{
    /// <summary>The canonical URL; an edited item's revision N adds <c>#rN</c>, a page read after its item <c>#page</c> (a story takes an id once).</summary>
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public string Url { get; init; } = "";

    /// <summary>The outlet (the article's host), for counting distinct corroborating sources.</summary>
    [Id(2)] public string Outlet { get; init; } = "";
    [Id(3)] public DateTimeOffset Published { get; init; }
    [Id(4)] public string? Title { get; init; }
    [Id(5)] public string Text { get; init; } = "";
    [Id(6)] public IReadOnlyList<StoryActor> Actors { get; init; } = [];
    [Id(7)] public IReadOnlyList<StoryMeasure> Measures { get; init; } = [];
    [Id(8)] public ulong Fingerprint { get; init; }
}

/// <summary>What changed in a story: <c>new_actor</c>, <c>new_measure</c>, <c>status_change</c> or <c>new_target</c>.</summary>
public sealed record StoryAlert
{
    public long Sequence { get; init; }
    public required string Kind { get; init; }
    public string? Actor { get; init; }
    public string? Type { get; init; }
    public string? Imposer { get; init; }
    public string? Target { get; init; }
    public string? Status { get; init; }
    public string Evidence { get; init; } = "";
    public IReadOnlyList<string> ArticleUrls { get; init; } = [];
    public int Corroboration { get; init; }
    public DateTimeOffset At { get; init; }
}
