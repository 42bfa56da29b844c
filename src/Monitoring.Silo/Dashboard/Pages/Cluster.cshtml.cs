namespace Monitoring.Silo.Dashboard.Pages;

/// <summary>Silos and their activations, from the management grain (operators only, by the page's policy).</summary>
public sealed class ClusterModel(IGrainFactory grains) : DashboardPage
{
    public IReadOnlyList<(string Silo, string Status, int Activations)> Silos { get; private set; } = [];

    public IReadOnlyList<(string Type, int Activations)> GrainTypes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetHosts(onlyActive: false);
        var stats = await management.GetSimpleGrainStatistics();
        var perSilo = stats.GroupBy(s => s.SiloAddress).ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount));
        Silos = [.. hosts.OrderBy(h => h.Key.ToString(), StringComparer.Ordinal)
            .Select(h => (h.Key.ToString(), h.Value.ToString(), perSilo.GetValueOrDefault(h.Key)))];
        GrainTypes = [.. stats.GroupBy(s => s.GrainType).Select(g => (g.Key, g.Sum(s => s.ActivationCount))).OrderByDescending(t => t.Item2)];
    }
}
