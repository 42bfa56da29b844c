using System.Text.Json;
using Monitoring.Abstractions;
using Monitoring.Extraction.Measures;
using Monitoring.Grains.Topics;
using Monitoring.Silo.Delivery;
using Monitoring.Storage;

namespace Monitoring.Silo.Api;

/// <summary>Validates topic definitions and keeps the topic list and the topic grains in step.</summary>
public sealed class TopicDirectory(IGrainFactory grains, ITopicStore store, ISubscriptionStore subscriptions, DeliverySink sink, TopicRoutingIndex routing, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Checks a request; returns the spec or the problems, each naming its field.</summary>
    public static (TopicSpec? Spec, IReadOnlyList<string> Problems) Validate(TopicRequest? request, string? id)
    {
        var problems = new List<string>();
        if (request is null)
        {
            return (null, ["a JSON body is required"]);
        }
        id ??= request.Id;
        if (!FieldChecks.IsSlug(id))
        {
            problems.Add($"id must be 1-{ApiLimits.MaxIdLength} characters of lower-case letters, digits and '-', not starting with '-'");
        }
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            problems.Add("name is required");
        }
        FieldChecks.Length(problems, "name", request.Name, ApiLimits.MaxNameLength);
        FieldChecks.List(problems, "allActors", request.AllActors);
        FieldChecks.List(problems, "anyActors", request.AnyActors);
        FieldChecks.List(problems, "keywords", request.Keywords);
        FieldChecks.List(problems, "measureTypes", request.MeasureTypes);
        FieldChecks.List(problems, "openTo", request.OpenTo);
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        var all = Clean(request.AllActors);
        var any = Clean(request.AnyActors);
        var keywords = Clean(request.Keywords);
        if (all.Count + any.Count + keywords.Count == 0)
        {
            problems.Add("a topic needs at least one of allActors, anyActors or keywords");
        }
        var types = request.MeasureTypes is null ? null : Clean(request.MeasureTypes);
        foreach (var unknown in types?.Where(t => !MeasureTypes.All.Contains(t)) ?? [])
        {
            problems.Add($"measureTypes: '{unknown}' is not one of {string.Join(", ", MeasureTypes.All)}");
        }
        var openTo = Clean(request.OpenTo);
        foreach (var key in openTo.Where(k => k != TopicAccess.Everyone && !FieldChecks.IsKeyId(k)))
        {
            problems.Add($"openTo: '{key}' is neither a key id nor '{TopicAccess.Everyone}'");
        }
        if (request.MinOutlets is < 1 or > ApiLimits.MaxMinOutlets)
        {
            problems.Add($"minOutlets must be between 1 and {ApiLimits.MaxMinOutlets}");
        }
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        return (new TopicSpec
        {
            Id = id!,
            Name = request.Name!.Trim(),
            AllActors = all,
            AnyActors = any,
            Keywords = keywords,
            MeasureTypes = types,
            MinOutlets = request.MinOutlets ?? 1,
            OpenTo = openTo,
        }, problems);
    }

    public async Task<TopicSpec> SaveAsync(TopicSpec spec)
    {
        var now = time.GetUtcNow();
        var existing = await store.GetTopicAsync(spec.Id);
        spec = spec with { CreatedAt = existing?.CreatedAt ?? now, UpdatedAt = now };
        var saved = await grains.GetGrain<ITopicGrain>(spec.Id).Define(spec);
        await store.UpsertTopicAsync(new TopicRow(spec.Id, spec.Name, JsonSerializer.Serialize(saved, Json), saved.CreatedAt, saved.UpdatedAt));
        routing.Invalidate();
        return saved;
    }

    public async Task<bool> ExistsAsync(string id) => await store.GetTopicAsync(id) is not null;

    public async Task<IReadOnlyList<TopicSpec>> ListAsync() =>
        (await store.ListTopicsAsync()).Select(row => JsonSerializer.Deserialize<TopicSpec>(row.DefinitionJson, Json)!).ToList();

    public async Task<TopicSpec?> GetAsync(string id) =>
        await store.GetTopicAsync(id) is { } row ? JsonSerializer.Deserialize<TopicSpec>(row.DefinitionJson, Json) : null;

    public async Task<bool> DeleteAsync(string id)
    {
        if (!await store.RemoveTopicAsync(id))
        {
            return false;
        }
        routing.Invalidate();
        // The grain first: it stops a running backfill before it clears, so nothing it hands on
        // afterwards can reach a subscription still there.
        await grains.GetGrain<ITopicGrain>(id).Delete();
        // Its subscriptions go with it: their cursors, pending deliveries and webhook ids count this
        // topic's alerts, and a topic made again under the id numbers its alerts from 1.
        foreach (var subscription in (await subscriptions.ListAsync(owner: null)).Where(s => s.Topic == id))
        {
            await subscriptions.RemoveAsync(subscription.Id);
        }
        sink.SubscriptionsChanged();
        return true;
    }

    private static List<string> Clean(IReadOnlyList<string?>? values) =>
        values?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList() ?? [];
}
