using System.Security.Claims;
using Monitoring.Silo.Auth;

namespace Monitoring.Silo.Api;

internal static class StatsEndpoints
{
    /// <summary><c>GET /api/stats</c>: the overview's counts (sources by state, articles per hour, alerts per day, deliveries, silos).</summary>
    public static void MapStatsEndpoints(this WebApplication app) =>
        app.MapGet("/api/stats", async (ClaimsPrincipal user, ActivityStats stats, HttpContext http) =>
            Results.Ok(await stats.SummaryAsync(Caller.From(user), http.RequestAborted)))
            .WithTags("stats").Produces<ActivitySummary>().RequireAuthorization();
}
