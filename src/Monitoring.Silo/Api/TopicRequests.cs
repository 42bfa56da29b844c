namespace Monitoring.Silo.Api;

/// <summary>Body of <c>POST /api/topics</c> and <c>PUT /api/topics/{id}</c>.</summary>
public sealed record TopicRequest(
    string? Id,
    string? Name,
    IReadOnlyList<string>? AllActors,
    IReadOnlyList<string>? AnyActors,
    IReadOnlyList<string>? Keywords,
    IReadOnlyList<string>? MeasureTypes,
    int? MinOutlets,
    IReadOnlyList<string>? OpenTo = null);
