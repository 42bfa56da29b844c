using System.Text;
using Microsoft.AspNetCore.Mvc;
using Monitoring.Abstractions;
using Monitoring.Feeds;
using Monitoring.Silo.Api;
using Monitoring.Storage;

namespace Monitoring.Silo.Dashboard.Pages;

public sealed class SourcesModel(ISourceCatalog catalog, SourceDirectory directory, FeedFetcher fetcher, BulkRegistration bulk) : DashboardPage
{
    public const int PageSize = 50;

    /// <summary>Refused imports listed in the notice at most; the rest are counted.</summary>
    private const int RefusalsShown = 5;

    /// <summary>Pages past this are not asked for (keeps the offset in range whatever the query says).</summary>
    private const int MaxPage = 1_000_000;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<CatalogEntry> Items { get; private set; } = [];

    public int Matching { get; private set; }

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Matching + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        // An unknown state shows every state, as the filter's "any".
        var state = SourceStateNames.TryParse(State, out var named) ? named : null;
        var filter = new SourceFilter(Q, state);
        // Filtered, paged and counted by the catalog: a page costs the same with ten sources or a million.
        var page = await catalog.FindAsync(filter, (Math.Clamp(PageNumber, 1, MaxPage) - 1) * PageSize, PageSize, ct);
        (Items, Matching) = (page.Items, page.Matching);
        Total = state is null && filter.Words.Count == 0 ? Matching : await catalog.CountAsync(ct);
    }

    public string PageLink(int page) => "/sources" + QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Q,
        ["state"] = State,
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    /// <summary><c>GET /sources?handler=Opml</c>: every source as OPML, the same document as <c>GET /api/sources.opml</c>.</summary>
    public async Task<IActionResult> OnGetOpmlAsync() =>
        File(Encoding.UTF8.GetBytes(await SourceOpml.ExportAsync(catalog, HttpContext.RequestAborted)), "text/x-opml", "sources.opml");

    public async Task<IActionResult> OnPostAddAsync(string? url, string? title, bool check)
    {
        if (!IsOperator)
        {
            return OperatorOnly();
        }
        var outcome = await directory.AddAsync(url, title, check ? uri => SourceCheck.RunAsync(fetcher, uri, HttpContext.RequestAborted) : null);
        return Done(outcome.Error is not null
            ? $"Not added: {outcome.Error}"
            : outcome.Created ? $"Added {outcome.Source!.Url}." : $"{outcome.Source!.Url} was already registered.");
    }

    /// <summary>An OPML file registered as <c>POST /api/sources/opml</c> does: not checked unless asked.</summary>
    public async Task<IActionResult> OnPostImportAsync(IFormFile? opml, bool check)
    {
        if (!IsOperator)
        {
            return OperatorOnly();
        }
        if (opml is null || opml.Length == 0)
        {
            return Done("Not imported: choose an OPML file.");
        }
        if (opml.Length > ApiLimits.MaxOpmlBodyBytes)
        {
            return Done($"Not imported: the file must be at most {ApiLimits.MaxOpmlBodyBytes} bytes.");
        }
        string text;
        using (var reader = new StreamReader(opml.OpenReadStream(), Encoding.UTF8))
        {
            text = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        }
        var outcome = await SourceOpml.ImportAsync(text, check, bulk, HttpContext.RequestAborted);
        if (outcome.Result is not { } result)
        {
            return Done($"Not imported: {outcome.Problem}");
        }
        var refusals = result.Errors.Count == 0 ? ""
            : " Refused: " + string.Join("; ", result.Errors.Take(RefusalsShown))
                + (result.Errors.Count > RefusalsShown ? $"; and {result.Errors.Count - RefusalsShown} more." : ".");
        return Done($"Imported: {result.Added} added, {result.Existing} already registered, {result.Errors.Count} refused.{refusals}");
    }

    public async Task<IActionResult> OnPostPollAsync(string id)
    {
        if (!IsOperator)
        {
            return OperatorOnly();
        }
        var report = await directory.PollAsync(id);
        return Done(report is null ? "No such source."
            : report.Succeeded ? $"Polled: {report.NewArticles} new articles of {report.ItemsInFeed} items."
            : $"Poll failed: {report.Error}", new { Q, State, p = PageNumber });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id)
    {
        if (!IsOperator)
        {
            return OperatorOnly();
        }
        return Done(await directory.RemoveAsync(id) ? "Removed." : "No such source.", new { Q, State, p = PageNumber });
    }
}
