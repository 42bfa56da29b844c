namespace Monitoring.Storage;

/// <summary>Which of a topic's alerts a subscription wants; every set filter must pass.</summary>
public sealed record SubscriptionFilters
{
    /// <summary>Alert kinds (<c>new_actor</c>, <c>new_measure</c>, ...); empty means all.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>Measure types; applies to alerts about a measure, empty means all.</summary>
    public IReadOnlyList<string> MeasureTypes { get; init; } = [];

    /// <summary>Actors; an alert passes when its actor, imposer or target is one of them. Empty means all.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>Least measure status (considered &lt; announced &lt; enacted); <c>lifted</c> always passes.</summary>
    public string? MinStatus { get; init; }

    public int MinCorroboration { get; init; }
}

/// <summary>Where a subscription's alerts go: a webhook, or the live stream only.</summary>
public sealed record SubscriptionChannel
{
    public const string Webhook = "webhook";
    public const string Stream = "stream";

    public required string Type { get; init; }
    public string? Url { get; init; }

    /// <summary>The signing secret; kept because every delivery is signed with it.</summary>
    public string? Secret { get; init; }
}

/// <summary>One subscription: an owner (API key id), a topic, filters and a channel.</summary>
public sealed record Subscription
{
    public required string Id { get; init; }
    public required string Owner { get; init; }
    public required string Topic { get; init; }
    public SubscriptionFilters Filters { get; init; } = new();

    /// <summary>
    /// Strict order: an alert in retry holds back every later one of this subscription. Off (the default),
    /// later alerts go ahead while one waits out its backoff; receivers order by the sequence every body carries.
    /// </summary>
    public bool Ordered { get; init; }
    public required SubscriptionChannel Channel { get; init; }

    /// <summary>Why deliveries stopped (a receiver answered 410 Gone), or null while active.</summary>
    public string? DisabledReason { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>One alert waiting to be delivered to one subscription, with its retry bookkeeping.</summary>
public sealed record OutboxEntry(
    string SubscriptionId,
    string TopicId,
    long Sequence,
    string Body,
    DateTimeOffset EnqueuedAt,
    int Attempts,
    DateTimeOffset? FirstFailureAt,
    DateTimeOffset NextAttemptAt,
    string? LastError);

/// <summary>
/// How delivery to one subscription stands. <see cref="FailingSince"/>, <see cref="LastError"/> and
/// <see cref="LastStatus"/> describe the oldest pending alert that failed (null while nothing fails).
/// </summary>
public sealed record DeliveryState(
    long Delivered,
    DateTimeOffset? LastDeliveredAt,
    int Pending,
    int Dead,
    DateTimeOffset? FailingSince,
    string? LastError,
    int? LastStatus,
    DateTimeOffset? NextAttemptAt)
{
    /// <summary>A subscription that has delivered nothing and has nothing waiting.</summary>
    public static DeliveryState None { get; } = new(0, null, 0, 0, null, null, null, null);

    /// <summary>The HTTP status in a delivery error ("HTTP 503 Service Unavailable", "410 Gone"); null for network errors.</summary>
    public static int? StatusOf(string? error)
    {
        var match = error is null ? null : System.Text.RegularExpressions.Regex.Match(error, @"^(?:HTTP )?([1-5][0-9]{2})\b");
        return match is { Success: true } ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
