using Microsoft.AspNetCore.Mvc;
using Monitoring.Abstractions;
using Monitoring.Silo.Api;
using Monitoring.Storage;

namespace Monitoring.Silo.Dashboard.Pages;

public sealed class SourceModel(SourceDirectory directory, IArticleArchive archive, ISourceCatalog catalog) : DashboardPage
{
    private const int RecentArticles = 30;

    public SourceInfo Info { get; private set; } = null!;

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    /// <summary>The polls the catalog keeps, newest first.</summary>
    public IReadOnlyList<PollRecord> Polls { get; private set; } = [];

    public static string Result(PollRecord poll) => !poll.Succeeded ? "failed" : poll.NotModified ? "not modified" : "ok";

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await directory.GetAsync(id) is not { } info)
        {
            return NotFound();
        }
        Info = info;
        Articles = await archive.QueryAsync(id, null, RecentArticles, HttpContext.RequestAborted);
        Polls = await catalog.RecentPollsAsync(id, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostPollAsync(string id)
    {
        if (!IsOperator)
        {
            return OperatorOnly();
        }
        var report = await directory.PollAsync(id);
        return Done(report is null ? "No such source." : report.Succeeded ? $"Polled: {report.NewArticles} new articles." : $"Poll failed: {report.Error}", new { id });
    }
}
