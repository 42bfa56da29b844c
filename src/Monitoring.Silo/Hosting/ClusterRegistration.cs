using System.Data.Common;
using System.Net;
using Npgsql;
using Orleans.Configuration;

namespace Monitoring.Silo.Hosting;

internal static class ClusterRegistration
{
    /// <summary>The ADO.NET invariant Orleans looks the PostgreSQL driver up by.</summary>
    public const string NpgsqlInvariant = "Npgsql";

    /// <summary>Localhost clustering for the embedded default; ADO.NET clustering on the shared PostgreSQL otherwise.</summary>
    public static ISiloBuilder UseMonitoringClustering(this ISiloBuilder silo, ClusteringOptions cluster, string? connectionString)
    {
        if (cluster.Mode == ClusteringOptions.Localhost)
        {
            return silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
        }
        // .NET has no machine-wide provider list: the driver is registered under its invariant name here.
        DbProviderFactories.RegisterFactory(NpgsqlInvariant, NpgsqlFactory.Instance);
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = NpgsqlInvariant;
            o.ConnectionString = connectionString;
        });
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = cluster.ClusterId;
            o.ServiceId = cluster.ServiceId;
        });
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = cluster.ProbeTimeout;
            o.MinProbeTimeout = cluster.ProbeTimeout / 2;
            o.MaxProbeTimeout = cluster.MaxProbeTimeout;
            o.NumMissedProbesLimit = cluster.MissedProbesLimit;
        });
        // Listening on every interface while advertising one address: what a pod behind its IP needs.
        var advertised = cluster.AdvertisedAddress is { } address ? IPAddress.Parse(address) : null;
        return advertised is null
            ? silo.ConfigureEndpoints(cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: true)
            : silo.ConfigureEndpoints(advertised, cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: true);
    }
}
