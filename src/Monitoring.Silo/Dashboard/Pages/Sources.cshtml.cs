using Microsoft.AspNetCore.Mvc;
using Monitoring.Abstractions;
using Monitoring.Feeds;
using Monitoring.Silo.Api;
using Monitoring.Storage;

namespace Monitoring.Silo.Dashboard.Pages;

public sealed class SourcesModel(ISourceCatalog catalog, SourceDirectory directory, FeedFetcher fetcher) : DashboardPage
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<CatalogEntry> Items { get; private set; } = [];

    public int Matching { get; private set; }

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Matching + SourceQuery.DefaultPageSize - 1) / SourceQuery.DefaultPageSize);

    public async Task OnGetAsync()
    {
        if (string.IsNullOrWhiteSpace(Q) && string.IsNullOrEmpty(State))
        {
            // Unfiltered: one page from the catalog, not a scan of every source.
            Total = Matching = await catalog.CountAsync(HttpContext.RequestAborted);
            Items = await catalog.ListAsync((Math.Max(1, PageNumber) - 1) * SourceQuery.DefaultPageSize, SourceQuery.DefaultPageSize, HttpContext.RequestAborted);
            return;
        }
        var all = await ActivityStats.AllSourcesAsync(catalog, HttpContext.RequestAborted);
        var state = Enum.TryParse<SourceState>(State, ignoreCase: true, out var s) ? s : (SourceState?)null;
        (Items, Matching) = new SourceQuery(Q, state, PageNumber).Apply(all);
        Total = all.Count;
    }

    public string PageLink(int page) => "/sources" + QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Q,
        ["state"] = State,
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

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
