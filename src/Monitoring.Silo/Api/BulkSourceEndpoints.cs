using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Monitoring.Feeds;

namespace Monitoring.Silo.Api;

/// <summary>What an OPML import did: the totals, the refusals as text, and each outline's result in order.</summary>
public sealed record OpmlImportResult(int Added, int Existing, IReadOnlyList<string> Errors, IReadOnlyList<BulkItemResult> Items);

/// <summary>
/// Bulk registration: <c>POST /api/sources</c> with a JSON array, and <c>POST /api/sources/opml</c>.
/// A batch is checked feed by feed by default, as a single add is; an OPML import is not (its feeds come
/// from another reader where they already worked), unless <c>validate=true</c>.
/// </summary>
internal static class BulkSourceEndpoints
{
    public static void MapBulkSourceEndpoints(this RouteGroupBuilder sources)
    {
        sources.MapPost("/opml", async (HttpRequest request, BulkRegistration bulk, bool? validate) =>
        {
            var text = request.ContentLength > ApiLimits.MaxOpmlBodyBytes ? null : await ReadTextAsync(request);
            if (text is null)
            {
                return Results.Problem($"body must be at most {ApiLimits.MaxOpmlBodyBytes} bytes of OPML", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large");
            }
            var outcome = await SourceOpml.ImportAsync(text, validate ?? false, bulk, request.HttpContext.RequestAborted);
            return outcome.Result is { } result
                ? Results.Ok(result)
                : Results.Problem(outcome.Problem, statusCode: outcome.Status, title: outcome.Title);
        }).Accepts<string>("text/x-opml", "application/xml", "text/xml")
            .Produces<OpmlImportResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    /// <summary>
    /// The answer to <c>POST /api/sources</c> when its body is a JSON array, or null when it is not (the
    /// body is then rewound for the single-source handler).
    /// </summary>
    public static async Task<IResult?> TryBatchAsync(HttpRequest request, bool? validate)
    {
        if (!request.HasJsonContentType() || request.ContentLength > ApiLimits.MaxJsonBodyBytes)
        {
            return null;
        }
        request.EnableBuffering(ApiLimits.MaxJsonBodyBytes);
        var first = await FirstSignificantByteAsync(request.Body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        if (first != '[')
        {
            return null;
        }
        var (items, problem) = await JsonBody.ReadAsync<List<AddSourceRequest?>>(request);
        if (problem is not null)
        {
            return problem;
        }
        if (items!.Count > ApiLimits.MaxBatchSources)
        {
            return Results.Problem($"a batch may list at most {ApiLimits.MaxBatchSources} sources (got {items.Count}); use several batches or an OPML import",
                statusCode: StatusCodes.Status400BadRequest, title: "Batch too large");
        }
        var bulk = request.HttpContext.RequestServices.GetRequiredService<BulkRegistration>();
        var result = await bulk.RegisterAsync(items.Select(i => (i?.Url, i?.Title)).ToList(), validate ?? true, request.HttpContext.RequestAborted);
        return Results.Ok(result);
    }

    private static async Task<int> FirstSignificantByteAsync(Stream body, CancellationToken ct)
    {
        var one = new byte[1];
        while (await body.ReadAsync(one, ct) == 1)
        {
            if (one[0] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
            {
                return one[0];
            }
        }
        return -1;
    }

    private static async Task<string?> ReadTextAsync(HttpRequest request) =>
        await JsonBody.ReadAtMostAsync(request.Body, ApiLimits.MaxOpmlBodyBytes, request.HttpContext.RequestAborted) is { } bytes
            ? Encoding.UTF8.GetString(bytes)
            : null;
}
