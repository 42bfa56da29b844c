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
    IReadOnlyList<string>? OpenTo = null,
    TopicBackfillRequest? Backfill = null);

/// <summary>
/// <c>backfill</c> in a topic's body: how many days of the archive to apply now (the silo's
/// <c>Topics:BackfillWindow</c> when absent, 0 for none), and whether subscribers are alerted for them.
/// </summary>
public sealed record TopicBackfillRequest(int? Days, bool? Alert);
