using System.Data;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Silo.Tests.Infrastructure;
using Npgsql;
using Orleans.Runtime;

namespace Monitoring.Silo.Tests.Cluster;

/// <summary>Silos on one PostgreSQL with ADO.NET clustering form one cluster, with the SQL this project owns.</summary>
[Collection(UsesPostgres.Name)]
public sealed class AdoNetClusterTests(PostgresServer server)
{
    private static Dictionary<string, string?> ClusterSettings(string connectionString) => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:ConnectionString"] = connectionString,
        ["Storage:SecretKey"] = PostgresServer.SecretKey,
        ["Cluster:Mode"] = "AdoNet",
        ["Cluster:AdvertisedAddress"] = "127.0.0.1",
        ["Cluster:ClusterId"] = "test-" + Guid.NewGuid().ToString("n")[..8],
        ["Scheduler:Enabled"] = "false",
    };

    private static async Task<int> ActiveSilosAsync(RunningSilo silo)
    {
        var hosts = await silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        return hosts.Count;
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Two_silos_on_one_database_form_one_cluster_and_a_stopped_one_leaves_it()
    {
        var connectionString = await server.CreateDatabaseAsync();
        var settings = ClusterSettings(connectionString);
        await using var first = await RunningSilo.StartAsync(settings: settings);
        var second = await RunningSilo.StartAsync(settings: settings);
        try
        {
            await RunningSilo.EventuallyAsync(async () => await ActiveSilosAsync(first) == 2 && await ActiveSilosAsync(second) == 2,
                TimeSpan.FromSeconds(60), "both silos to see two active silos");
            Assert.Equal(2, await CountAsync(connectionString, "SELECT count(*) FROM orleans_membership WHERE status = 3"));
            foreach (var silo in new[] { first, second })
            {
                using var ready = await silo.Client.GetAsync("/readyz");
                Assert.True(ready.IsSuccessStatusCode, $"/readyz: {(int)ready.StatusCode}");
            }

            // What one silo stores, the other serves.
            var id = await first.AddSourceAsync(new Uri("https://example.org/feed.xml"), validate: false);
            var seen = await second.SourceAsync(id);
            Assert.Equal("https://example.org/feed.xml", seen.GetProperty("url").GetString());
        }
        finally
        {
            await second.DisposeAsync();
        }

        await RunningSilo.EventuallyAsync(async () => await ActiveSilosAsync(first) == 1, TimeSpan.FromSeconds(60), "the stopped silo to leave");
        Assert.Equal(1, await CountAsync(connectionString, "SELECT count(*) FROM orleans_membership WHERE status = 6"));
    }

    [Fact]
    public async Task Every_stored_query_runs_with_the_parameters_the_provider_binds()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using (var db = Monitoring.Storage.Postgres.PostgresDatabase.Open(connectionString))
        {
            // Opening migrates; the clustering step is part of the schema.
        }
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var queries = new Dictionary<string, string>();
        await using (var read = new NpgsqlCommand("SELECT QueryKey, QueryText FROM OrleansQuery", connection))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                queries[reader.GetString(reader.GetOrdinal("QueryKey"))] = reader.GetString(reader.GetOrdinal("QueryText"));
            }
        }
        string[] required =
        [
            "GatewaysQueryKey", "MembershipReadRowKey", "MembershipReadAllKey", "InsertMembershipVersionKey", "UpdateIAmAlivetimeKey",
            "InsertMembershipKey", "UpdateMembershipKey", "DeleteMembershipTableEntriesKey", "CleanupDefunctSiloEntriesKey", "CleanupDefunctSiloEntryKey",
        ];
        Assert.Empty(required.Except(queries.Keys));

        var now = DateTime.UtcNow;
        async Task<object?> RunAsync(string key, params (string Name, object? Value, DbType? Type)[] parameters)
        {
            await using var command = new NpgsqlCommand(queries[key], connection);
            foreach (var (name, value, type) in parameters)
            {
                var parameter = new NpgsqlParameter(name, value ?? DBNull.Value);
                if (type is { } t)
                {
                    parameter.DbType = t;
                }
                command.Parameters.Add(parameter);
            }
            return await command.ExecuteScalarAsync();
        }
        (string, object?, DbType?) P(string name, object? value, DbType? type = null) => (name, value, type);
        var silo = new[] { P("DeploymentId", "d"), P("Address", "10.0.0.1", DbType.AnsiString), P("Port", 11111), P("Generation", 7) };

        Assert.Equal(true, await RunAsync("InsertMembershipVersionKey", P("DeploymentId", "d")));
        Assert.Equal(false, await RunAsync("InsertMembershipVersionKey", P("DeploymentId", "d")));
        Assert.Equal(true, await RunAsync("InsertMembershipKey", [.. silo, P("IAmAliveTime", now), P("SiloName", "s"), P("HostName", "h"),
            P("StartTime", now), P("Status", 6), P("ProxyPort", 30000), P("Version", 0)]));
        // A stale version loses.
        Assert.Equal(false, await RunAsync("UpdateMembershipKey", [.. silo, P("IAmAliveTime", now), P("Status", 6), P("SuspectTimes", null), P("Version", 0)]));
        Assert.Equal(true, await RunAsync("UpdateMembershipKey", [.. silo, P("IAmAliveTime", now), P("Status", 6), P("SuspectTimes", null), P("Version", 1)]));
        await RunAsync("UpdateIAmAlivetimeKey", [.. silo, P("IAmAliveTime", now)]);
        await RunAsync("GatewaysQueryKey", P("DeploymentId", "d"), P("Status", 3));
        await RunAsync("MembershipReadRowKey", silo);
        await RunAsync("MembershipReadAllKey", P("DeploymentId", "d"));

        // The dead row goes once it is older than the cutoff, by either cleanup.
        await RunAsync("CleanupDefunctSiloEntryKey", [.. silo, P("IAmAliveTime", now.AddMilliseconds(1), DbType.DateTime), P("StartTime", now, DbType.DateTime), P("SuspectTimes", null)]);
        Assert.Equal(1L, await CountAsync(connectionString, "SELECT count(*) FROM orleans_membership"));
        await RunAsync("CleanupDefunctSiloEntriesKey", P("DeploymentId", "d"), P("IAmAliveTime", now.AddMinutes(1)));
        Assert.Equal(0L, await CountAsync(connectionString, "SELECT count(*) FROM orleans_membership"));

        await RunAsync("DeleteMembershipTableEntriesKey", P("DeploymentId", "d"));
        Assert.Equal(0L, await CountAsync(connectionString, "SELECT count(*) FROM orleans_membership_version"));
    }
}
