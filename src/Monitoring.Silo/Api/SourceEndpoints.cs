using System.Text;
using Monitoring.Abstractions;
using Monitoring.Feeds;
using Monitoring.Silo.Auth;
using Monitoring.Storage;

namespace Monitoring.Silo.Api;

/// <summary>Body of <c>POST /api/sources</c>; <c>validate: false</c> registers without fetching the feed first.</summary>
public sealed record AddSourceRequest(string? Url, string? Title, bool? Validate = null);

/// <summary>A source as registered, with what the feed held when it was checked (null when it was not).</summary>
public sealed record AddedSource(string Id, string Url, string? Title, string? SiteUrl, DateTimeOffset CreatedAt, SourceHealth Health, SourceCheckResult? Check)
{
    public static AddedSource From(SourceInfo s, SourceCheckResult? check) => new(s.Id, s.Url, s.Title, s.SiteUrl, s.CreatedAt, s.Health, check);
}

/// <summary>A page of sources as the catalog lists them.</summary>
public sealed record SourceList(int Total, IReadOnlyList<SourceInfo> Items);

internal static class SourceEndpoints
{
    public static void MapSourceEndpoints(this WebApplication app)
    {
        var sources = app.MapGroup("/api/sources").WithTags("sources").ReadAnyWriteOperator();

        sources.MapPost("/", async (HttpRequest request, SourceDirectory directory, FeedFetcher fetcher, bool? validate) =>
        {
            // A JSON array registers a batch (see BulkSourceEndpoints).
            if (await BulkSourceEndpoints.TryBatchAsync(request, validate) is { } batch)
            {
                return batch;
            }
            var (body, problem) = await JsonBody.ReadAsync<AddSourceRequest>(request);
            if (problem is not null)
            {
                return problem;
            }
            // Checked by default; validate=false (query or body) registers a feed that is down for now.
            Func<Uri, Task<SourceCheckResult>>? check = (validate ?? body!.Validate ?? true)
                ? uri => SourceCheck.RunAsync(fetcher, uri, request.HttpContext.RequestAborted)
                : null;
            var outcome = await directory.AddAsync(body!.Url, body.Title, check);
            if (outcome.Unreachable)
            {
                // Registering anyway is for a feed that is down for now, not for an address every poll would refuse.
                var anyway = outcome.Check!.Refused ? "" : " (register it anyway with validate=false, or the CLI's --no-validate)";
                return Results.Problem(outcome.Error + anyway,
                    statusCode: StatusCodes.Status422UnprocessableEntity, title: "Feed check failed",
                    extensions: new Dictionary<string, object?> { ["httpStatus"] = outcome.Check!.HttpStatus });
            }
            return outcome.Error is not null
                ? Results.Problem(outcome.Error, statusCode: StatusCodes.Status400BadRequest, title: "Invalid source")
                : outcome.Created
                    ? Results.Created($"/api/sources/{outcome.Source!.Id}", AddedSource.From(outcome.Source, outcome.Check))
                    : Results.Ok(AddedSource.From(outcome.Source!, null));
        }).ReadsJson<AddSourceRequest>()
            .Produces<AddedSource>(StatusCodes.Status201Created)
            .Produces<AddedSource>(StatusCodes.Status200OK)
            // A JSON array instead registers a batch and answers with a result per item.
            .Produces<BulkRegistrationResult>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        sources.MapGet("/", async (ISourceCatalog catalog, int? offset, int? limit, string? state, string? q, HttpContext http) =>
        {
            if (QueryChecks.First(QueryChecks.NotNegative("offset", offset), QueryChecks.Limit(limit), QueryChecks.Length("q", q, ApiLimits.MaxUrlLength)) is { } problem)
            {
                return QueryChecks.Invalid(problem);
            }
            if (!SourceStateNames.TryParse(state, out var wanted))
            {
                return QueryChecks.Invalid($"state must be one of {SourceStateNames.Expected} (got '{QueryChecks.Shorten(state!)}')");
            }
            // Filtered and counted by the catalog; total counts the sources that match.
            var page = await catalog.FindAsync(new SourceFilter(q, wanted), offset ?? 0, limit ?? 100, http.RequestAborted);
            return Results.Ok(new SourceList(page.Matching, page.Items.Select(ToInfo).ToList()));
        }).Produces<SourceList>().ChecksQuery();

        sources.MapGet("/{id}", async (string id, SourceDirectory directory) =>
            await directory.GetAsync(id) is { } info ? Results.Ok(info) : NotFound(id)).Produces<SourceInfo>().MayBeMissing();

        sources.MapDelete("/{id}", async (string id, SourceDirectory directory) =>
            await directory.RemoveAsync(id) ? Results.NoContent() : NotFound(id)).Produces(StatusCodes.Status204NoContent).MayBeMissing();

        sources.MapPost("/{id}/poll", async (string id, SourceDirectory directory) =>
            await directory.PollAsync(id) is { } report ? Results.Ok(report) : NotFound(id)).Produces<PollReport>().MayBeMissing();

        sources.MapBulkSourceEndpoints();
        sources.MapPollHistoryEndpoints();
        sources.MapPollAllEndpoints();

        app.MapGet("/api/sources.opml", async (ISourceCatalog catalog, HttpContext http) =>
        {
            var opml = await SourceOpml.ExportAsync(catalog, http.RequestAborted);
            return Results.Text(opml, "text/x-opml", Encoding.UTF8);
        }).WithTags("sources").RequireAuthorization().Produces<string>(StatusCodes.Status200OK, "text/x-opml");
    }

    private static SourceInfo ToInfo(CatalogEntry e) => new()
    {
        Id = e.Id,
        Url = e.Url,
        Title = e.Title,
        CreatedAt = e.CreatedAt,
        Health = e.Health,
    };

    private static IResult NotFound(string id) =>
        Results.Problem($"no source with id '{id}'", statusCode: StatusCodes.Status404NotFound, title: "Unknown source");
}
