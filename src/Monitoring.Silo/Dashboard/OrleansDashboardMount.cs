using Orleans.Dashboard;
using Orleans.Hosting;

namespace Monitoring.Silo.Dashboard;

/// <summary>
/// Orleans' own dashboard (package Microsoft.Orleans.Dashboard, the version of the other Orleans packages) at
/// <see cref="Path"/>, for operators signed in to this dashboard only. Its script, styles and fonts are served
/// from the package's assembly, so it needs no internet either. It is the silo's runtime view (grain calls,
/// latencies, silo counters), linked from the cluster page.
/// </summary>
public static class OrleansDashboardMount
{
    public const string Path = "/cluster/orleans";

    /// <summary>Collects the grain call statistics the Orleans dashboard shows (every silo needs it for a whole-cluster view).</summary>
    public static ISiloBuilder AddOrleansDashboard(this ISiloBuilder silo) => silo.AddDashboard();

    /// <summary>Its pages and JSON, behind the operator policy; not part of the API, so not in the OpenAPI document.</summary>
    public static void MapOrleansDashboardForOperators(this WebApplication app) =>
        app.MapOrleansDashboard(Path).RequireAuthorization(DashboardAuth.OperatorPolicy).ExcludeFromDescription();
}
