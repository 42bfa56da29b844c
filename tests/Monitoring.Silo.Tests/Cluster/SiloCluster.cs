using System.Globalization;
using System.Text.Json;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Cluster;

/// <summary>One silo process of a <see cref="SiloCluster"/>: its process, its silo port (how the membership names it) and an operator client.</summary>
internal sealed record ClusterMember(SiloProcess Process, int SiloPort, HttpClient Api);

/// <summary>Activations of one active silo, by grain class name (<c>SourceGrain</c>, <c>TopicGrain</c>, ...).</summary>
internal sealed record SiloActivations(int SiloPort, int Total, IReadOnlyDictionary<string, int> ByType)
{
    public int Of(string type) => ByType.GetValueOrDefault(type);
}

/// <summary>
/// Silo processes of one cluster on a test database, each started with what the rendered Deployment
/// gives a pod (<see cref="SiloDeathTests.Settings"/>) plus the test's own settings.
/// </summary>
internal sealed class SiloCluster(string connectionString, IReadOnlyDictionary<string, string> settings) : IAsyncDisposable
{
    private readonly string _clusterId = "cluster-" + Guid.NewGuid().ToString("n")[..8];

    public List<ClusterMember> Members { get; } = [];

    public string ConnectionString => connectionString;

    /// <summary>Starts <paramref name="count"/> silos at once and waits until the membership shows them all active.</summary>
    public async Task StartAsync(int count)
    {
        var started = Enumerable.Range(0, count).Select(_ => Launch()).ToList();
        foreach (var member in started)
        {
            await member.Process.WaitReadyAsync(TimeSpan.FromSeconds(120));
        }
        await WaitActiveAsync(Members.Count(m => !m.Process.HasExited));
    }

    /// <summary>Starts one more silo and waits until it is active.</summary>
    public async Task<ClusterMember> AddAsync()
    {
        var member = Launch();
        await member.Process.WaitReadyAsync(TimeSpan.FromSeconds(120));
        await WaitActiveAsync(Members.Count(m => !m.Process.HasExited));
        return member;
    }

    public Task WaitActiveAsync(int count) => RunningSilo.EventuallyAsync(
        async () => await SiloDeathTests.CountAsync(connectionString, "SELECT count(*) FROM orleans_membership WHERE status = 3") == count,
        TimeSpan.FromSeconds(90), $"{count} active silos in the membership table");

    /// <summary>The member whose process id is <paramref name="pid"/>.</summary>
    public ClusterMember ByProcess(int pid) => Members.Single(m => m.Process.ProcessId == pid);

    /// <summary>Activations per active silo, from <c>GET /api/cluster</c> of <paramref name="via"/>, keyed by silo port.</summary>
    public static async Task<Dictionary<int, SiloActivations>> ActivationsAsync(ClusterMember via)
    {
        using var response = await via.Api.GetAsync("/api/cluster");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET /api/cluster: {(int)response.StatusCode} {text}");
        using var document = JsonDocument.Parse(text);
        var result = new Dictionary<int, SiloActivations>();
        foreach (var silo in document.RootElement.GetProperty("silos").EnumerateArray())
        {
            if (silo.GetProperty("status").GetString() != "Active")
            {
                continue;
            }
            var address = silo.GetProperty("address").GetString()!;
            var port = int.Parse(address[(address.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture);
            var byType = silo.GetProperty("byGrainType").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal);
            result[port] = new SiloActivations(port, silo.GetProperty("activations").GetInt32(), byType);
        }
        return result;
    }

    /// <summary>One line per silo: its port, total activations and those of <paramref name="types"/>.</summary>
    public static string Describe(IReadOnlyDictionary<int, SiloActivations> activations, params string[] types) =>
        string.Join("; ", activations.Values.OrderBy(a => a.SiloPort).Select(a =>
            $"silo :{a.SiloPort} {a.Total} activations ({string.Join(", ", types.Select(t => $"{a.Of(t)} {t}"))})"));

    private ClusterMember Launch()
    {
        // Each silo's pool is bounded so that four silos stay within the test server's 200 connections (Npgsql's default is 100 a pool).
        var pod = SiloDeathTests.Settings(connectionString + ";Maximum Pool Size=40", _clusterId);
        foreach (var (key, value) in settings)
        {
            pod[key] = value;
        }
        var process = SiloProcess.Start(FreePort.Next(), pod);
        var member = new ClusterMember(process, int.Parse(pod["Cluster__SiloPort"], CultureInfo.InvariantCulture), SiloDeathTests.Client(process));
        Members.Add(member);
        return member;
    }

    /// <summary>The last lines each silo wrote (warnings and errors), for a test's output when it fails.</summary>
    public string Tails(int chars = 3000) => string.Join("\n", Members.Select(m =>
        $"--- silo :{m.SiloPort}{(m.Process.HasExited ? " (exited)" : "")}\n{(m.Process.Output.Length > chars ? m.Process.Output[^chars..] : m.Process.Output)}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var member in Members)
        {
            member.Api.Dispose();
            await member.Process.DisposeAsync();
        }
    }
}
