using Monitoring.Abstractions;

namespace Monitoring.Silo.Api;

/// <summary>A topic as <c>GET/POST/PUT /api/topics/{id}</c> answer it: its definition and its backfill, if any.</summary>
public sealed record TopicDetails(
    string Id,
    string Name,
    IReadOnlyList<string> AllActors,
    IReadOnlyList<string> AnyActors,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string>? MeasureTypes,
    int MinOutlets,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<string> OpenTo,
    ReplayStatus? Backfill)
{
    /// <summary>The spec with the topic's last backfill (running or done in this activation); a replay is not one.</summary>
    public static TopicDetails From(TopicSpec spec, ReplayStatus? status) => new(
        spec.Id, spec.Name, spec.AllActors, spec.AnyActors, spec.Keywords, spec.MeasureTypes, spec.MinOutlets,
        spec.CreatedAt, spec.UpdatedAt, spec.OpenTo, status?.Kind == ReplayKinds.Backfill ? status : null);
}
