using Monitoring.Storage;

namespace Monitoring.Silo.Api;

/// <summary>A source's recent polls, newest first: when, how long, the HTTP status, what was new, the error.</summary>
public sealed record SourcePolls(string SourceId, IReadOnlyList<PollRecord> Items);

internal static class PollHistoryEndpoints
{
    /// <summary><c>GET /api/sources/{id}/polls</c>: the last <see cref="PollRecord.Kept"/> polls the catalog keeps.</summary>
    public static void MapPollHistoryEndpoints(this RouteGroupBuilder sources) =>
        sources.MapGet("/{id}/polls", async (string id, ISourceCatalog catalog, HttpContext http) =>
            await catalog.GetAsync(id, http.RequestAborted) is null
                ? Results.Problem($"no source with id '{id}'", statusCode: StatusCodes.Status404NotFound, title: "Unknown source")
                : Results.Ok(new SourcePolls(id, await catalog.RecentPollsAsync(id, http.RequestAborted))))
            .Produces<SourcePolls>().MayBeMissing();
}
