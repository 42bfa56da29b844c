using Monitoring.Abstractions;
using Monitoring.Grains.Topics;

namespace Monitoring.Silo.Api;

/// <summary>What redefining a topic came to: the topic as saved, or the problems, or that there is no such topic.</summary>
public sealed record RedefineOutcome(TopicDetails? Saved, IReadOnlyList<string> Problems, bool Missing);

/// <summary>
/// Redefines a topic, as <c>PUT /api/topics/{id}</c> does and the dashboard's edit form: checked, saved, and
/// backfilled when it now follows other articles (or the request asks for a backfill).
/// </summary>
public static class TopicRedefinition
{
    public static async Task<RedefineOutcome> RunAsync(string id, TopicRequest? request, TopicDirectory directory, IGrainFactory grains,
        TopicOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(grains);
        var (spec, problems) = TopicDirectory.Validate(request, id);
        if (spec is null)
        {
            return new(null, problems, false);
        }
        if (await directory.GetAsync(id) is not { } before)
        {
            return new(null, [], true);
        }
        var plan = TopicBackfill.Plan(request!.Backfill, options, before, spec, now, out var backfillProblem);
        if (backfillProblem is not null)
        {
            return new(null, [backfillProblem], false);
        }
        var saved = await directory.SaveAsync(spec);
        var grain = grains.GetGrain<ITopicGrain>(id);
        var status = plan is null ? await grain.GetReplayStatus() : await grain.StartBackfill(plan);
        return new(TopicDetails.From(saved, status), [], false);
    }
}
