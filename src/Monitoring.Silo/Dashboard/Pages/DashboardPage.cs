using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monitoring.Silo.Auth;

namespace Monitoring.Silo.Dashboard.Pages;

/// <summary>What every signed-in page shares: who is calling, and the answer when an operator is needed.</summary>
public abstract class DashboardPage : PageModel
{
    public Caller Caller => Caller.From(User);

    public bool IsOperator => Caller.IsOperator;

    protected IActionResult OperatorOnly() => Forbid(DashboardAuth.Scheme);

    /// <summary>Back to the same page (GET) with a message shown once.</summary>
    protected IActionResult Done(string notice, object? routeValues = null)
    {
        TempData["Notice"] = notice;
        return RedirectToPage(routeValues);
    }
}
