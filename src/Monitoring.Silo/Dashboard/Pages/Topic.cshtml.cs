using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Monitoring.Abstractions;
using Monitoring.Grains.Topics;
using Monitoring.Silo.Api;
using Monitoring.Storage;
using Monitoring.Stories;

namespace Monitoring.Silo.Dashboard.Pages;

public sealed class TopicModel(TopicDirectory directory, TopicAccess access, ITopicStore store, IGrainFactory grains,
    IOptions<TopicOptions> options, TimeProvider time) : DashboardPage
{
    private const int AlertsShown = 200;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public TopicSpec Spec { get; private set; } = null!;

    public StoryState Story { get; private set; } = new();

    public ReplayStatus Replay { get; private set; } = new();

    /// <summary>Newest first: sequence, time, one line.</summary>
    public IReadOnlyList<(long Seq, DateTimeOffset At, string Text)> Alerts { get; private set; } = [];

    public long LastSequence { get; private set; }

    /// <summary>The edit form: the definition, or what was typed when it was refused.</summary>
    public TopicForm Form { get; private set; } = new(null, null, null, null, null, null);

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? AsOf { get; set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await access.CanReadAsync(Caller, id) || await directory.GetAsync(id) is not { } spec)
        {
            return NotFound();
        }
        Spec = spec;
        Form = TopicForm.Of(spec);
        DateTimeOffset? asOf = DateOnly.TryParse(AsOf, System.Globalization.CultureInfo.InvariantCulture, out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero)
            : null;
        var grain = grains.GetGrain<ITopicGrain>(id);
        if (await grain.GetStory(asOf) is { } json)
        {
            Story = JsonSerializer.Deserialize<StoryState>(json, Json) ?? new StoryState();
        }
        Replay = await grain.GetReplayStatus();
        // The log's tail: the newest alerts, the live stream continues after the last.
        var last = await store.LastSequenceAsync(id, HttpContext.RequestAborted);
        var rows = await store.ReadAlertsAsync(id, Math.Max(0, last - AlertsShown), AlertsShown, HttpContext.RequestAborted);
        Alerts = [.. rows.OrderByDescending(r => r.Sequence).Select(r => (r.Sequence, r.At, AlertText.Describe(JsonDocument.Parse(r.PayloadJson).RootElement)))];
        LastSequence = rows.Count > 0 ? rows.Max(r => r.Sequence) : last;
        return Page();
    }

    /// <summary>Redefines the topic as <c>PUT /api/topics/{id}</c> does (a changed selection is backfilled).</summary>
    public async Task<IActionResult> OnPostEditAsync(string id, string? name, string? all, string? any, string? keywords, string? openTo,
        string? types, string? minOutlets)
    {
        if (!IsOperator)
        {
            return OperatorOnly();
        }
        var form = new TopicForm(id, name, all, any, keywords, openTo, types, minOutlets);
        var outcome = await TopicRedefinition.RunAsync(id, form.ToRequest(), directory, grains, options.Value, time.GetUtcNow());
        if (outcome.Missing)
        {
            return NotFound();
        }
        if (outcome.Saved is not { } saved)
        {
            var page = await OnGetAsync(id);
            Problems = outcome.Problems;
            Form = form;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }
        var backfill = saved.Backfill is { Running: true } ? " The archive is being applied to the new definition." : "";
        return Done($"Saved topic {id}.{backfill}", new { id });
    }

    public async Task<IActionResult> OnPostReplayAsync(string id)
    {
        if (!IsOperator)
        {
            return OperatorOnly();
        }
        if (!await directory.ExistsAsync(id))
        {
            return NotFound();
        }
        await grains.GetGrain<ITopicGrain>(id).StartReplay();
        return Done("Replay started.", new { id });
    }
}
