using System.Security.Claims;
using Microsoft.Extensions.Options;
using Monitoring.Extraction.Measures;
using Monitoring.Silo.Auth;
using Monitoring.Silo.Delivery;
using Monitoring.Storage;

namespace Monitoring.Silo.Api;

internal static class SubscriptionEndpoints
{

    public static void MapSubscriptionEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/subscriptions").WithTags("subscriptions").RequireAuthorization();

        group.MapPost("/", async (HttpRequest request, ClaimsPrincipal user, ISubscriptionStore store, DeliverySink sink, OutboxCatchUp catchUp,
            AlertSignal signal, TopicDirectory topics, IOptions<DeliveryOptions> delivery, TimeProvider time) =>
        {
            var (body, problem) = await JsonBody.ReadAsync<SubscriptionRequest>(request);
            if (problem is not null)
            {
                return problem;
            }
            var caller = Caller.From(user);
            var now = time.GetUtcNow();
            var (subscription, problems) = await ValidateAsync(body, caller, topics, delivery.Value, null);
            if (body?.After is { } after && (after < 0 || subscription?.Channel.Type == SubscriptionChannel.Stream))
            {
                problems.Add(after < 0
                    ? $"after: a sequence, 0 or more (got {after})"
                    : "after: a stream subscription resumes where its client says (GET /api/stream with after= or Last-Event-ID)");
            }
            if (subscription is null || problems.Count > 0)
            {
                return Invalid(problems);
            }
            subscription = subscription with { Id = ApiKeys.NewId(), Owner = caller.KeyId, CreatedAt = now, UpdatedAt = now };
            // Served from the topic's next alert on, or from after the sequence asked for: the store sets the
            // cursor as it inserts, and the history after it is queued here rather than at the next catch-up.
            await store.UpsertAsync(subscription, body!.After);
            sink.SubscriptionsChanged();
            if (body.After is not null && await catchUp.RunForTopicAsync(subscription.Topic, request.HttpContext.RequestAborted) is { Count: > 0 } served)
            {
                signal.DeliveriesStored(served);
            }
            return Results.Created($"/api/subscriptions/{subscription.Id}", View(subscription, showSecret: true));
        }).ReadsJson<SubscriptionRequest>().Produces<SubscriptionView>(StatusCodes.Status201Created);

        group.MapGet("/", async (ClaimsPrincipal user, ISubscriptionStore store) =>
        {
            var caller = Caller.From(user);
            var owner = caller.IsOperator ? null : caller.KeyId;
            var list = await store.ListAsync(owner);
            var states = await store.DeliveryStatesAsync(owner);
            // A subscription added between the two reads has delivered nothing yet.
            return Results.Ok(list.Select(s => View(s, showSecret: false, states.GetValueOrDefault(s.Id, DeliveryState.None))).ToList());
        }).Produces<IReadOnlyList<SubscriptionView>>();

        group.MapGet("/{id}", async (string id, ClaimsPrincipal user, ISubscriptionStore store) =>
            await FindAsync(id, user, store) is { } s ? Results.Ok(View(s, showSecret: false, await store.DeliveryStateAsync(s.Id))) : NotFound(id))
            .Produces<SubscriptionView>().MayBeMissing();

