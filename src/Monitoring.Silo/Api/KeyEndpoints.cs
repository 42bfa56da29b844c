using Monitoring.Silo.Auth;
using Monitoring.Silo.Delivery;
using Monitoring.Storage;

namespace Monitoring.Silo.Api;

internal static class KeyEndpoints
{
    public static void MapKeyEndpoints(this WebApplication app)
    {
        var keys = app.MapGroup("/api/keys").WithTags("keys").RequireAuthorization(ApiKeys.OperatorPolicy);

        keys.MapPost("/", async (HttpRequest request, IApiKeyStore store, ApiKeyCache cache, TimeProvider time) =>
        {
            var (body, problem) = await JsonBody.ReadAsync<KeyRequest>(request);
            if (problem is not null)
            {
                return problem;
            }
            if (body!.Name?.Length > ApiLimits.MaxNameLength)
            {
                return Results.Problem($"name must be at most {ApiLimits.MaxNameLength} characters (got {body.Name.Length})", statusCode: StatusCodes.Status400BadRequest, title: "Invalid key");
            }
            if (string.IsNullOrWhiteSpace(body.Name) || !ApiKeys.IsRole(body.Role))
            {
                return Results.Problem("name is required and role must be 'operator' or 'subscriber'", statusCode: StatusCodes.Status400BadRequest, title: "Invalid key");
            }
            var key = ApiKeys.NewKey();
            var row = new ApiKeyRow(ApiKeys.NewId(), body.Name.Trim(), body.Role!, ApiKeys.Hash(key), time.GetUtcNow());
            await store.UpsertAsync(row);
            cache.Clear();
            // The only time the key is seen: the store keeps its hash.
            return Results.Created($"/api/keys/{row.Id}", new KeyCreated(row.Id, row.Name, row.Role, row.CreatedAt, key));
        }).ReadsJson<KeyRequest>().Produces<KeyCreated>(StatusCodes.Status201Created);

        keys.MapGet("/", async (IApiKeyStore store) =>
            Results.Ok((await store.ListAsync()).Select(k => new KeyInfo(k.Id, k.Name, k.Role, k.CreatedAt)))).Produces<IReadOnlyList<KeyInfo>>();

        keys.MapDelete("/{id}", async (string id, IApiKeyStore store, ApiKeyCache cache, DeliverySink sink) =>
        {
            var removal = await store.RemoveAsync(id, ApiKeys.Operator);
            // Forgotten here at once; other silos forget it within Auth:KeyCacheDuration.
            cache.Clear();
            switch (removal)
            {
                case KeyRemoval.NotFound:
                    return Results.Problem($"no key with id '{id}'", statusCode: StatusCodes.Status404NotFound, title: "Unknown key");
                case KeyRemoval.LastOfRole:
                    return Results.Problem($"key '{id}' is the last operator key; create another operator key before deleting it",
                        statusCode: StatusCodes.Status409Conflict, title: "Last operator key");
                default:
                    // Its subscriptions went with it: this silo's cached lists must not deliver them.
                    sink.SubscriptionsChanged();
                    return Results.NoContent();
            }
        }).Produces(StatusCodes.Status204NoContent).MayBeMissing().ProducesProblem(StatusCodes.Status409Conflict);
    }
}
