namespace Monitoring.Silo.Api;

/// <summary>
/// Body of <c>POST /api/subscriptions</c> and <c>PUT /api/subscriptions/{id}</c>. <c>ordered</c>: an alert in
/// retry holds back the later ones (default false: they go ahead; bodies carry the sequence to order by).
/// <c>after</c> (webhooks, on creation only): also deliver the topic's alerts already raised after this
/// sequence, 0 for its whole history; left out, only alerts raised from now on.
/// </summary>
public sealed record SubscriptionRequest(string? Topic, FiltersRequest? Filters, ChannelRequest? Channel, bool? Ordered = null, long? After = null);

public sealed record FiltersRequest(
    IReadOnlyList<string>? Kinds,
    IReadOnlyList<string>? MeasureTypes,
    IReadOnlyList<string>? Actors,
    string? MinStatus,
    int? MinCorroboration);

/// <summary><c>type</c> is <c>webhook</c> (with <c>url</c>, and a <c>secret</c> or one is made) or <c>stream</c>.</summary>
public sealed record ChannelRequest(string? Type, string? Url, string? Secret);

/// <summary>Body of <c>POST /api/keys</c>.</summary>
public sealed record KeyRequest(string? Name, string? Role);