        group.MapPut("/{id}", async (string id, HttpRequest request, ClaimsPrincipal user, ISubscriptionStore store, DeliverySink sink, TopicDirectory topics, IOptions<DeliveryOptions> delivery, TimeProvider time) =>
        {
            if (await FindAsync(id, user, store) is not { } existing)
            {
                return NotFound(id);
            }
            var (body, problem) = await JsonBody.ReadAsync<SubscriptionRequest>(request);
            if (problem is not null)
            {
                return problem;
            }
            var (subscription, problems) = await ValidateAsync(body, Caller.From(user), topics, delivery.Value, existing);
            if (body?.After is not null)
            {
                // A change keeps the cursor: what was delivered is not sent again, nor what was skipped sent now.
                problems.Add("after: only when a subscription is created; create a new one to receive the topic's history");
            }
            if (subscription is null || problems.Count > 0)
            {
                return Invalid(problems);
            }
            if (!string.Equals(subscription.Topic, existing.Topic, StringComparison.Ordinal))
            {
                // Its cursor, pending deliveries and webhook ids count the old topic's alerts.
                return Invalid([$"topic: a subscription's topic cannot change (it follows '{existing.Topic}'); create a new subscription"]);
            }
            // Saving again re-enables a subscription that a 410 Gone had disabled.
            subscription = subscription with { Id = id, Owner = existing.Owner, CreatedAt = existing.CreatedAt, UpdatedAt = time.GetUtcNow(), DisabledReason = null };
            await store.UpsertAsync(subscription);
            sink.SubscriptionsChanged();
            return Results.Ok(View(subscription, showSecret: body?.Channel?.Secret is null && existing.Channel.Secret != subscription.Channel.Secret));
        }).ReadsJson<SubscriptionRequest>().Produces<SubscriptionView>().MayBeMissing();

        group.MapDelete("/{id}", async (string id, ClaimsPrincipal user, ISubscriptionStore store, DeliverySink sink) =>
        {
            if (await FindAsync(id, user, store) is null || !await store.RemoveAsync(id))
            {
                return NotFound(id);
            }
            sink.SubscriptionsChanged();
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).MayBeMissing();

        group.MapGet("/{id}/dead-letters", async (string id, int? limit, ClaimsPrincipal user, ISubscriptionStore store) =>
            QueryChecks.Limit(limit) is { } problem
                ? QueryChecks.Invalid(problem)
                : await FindAsync(id, user, store) is null
                    ? NotFound(id)
                    : Results.Ok((await store.DeadLettersAsync(id, limit ?? 100)).Select(DeadLetter)))
            .Produces<IReadOnlyList<DeadLetterView>>().ChecksQuery().MayBeMissing();

        group.MapPost("/{id}/dead-letters/replay", async (string id, ClaimsPrincipal user, ISubscriptionStore store, AlertSignal signal, TimeProvider time) =>
        {
            if (await FindAsync(id, user, store) is null)
            {
                return NotFound(id);
            }
            var replayed = await store.ReplayDeadLettersAsync(id, time.GetUtcNow());
            signal.DeliveriesStored([id]);
            return Results.Ok(new DeadLetterReplay(replayed));
        }).Produces<DeadLetterReplay>().MayBeMissing();
    }

    /// <summary>The subscription when the caller owns it or is an operator; another's is reported as missing.</summary>
    private static async Task<Subscription?> FindAsync(string id, ClaimsPrincipal user, ISubscriptionStore store)
    {
        var caller = Caller.From(user);
        var s = await store.GetAsync(id);
        return s is not null && (caller.IsOperator || s.Owner == caller.KeyId) ? s : null;
    }

