using Monitoring.Silo.Auth;

namespace Monitoring.Silo.Api;

/// <summary>One silo as the cluster's membership knows it, with its activations by grain type.</summary>
public sealed record SiloView(string Address, int Generation, string Status, int Activations, IReadOnlyDictionary<string, int> ByGrainType);

/// <summary>What <c>GET /api/cluster</c> shows: every silo the membership lists, in address order.</summary>
public sealed record ClusterView(IReadOnlyList<SiloView> Silos);

internal static class ClusterEndpoints
{
    /// <summary>
    /// <c>GET /api/cluster</c> (operators): the silos and where the activations are, asked of every active
    /// silo through the management grain, so any silo answers for the whole cluster.
    /// </summary>
    public static void MapClusterEndpoints(this WebApplication app) =>
        app.MapGet("/api/cluster", async (IGrainFactory grains, HttpContext http) =>
        {
            var management = grains.GetGrain<IManagementGrain>(0);
            var hosts = await management.GetHosts(onlyActive: false, http.RequestAborted);
            var stats = await management.GetSimpleGrainStatistics();
            var bySilo = stats.ToLookup(s => s.SiloAddress);
            var silos = hosts.OrderBy(h => h.Key.ToString(), StringComparer.Ordinal).Select(h =>
            {
                var types = bySilo[h.Key].GroupBy(s => ShortName(s.GrainType))
                    .ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount), StringComparer.Ordinal);
                return new SiloView(h.Key.Endpoint.ToString(), h.Key.Generation, h.Value.ToString(), types.Values.Sum(), types);
            }).ToList();
            return Results.Ok(new ClusterView(silos));
        }).WithTags("cluster").Produces<ClusterView>().RequireAuthorization(ApiKeys.OperatorPolicy);

    /// <summary>The class name without its namespace and assembly: <c>SourceGrain</c>, not the full type name.</summary>
    internal static string ShortName(string grainType)
    {
        var name = grainType.Split(',')[0];
        return name[(name.LastIndexOf('.') + 1)..];
    }
}
