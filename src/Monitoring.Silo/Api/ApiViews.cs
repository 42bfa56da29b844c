using System.Text.Json;
using Monitoring.Storage;

namespace Monitoring.Silo.Api;

// What the key and subscription endpoints answer, as named types so the OpenAPI document can describe them.

/// <summary>A subscription as the API shows it; the secret only when it was just made.</summary>
public sealed record SubscriptionView(
    string Id,
    string Owner,
    string Topic,
    SubscriptionFilters Filters,
    ChannelView Channel,
    bool Ordered,
    string? Disabled,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DeliveryState? Delivery);

/// <summary>A subscription's channel: <c>webhook</c> with its URL, or <c>stream</c>.</summary>
public sealed record ChannelView(string Type, string? Url, string? Secret);

/// <summary>An alert that could not be delivered within the horizon.</summary>
public sealed record DeadLetterView(string WebhookId, long Sequence, string Topic, int Attempts, DateTimeOffset? FirstFailure, string? LastError, JsonElement Body);

/// <summary>How many dead letters were queued again.</summary>
public sealed record DeadLetterReplay(int Replayed);

/// <summary>A key as listed: never the key itself.</summary>
public sealed record KeyInfo(string Id, string Name, string Role, DateTimeOffset CreatedAt);

/// <summary>A key just made: the only time <see cref="Key"/> is shown.</summary>
public sealed record KeyCreated(string Id, string Name, string Role, DateTimeOffset CreatedAt, string Key);
