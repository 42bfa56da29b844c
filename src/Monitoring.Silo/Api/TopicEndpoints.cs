using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Monitoring.Abstractions;
using Monitoring.Grains.Topics;
using Monitoring.Silo.Auth;
using Monitoring.Storage;

namespace Monitoring.Silo.Api;

internal static class TopicEndpoints
{
    public static void MapTopicEndpoints(this WebApplication app)
    {
        var topics = app.MapGroup("/api/topics").WithTags("topics").RequireAuthorization();

        topics.MapPost("/", async (HttpRequest request, TopicDirectory directory, IGrainFactory grains, IOptions<TopicOptions> options, TimeProvider time) =>
        {
            var (body, problem) = await JsonBody.ReadAsync<TopicRequest>(request);
            if (problem is not null)
            {
                return problem;
            }
            var (spec, problems) = TopicDirectory.Validate(body, null);
            if (spec is null)
            {
                return Invalid(problems);
            }
            if (await directory.ExistsAsync(spec.Id))
            {
                return Results.Problem($"topic '{spec.Id}' exists; PUT /api/topics/{spec.Id} changes it",
                    statusCode: StatusCodes.Status409Conflict, title: "Topic exists");
            }
            var plan = TopicBackfill.Plan(body!.Backfill, options.Value, null, spec, time.GetUtcNow(), out var backfillProblem);
            if (backfillProblem is not null)
            {
                return Invalid([backfillProblem]);
            }
            var saved = await directory.SaveAsync(spec);
            var status = plan is null ? null : await grains.GetGrain<ITopicGrain>(saved.Id).StartBackfill(plan);
            return Results.Created($"/api/topics/{saved.Id}", TopicDetails.From(saved, status));
        }).ReadsJson<TopicRequest>().Produces<TopicDetails>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(ApiKeys.OperatorPolicy);

        topics.MapGet("/", async (ClaimsPrincipal user, TopicDirectory directory) =>
        {
            var all = await directory.ListAsync();
            var caller = Caller.From(user);
            return Results.Ok(TopicAccess.Visible(caller, all));
        }).Produces<IReadOnlyList<TopicSpec>>();

        topics.MapGet("/{id}", async (string id, ClaimsPrincipal user, TopicDirectory directory, TopicAccess access, IGrainFactory grains) =>
            await access.CanReadAsync(Caller.From(user), id) && await directory.GetAsync(id) is { } spec
                ? Results.Ok(TopicDetails.From(spec, await grains.GetGrain<ITopicGrain>(id).GetReplayStatus()))
                : NotFound(id)).Produces<TopicDetails>().MayBeMissing();

        topics.MapPut("/{id}", async (string id, HttpRequest request, TopicDirectory directory, IGrainFactory grains, IOptions<TopicOptions> options, TimeProvider time) =>
        {
            var (body, problem) = await JsonBody.ReadAsync<TopicRequest>(request);
            if (problem is not null)
            {
                return problem;
            }
            var outcome = await TopicRedefinition.RunAsync(id, body, directory, grains, options.Value, time.GetUtcNow());
            return outcome.Saved is { } saved ? Results.Ok(saved) : outcome.Missing ? NotFound(id) : Invalid(outcome.Problems);
        }).ReadsJson<TopicRequest>().Produces<TopicDetails>().MayBeMissing().RequireAuthorization(ApiKeys.OperatorPolicy);

        topics.MapDelete("/{id}", async (string id, TopicDirectory directory) =>
            await directory.DeleteAsync(id) ? Results.NoContent() : NotFound(id))
            .Produces(StatusCodes.Status204NoContent).MayBeMissing().RequireAuthorization(ApiKeys.OperatorPolicy);

        topics.MapGet("/{id}/alerts", async (string id, long? after, int? limit, ClaimsPrincipal user, TopicAccess access, TopicDirectory directory, ITopicStore store) =>
        {
            if (QueryChecks.First(QueryChecks.NotNegative("after", after), QueryChecks.Limit(limit)) is { } problem)
            {
                return QueryChecks.Invalid(problem);
            }
            if (!await access.CanReadAsync(Caller.From(user), id) || !await directory.ExistsAsync(id))
            {
                return NotFound(id);
            }
            var rows = await store.ReadAlertsAsync(id, after ?? 0, limit ?? 100);
            return Results.Ok(rows.Select(r => JsonDocument.Parse(r.PayloadJson).RootElement).ToList());
        }).Produces<IReadOnlyList<TopicAlert>>().ChecksQuery().MayBeMissing();

        topics.MapGet("/{id}/story", async (string id, string? asOf, ClaimsPrincipal user, TopicAccess access, TopicDirectory directory, IGrainFactory grains) =>
        {
            if (QueryChecks.Date("asOf", asOf, out var at) is { } problem)
            {
                return QueryChecks.Invalid(problem);
            }
            if (!await access.CanReadAsync(Caller.From(user), id) || !await directory.ExistsAsync(id))
            {
                return NotFound(id);
            }
            var story = await grains.GetGrain<ITopicGrain>(id).GetStory(at);
            return story is null ? NotFound(id) : Results.Text(story, "application/json");
        }).Produces<JsonElement>(StatusCodes.Status200OK, "application/json").ChecksQuery().MayBeMissing();

        topics.MapPost("/{id}/replay", async (string id, TopicDirectory directory, IGrainFactory grains) =>
            await directory.ExistsAsync(id)
                ? Results.Accepted($"/api/topics/{id}/replay", await grains.GetGrain<ITopicGrain>(id).StartReplay())
                : NotFound(id)).Produces<ReplayStatus>(StatusCodes.Status202Accepted).MayBeMissing().RequireAuthorization(ApiKeys.OperatorPolicy);

        topics.MapGet("/{id}/replay", async (string id, ClaimsPrincipal user, TopicAccess access, TopicDirectory directory, IGrainFactory grains) =>
            await access.CanReadAsync(Caller.From(user), id) && await directory.ExistsAsync(id) ? Results.Ok(await grains.GetGrain<ITopicGrain>(id).GetReplayStatus()) : NotFound(id))
            .Produces<ReplayStatus>().MayBeMissing();
    }

    private static IResult Invalid(IReadOnlyList<string> problems) =>
        Results.Problem(string.Join("; ", problems), statusCode: StatusCodes.Status400BadRequest, title: "Invalid topic");

    private static IResult NotFound(string id) =>
        Results.Problem($"no topic with id '{id}'", statusCode: StatusCodes.Status404NotFound, title: "Unknown topic");
}
