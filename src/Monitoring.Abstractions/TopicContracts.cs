namespace Monitoring.Abstractions;

/// <summary>What a topic follows: actors (all of, any of), keywords, optionally measure types.</summary>
[GenerateSerializer, Alias("monitoring.TopicSpec")]
public sealed record TopicSpec
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public IReadOnlyList<string> AllActors { get; init; } = [];
    [Id(3)] public IReadOnlyList<string> AnyActors { get; init; } = [];
    [Id(4)] public IReadOnlyList<string> Keywords { get; init; } = [];
    [Id(5)] public IReadOnlyList<string>? MeasureTypes { get; init; }

    /// <summary>Distinct outlets that must report something before it is alerted.</summary>
    [Id(6)] public int MinOutlets { get; init; } = 1;
    [Id(7)] public DateTimeOffset CreatedAt { get; init; }
    [Id(8)] public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Subscriber keys (by id) the operator opened the topic to; <c>*</c> opens it to every subscriber.</summary>
    [Id(9)] public IReadOnlyList<string> OpenTo { get; init; } = [];
}

/// <summary>One alert of a topic, as written to its durable log and handed to subscribers.</summary>
[GenerateSerializer, Immutable, Alias("monitoring.TopicAlert")]
public sealed record TopicAlert
{
    [Id(0)] public required string TopicId { get; init; }
    [Id(1)] public long Sequence { get; init; }

    /// <summary><c>new_actor</c>, <c>new_measure</c>, <c>status_change</c> or <c>new_target</c>.</summary>
    [Id(2)] public required string Kind { get; init; }
    [Id(3)] public string? Actor { get; init; }
    [Id(4)] public string? Type { get; init; }
    [Id(5)] public string? Imposer { get; init; }
    [Id(6)] public string? Target { get; init; }
    [Id(7)] public string? Status { get; init; }
    [Id(8)] public string Evidence { get; init; } = "";
    [Id(9)] public IReadOnlyList<string> ArticleUrls { get; init; } = [];
    [Id(10)] public int Corroboration { get; init; }
    [Id(11)] public DateTimeOffset At { get; init; }

    /// <summary>
    /// Raised by a backfill that was not asked to alert: in the log and the story, never delivered to
    /// webhooks or streams. Left out of the JSON when false, so delivered bodies are unchanged.
    /// </summary>
    [Id(12)]
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool Quiet { get; init; }
}

/// <summary>Where a replay stands.</summary>
[GenerateSerializer, Alias("monitoring.ReplayStatus")]
public sealed record ReplayStatus
{
    [Id(0)] public bool Running { get; init; }
    [Id(1)] public long ArticlesRead { get; init; }
    [Id(2)] public long ArticlesApplied { get; init; }
    /// <summary>Alerts the replayed story derives, told before or not.</summary>
    [Id(3)] public long Alerts { get; init; }
    [Id(4)] public DateTimeOffset? StartedAt { get; init; }
    [Id(5)] public DateTimeOffset? FinishedAt { get; init; }
    [Id(6)] public string? Error { get; init; }

    /// <summary>Of <see cref="Alerts"/>, those the log did not tell yet: appended (and delivered unless quiet).</summary>
    [Id(7)] public long NewAlerts { get; init; }

    /// <summary><c>replay</c> (the whole archive into a fresh story) or <c>backfill</c> (a window into the story as it is).</summary>
    [Id(8)] public string Kind { get; init; } = ReplayKinds.Replay;

    /// <summary>A backfill's window start: articles published (fetched, when undated) since then.</summary>
    [Id(9)] public DateTimeOffset? Since { get; init; }

    /// <summary>Whether the new alerts are delivered to subscribers; a backfill's are only when asked.</summary>
    [Id(10)] public bool Alert { get; init; } = true;

    /// <summary>
    /// When a backfill starts reading the archive: until then it waits for every silo's routing to know the
    /// topic (<c>Routing:IndexMaxAge</c>); articles routed to it meanwhile are applied live.
    /// </summary>
    [Id(11)] public DateTimeOffset? ReadsFrom { get; init; }
}

/// <summary>The kinds of <see cref="ReplayStatus"/>.</summary>
public static class ReplayKinds
{
    public const string Replay = "replay";
    public const string Backfill = "backfill";
}

/// <summary>What a backfill reads and whether it alerts; kept in the topic's state until it is done.</summary>
[GenerateSerializer, Immutable, Alias("monitoring.BackfillPlan")]
public sealed record BackfillPlan
{
    /// <summary>Articles published (fetched, when undated) since this time are applied.</summary>
    [Id(0)] public DateTimeOffset Since { get; init; }

    /// <summary>Deliver the alerts the backfill raises to subscribers; when false they go to the log only, marked quiet.</summary>
    [Id(1)] public bool Alert { get; init; }

    [Id(2)] public DateTimeOffset RequestedAt { get; init; }
}
