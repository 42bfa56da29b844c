using Monitoring.Abstractions;

namespace Monitoring.Silo.Api;

/// <summary>Body of <c>POST /api/sources/poll</c>; the same fields may come as query parameters (<c>ids</c> comma-separated).</summary>
public sealed record PollAllRequest(string? State, string? Host, IReadOnlyList<string>? Ids);

/// <summary>
/// <c>POST /api/sources/poll</c> polls every source, or those of one state, one host or a list of ids,
/// now: 202 with an operation whose progress <c>GET /api/sources/poll/{operation}</c> shows.
/// </summary>
internal static class PollAllEndpoints
{
    public static void MapPollAllEndpoints(this RouteGroupBuilder sources)
    {
        sources.MapPost("/poll", async (HttpRequest request, PollOperations operations, string? state, string? host, string? ids) =>
        {
            var query = new PollAllRequest(state, host, ids?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var given = query;
            if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
            {
                var (body, problem) = await JsonBody.ReadAsync<PollAllRequest>(request);
                if (problem is not null)
                {
                    return problem;
                }
                given = new PollAllRequest(body!.State ?? query.State, body.Host ?? query.Host, body.Ids ?? query.Ids);
            }
            var (filter, error) = ToFilter(given);
            if (error is not null)
            {
                return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Invalid filter");
            }
            var progress = await operations.StartAsync(filter!, request.HttpContext.RequestAborted);
            return Results.Accepted($"/api/sources/poll/{progress.Id}", progress);
        }).ReadsJson<PollAllRequest>()
            .Produces<PollProgress>(StatusCodes.Status202Accepted);

        sources.MapGet("/poll/{operation}", (string operation, PollOperations operations) =>
            operations.Get(operation) is { } progress
                ? Results.Ok(progress)
                : Results.Problem($"no poll operation '{QueryChecks.Shorten(operation)}' on this silo", statusCode: StatusCodes.Status404NotFound, title: "Unknown operation"))
            .Produces<PollProgress>().MayBeMissing();
    }

    /// <summary>The filter, or why the request's fields do not make one.</summary>
    public static (PollFilter? Filter, string? Error) ToFilter(PollAllRequest request)
    {
        SourceState? state = null;
        if (request.State is { } s)
        {
            if (!Enum.TryParse<SourceState>(s, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(s, out _))
            {
                return (null, $"state must be one of {string.Join(", ", Enum.GetNames<SourceState>().Select(n => n.ToLowerInvariant()))} (got '{QueryChecks.Shorten(s)}')");
            }
            state = parsed;
        }
        var host = string.IsNullOrWhiteSpace(request.Host) ? null : request.Host.Trim();
        if (host?.Length > ApiLimits.MaxUrlLength)
        {
            return (null, $"host must be at most {ApiLimits.MaxUrlLength} characters");
        }
        if (request.Ids is { } ids)
        {
            if (ids.Count > ApiLimits.MaxPollIds)
            {
                return (null, $"ids may name at most {ApiLimits.MaxPollIds} sources (got {ids.Count})");
            }
            if (ids.FirstOrDefault(i => string.IsNullOrEmpty(i) || i.Length > ApiLimits.MaxIdLength) is { } bad)
            {
                return (null, $"each id must be 1 to {ApiLimits.MaxIdLength} characters (got '{QueryChecks.Shorten(bad ?? "")}')");
            }
        }
        return (new PollFilter(state, host, request.Ids), null);
    }
}
