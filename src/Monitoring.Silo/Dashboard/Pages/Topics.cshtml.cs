using Microsoft.AspNetCore.Mvc;
using Monitoring.Abstractions;
using Monitoring.Silo.Api;

namespace Monitoring.Silo.Dashboard.Pages;

/// <summary>
/// The create and edit forms as typed: comma-separated lists, kept to show again beside their problems. Empty
/// measure types mean all types; empty outlets, one.
/// </summary>
public sealed record TopicForm(string? Id, string? Name, string? All, string? Any, string? Keywords, string? OpenTo, string? Types = null, string? MinOutlets = null)
{
    public TopicRequest ToRequest() => new(Id?.Trim(), Name, Split(All), Split(Any), Split(Keywords),
        string.IsNullOrWhiteSpace(Types) ? null : Split(Types),
        // Not a number: out of range, so the check names the field.
        string.IsNullOrWhiteSpace(MinOutlets) ? null : int.TryParse(MinOutlets, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0,
        Split(OpenTo));

    /// <summary>A topic's definition as the edit form shows it.</summary>
    public static TopicForm Of(TopicSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return new(spec.Id, spec.Name, Join(spec.AllActors), Join(spec.AnyActors), Join(spec.Keywords), Join(spec.OpenTo),
            spec.MeasureTypes is null ? null : Join(spec.MeasureTypes), spec.MinOutlets.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Join(IReadOnlyList<string> values) => string.Join(", ", values);

    private static List<string> Split(string? list) =>
        [.. (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

public sealed class TopicsModel(TopicDirectory directory) : DashboardPage
{
    public IReadOnlyList<TopicSpec> Topics { get; private set; } = [];

    public TopicForm Form { get; private set; } = new(null, null, null, null, null, null);

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task OnGetAsync() => Topics = TopicAccess.Visible(Caller, await directory.ListAsync());

    public async Task<IActionResult> OnPostCreateAsync(string? id, string? name, string? all, string? any, string? keywords, string? openTo)
    {
        if (!IsOperator)
        {
            return OperatorOnly();
        }
        Form = new TopicForm(id, name, all, any, keywords, openTo);
        var (spec, problems) = TopicDirectory.Validate(Form.ToRequest(), null);
        if (spec is not null && await directory.ExistsAsync(spec.Id))
        {
            problems = [$"a topic with id '{spec.Id}' exists"];
            spec = null;
        }
        if (spec is null)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await OnGetAsync();
            return Page();
        }
        await directory.SaveAsync(spec);
        TempData["Notice"] = $"Created topic {spec.Id}.";
        return RedirectToPage("/Topic", new { id = spec.Id });
    }
}
