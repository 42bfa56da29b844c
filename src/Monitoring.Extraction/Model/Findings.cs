namespace Monitoring.Extraction;

/// <summary>An article to read: HTML or text, with what the feed said about it.</summary>
public sealed record ArticleInput
{
    public string? Url { get; init; }
    public string? Source { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Title { get; init; }
    public string Body { get; init; } = "";
    public bool IsHtml { get; init; }
}

public enum ActorKind
{
    Country,
    Person,
    Organization,
    Media,

    /// <summary>A region or place that is not a state ("Europe", "Indo-Pacific"): recognised, never reported.</summary>
    Place,
}

/// <summary>Where a finding comes from: the sentence and the span of the cue in the cleaned text.</summary>
public sealed record Evidence(string Sentence, int Start, int Length);

public sealed record Actor(string Name, ActorKind Kind, IReadOnlyList<string> Forms, Evidence FirstEvidence)
{
    public string KindName => Kind.ToString().ToLowerInvariant();

    /// <summary>
    /// A state the article names only by its demonym ("South Korean intelligence sources"): present, but not
    /// yet an actor a reader would say the story met.
    /// </summary>
    public bool OnlyByDemonym { get; init; }
}

public sealed record Measure(string Type, string Imposer, string Target, string Status, string? Quantity, Evidence Evidence);

/// <summary>What reading an article found.</summary>
public sealed record Findings(string Text, IReadOnlyList<Actor> Actors, IReadOnlyList<Measure> Measures, ulong Fingerprint);