    private static async Task<(Subscription?, List<string>)> ValidateAsync(SubscriptionRequest? body, Caller caller, TopicDirectory topics, DeliveryOptions delivery, Subscription? existing)
    {
        var problems = new List<string>();
        if (body is null)
        {
            return (null, ["a JSON body with topic and channel is required"]);
        }
        var f = body.Filters ?? new FiltersRequest(null, null, null, null, null);
        FieldChecks.Length(problems, "topic", body.Topic, ApiLimits.MaxIdLength);
        FieldChecks.List(problems, "filters.kinds", f.Kinds);
        FieldChecks.List(problems, "filters.measureTypes", f.MeasureTypes);
        FieldChecks.List(problems, "filters.actors", f.Actors);
        FieldChecks.Length(problems, "filters.minStatus", f.MinStatus, ApiLimits.MaxItemLength);
        FieldChecks.Length(problems, "channel.type", body.Channel?.Type, ApiLimits.MaxItemLength);
        FieldChecks.Length(problems, "channel.url", body.Channel?.Url, ApiLimits.MaxUrlLength);
        FieldChecks.Length(problems, "channel.secret", body.Channel?.Secret, ApiLimits.MaxSecretLength);
        if (problems.Count > 0)
        {
            // Past a bound: nothing more is looked at, and nothing long is echoed back.
            return (null, problems);
        }
        if (string.IsNullOrWhiteSpace(body.Topic))
        {
            problems.Add("topic is required");
        }
        else if (await topics.GetAsync(body.Topic) is not { } topic || !TopicAccess.CanSee(caller, topic))
        {
            // A topic not opened to this subscriber is answered as one that does not exist.
            problems.Add($"no topic with id '{body.Topic}'");
        }
        problems.AddRange((f.Kinds ?? []).Where(k => !AlertKinds.All.Contains(k)).Select(k => $"filters.kinds: unknown alert kind '{k}'"));
        problems.AddRange((f.MeasureTypes ?? []).Where(t => !MeasureTypes.All.Contains(t)).Select(t => $"filters.measureTypes: unknown measure type '{t}'"));
        if (f.MinStatus is not null && !MeasureStatus.Growing.Contains(f.MinStatus))
        {
            problems.Add($"filters.minStatus must be one of {string.Join(", ", MeasureStatus.Growing)}");
        }
        if (f.MinCorroboration is < 0 or > ApiLimits.MaxMinCorroboration)
        {
            problems.Add($"filters.minCorroboration must be between 0 and {ApiLimits.MaxMinCorroboration}");
        }
        SubscriptionChannel? channel = null;
        switch (body.Channel?.Type)
        {
            case SubscriptionChannel.Webhook:
                if (await WebhookClient.CheckAsync(body.Channel.Url, delivery.AllowPrivateNetworks, CancellationToken.None) is { } urlProblem)
                {
                    problems.Add(urlProblem);
                }
                var secret = body.Channel.Secret ?? (existing?.Channel.Url is not null ? existing.Channel.Secret : null) ?? WebhookSignature.NewSecret();
                if (secret.Length < ApiLimits.MinSecretLength)
                {
                    problems.Add($"channel.secret must be at least {ApiLimits.MinSecretLength} characters");
                }
                channel = new SubscriptionChannel { Type = SubscriptionChannel.Webhook, Url = body.Channel.Url, Secret = secret };
                break;
            case SubscriptionChannel.Stream:
                channel = new SubscriptionChannel { Type = SubscriptionChannel.Stream };
                break;
            default:
                problems.Add("channel.type must be 'webhook' or 'stream'");
                break;
        }
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        return (new Subscription
        {
            Id = "",
            Owner = "",
            Topic = body.Topic!,
            Filters = new SubscriptionFilters
            {
                Kinds = f.Kinds ?? [],
                MeasureTypes = f.MeasureTypes ?? [],
                Actors = f.Actors?.Where(a => !string.IsNullOrWhiteSpace(a)).ToList() ?? [],
                MinStatus = f.MinStatus,
                MinCorroboration = f.MinCorroboration ?? 0,
            },
            Channel = channel!,
            Ordered = body.Ordered ?? existing?.Ordered ?? false,
        }, problems);
    }

    private static SubscriptionView View(Subscription s, bool showSecret, DeliveryState? delivery = null) => new(
        s.Id, s.Owner, s.Topic, s.Filters, new ChannelView(s.Channel.Type, s.Channel.Url, showSecret ? s.Channel.Secret : null),
        s.Ordered, s.DisabledReason, s.CreatedAt, s.UpdatedAt, delivery);

    private static DeadLetterView DeadLetter(OutboxEntry e) => new(
        DeliverySink.WebhookId(e.SubscriptionId, e.Sequence), e.Sequence, e.TopicId, e.Attempts, e.FirstFailureAt, e.LastError,
        System.Text.Json.JsonDocument.Parse(e.Body).RootElement);

    private static IResult Invalid(IReadOnlyList<string> problems) =>
        Results.Problem(string.Join("; ", problems), statusCode: StatusCodes.Status400BadRequest, title: "Invalid subscription");

    private static IResult NotFound(string id) =>
        Results.Problem($"no subscription with id '{id}'", statusCode: StatusCodes.Status404NotFound, title: "Unknown subscription");
}
