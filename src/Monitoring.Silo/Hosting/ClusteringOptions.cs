namespace Monitoring.Silo.Hosting;

/// <summary>How silos find each other. Section <c>Cluster</c>.</summary>
public sealed class ClusteringOptions
{
    public const string Section = "Cluster";

    public const string Localhost = "Localhost";
    public const string AdoNet = "AdoNet";

    /// <summary>
    /// <c>Localhost</c>: one silo on this machine (the embedded default). <c>AdoNet</c>: any number of silos
    /// that find each other through the membership tables in the PostgreSQL database of <c>Storage:ConnectionString</c>.
    /// </summary>
    public string Mode { get; set; } = Localhost;

    /// <summary>
    /// <c>AdoNet</c> only: the address other silos and clients reach this one at (on Kubernetes, the pod IP).
    /// Unset: the first address of this host's name. The silo listens on every interface either way.
    /// </summary>
    public string? AdvertisedAddress { get; set; }

    public string ClusterId { get; set; } = "monitoring";

    public string ServiceId { get; set; } = "monitoring";

    /// <summary>Silo-to-silo port.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Client gateway port.</summary>
    public int GatewayPort { get; set; } = 30000;

    public IEnumerable<string> Validate()
    {
        if (Mode is not (Localhost or AdoNet))
        {
            yield return $"Cluster:Mode must be 'Localhost' or 'AdoNet' (got '{Mode}')";
        }
        if (AdvertisedAddress is not null && !System.Net.IPAddress.TryParse(AdvertisedAddress, out _))
        {
            yield return $"Cluster:AdvertisedAddress must be an IP address (got '{AdvertisedAddress}')";
        }
        if (SiloPort is < 1 or > 65535)
        {
            yield return "Cluster:SiloPort must be a TCP port (1-65535)";
        }
        if (GatewayPort is < 1 or > 65535 || GatewayPort == SiloPort)
        {
            yield return "Cluster:GatewayPort must be a TCP port (1-65535) other than Cluster:SiloPort";
        }
        if (string.IsNullOrWhiteSpace(ClusterId) || string.IsNullOrWhiteSpace(ServiceId))
        {
            yield return "Cluster:ClusterId and Cluster:ServiceId must not be empty";
        }
    }
}
