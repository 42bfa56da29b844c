namespace Monitoring.Stories;

/// <summary>What a topic follows. All of <see cref="AllActors"/> must appear, one of <see cref="AnyActors"/> when given, and one keyword when given.</summary>
public sealed record TopicDefinition
{
    public required string Id { get; init; }
    public string Name { get; init; } = "";
    public IReadOnlyList<string> AllActors { get; init; } = [];
    public IReadOnlyList<string> AnyActors { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string>? MeasureTypes { get; init; }
    public int MinOutlets { get; init; } = 1;
}

/// <summary>An actor found in an article.</summary>
public sealed record StoryActor
{
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public IReadOnlyList<string> Forms { get; init; } = [];
    public string Evidence { get; init; } = "";
}

/// <summary>A sanction measure found in an article.</summary>
public sealed record StoryMeasure
{
    public required string Type { get; init; }
    public required string Imposer { get; init; }
    public required string Target { get; init; }
    public required string Status { get; init; }
    public string Evidence { get; init; } = "";
    public string? Quantity { get; init; }
}

/// <summary>An article as the story sees it.</summary>
public sealed record StoryArticle
{
    /// <summary>The canonical URL.</summary>
    public required string Id { get; init; }
    public string Url { get; init; } = "";

    /// <summary>The outlet, for counting distinct corroborating sources.</summary>
    public string Outlet { get; init; } = "";
    public DateTimeOffset Published { get; init; }
    public string? Title { get; init; }
    public string Text { get; init; } = "";
    public IReadOnlyList<StoryActor> Actors { get; init; } = [];
    public IReadOnlyList<StoryMeasure> Measures { get; init; } = [];
    public ulong Fingerprint { get; init; }
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
