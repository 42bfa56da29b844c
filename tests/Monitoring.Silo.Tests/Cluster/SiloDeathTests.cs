using System.Globalization;
using System.Net.Http.Json;
using Monitoring.Silo.Tests.Infrastructure;
using Monitoring.Silo.Tests.Kubernetes;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;
using Npgsql;

namespace Monitoring.Silo.Tests.Cluster;

/// <summary>A silo killed with -9 is declared dead by the others, and what it hosted comes back on them.</summary>
[Collection(UsesPostgres.Name)]
public sealed class SiloDeathTests(PostgresServer server, ITestOutputHelper output)
{
    /// <summary>
    /// What the rendered Deployment gives a pod (k8s/base ConfigMap), with what differs between two silos
    /// on one machine rather than two pods: the database, the ports, the advertised address.
    /// </summary>
    internal static Dictionary<string, string> Settings(string connectionString, string clusterId)
    {
        var pod = Manifests.Load("base").Of("ConfigMap", "monitoring-settings").Map("data").Children
            .ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value!);
        pod.Remove("ASPNETCORE_URLS");
        pod["Storage__ConnectionString"] = connectionString;
        pod["Storage__SecretKey"] = PostgresServer.SecretKey;
        pod["Cluster__AdvertisedAddress"] = "127.0.0.1";
        pod["Cluster__ClusterId"] = clusterId;
        pod["Cluster__SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        pod["Cluster__GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        pod["Scheduler__Enabled"] = "false";
        pod["Auth__BootstrapOperatorKey"] = RunningSilo.OperatorKey;
        pod["Logging__LogLevel__Default"] = "Warning";
        return pod;
    }

    internal static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    internal static HttpClient Client(SiloProcess silo)
    {
        var client = new HttpClient { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", RunningSilo.OperatorKey);
        return client;
    }

    [Fact]
    public async Task A_killed_silo_is_declared_dead_and_its_grains_live_on_in_the_other()
    {
        var connectionString = await server.CreateDatabaseAsync();
        var clusterId = "death-" + Guid.NewGuid().ToString("n")[..8];
        await using var survivor = SiloProcess.Start(FreePort.Next(), Settings(connectionString, clusterId));
        await survivor.WaitReadyAsync(TimeSpan.FromSeconds(90));
        await using var victim = SiloProcess.Start(FreePort.Next(), Settings(connectionString, clusterId));
        await victim.WaitReadyAsync(TimeSpan.FromSeconds(90));
        await RunningSilo.EventuallyAsync(async () => await CountAsync(connectionString, "SELECT count(*) FROM orleans_membership WHERE status = 3") == 2,
            TimeSpan.FromSeconds(30), "two active silos");

        // Topics made through the victim: some of their grains live there.
        using var victimApi = Client(victim);
        var topics = Enumerable.Range(0, 8).Select(i => $"topic-{i}").ToList();
        foreach (var topic in topics)
        {
            using var created = await victimApi.PostAsJsonAsync("/api/topics", new { id = topic, name = topic, allActors = new[] { "Japan" }, keywords = new[] { "sanction" } });
            Assert.True(created.IsSuccessStatusCode, $"POST /api/topics: {(int)created.StatusCode}");
        }

        await victim.KillAsync();
        var killedAt = DateTime.UtcNow;
        await RunningSilo.EventuallyAsync(async () => await CountAsync(connectionString, "SELECT count(*) FROM orleans_membership WHERE status = 6") == 1,
            TimeSpan.FromSeconds(90), "the killed silo to be declared dead");
        var declaredAfter = DateTime.UtcNow - killedAt;
        output.WriteLine($"declared dead {declaredAfter.TotalSeconds:F1} s after kill -9");

        using var survivorApi = Client(survivor);
        foreach (var topic in topics)
        {
            using var story = await survivorApi.GetAsync($"/api/topics/{topic}/story");
            Assert.True(story.IsSuccessStatusCode, $"GET story of {topic} after the kill: {(int)story.StatusCode}");
        }
        Assert.True(declaredAfter < TimeSpan.FromSeconds(90), $"declared dead after {declaredAfter.TotalSeconds:F0} s");
    }
}
