using Monitoring.Silo.Api;

namespace Monitoring.Silo.Dashboard.Pages;

public sealed class IndexModel(ActivityStats stats) : DashboardPage
{
    public ActivitySummary Summary { get; private set; } = null!;

    public async Task OnGetAsync() => Summary = await stats.SummaryAsync(Caller, HttpContext.RequestAborted);
}
