using Microsoft.Extensions.Configuration;
using Monitoring.Silo.Hosting;

namespace Monitoring.Silo.Tests.Cluster;

public sealed class ClusterSettingsTests
{
    private static SettingsException Refused(Dictionary<string, string?> values) =>
        Assert.Throws<SettingsException>(() => Settings.Load(new ConfigurationBuilder().AddInMemoryCollection(values).Build()));

    [Fact]
    public void Clustering_and_storage_must_agree_and_addresses_be_addresses()
    {
        Assert.Contains(Refused(new() { ["Cluster:Mode"] = "AdoNet" }).Problems, p => p.StartsWith("Cluster:Mode 'AdoNet' needs Storage:Provider 'Postgres'"));
        Assert.Contains(Refused(new() { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = "Host=db" }).Problems,
            p => p.StartsWith("Storage:Provider 'Postgres' needs Cluster:Mode 'AdoNet'"));
        Assert.Contains(Refused(new() { ["Cluster:Mode"] = "Kubernetes" }).Problems, p => p.StartsWith("Cluster:Mode must be 'Localhost' or 'AdoNet'"));
        Assert.Contains(Refused(new() { ["Cluster:AdvertisedAddress"] = "pod.local" }).Problems, p => p.StartsWith("Cluster:AdvertisedAddress must be an IP address"));
        Assert.Contains(Refused(new() { ["Storage:ClaimLease"] = "00:00:01" }).Problems, p => p.StartsWith("Storage:ClaimLease must be at least 10 s"));
        // Every silo seals webhook secrets with one key: none may make its own.
        Assert.Contains(Refused(new() { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = "Host=db", ["Cluster:Mode"] = "AdoNet" }).Problems,
            p => p.StartsWith("Storage:SecretKey is required when Storage:Provider is 'Postgres'"));
        Assert.Contains(Refused(new() { ["Delivery:Timeout"] = "00:00:30" }).Problems, p => p.StartsWith("Delivery:LeaseDuration must be at least Delivery:Timeout + 4 s"));

        var ok = Settings.Load(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = "Host=db",
            ["Storage:SecretKey"] = "Y2hhbmdlLW1lLWNoYW5nZS1tZS1jaGFuZ2UtbWUtMzI=",
            ["Cluster:Mode"] = "AdoNet",
            ["Cluster:AdvertisedAddress"] = "10.1.2.3",
        }).Build());
        Assert.Equal("10.1.2.3", ok.Cluster.AdvertisedAddress);
    }
}
