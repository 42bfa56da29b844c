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

    /// <summary>
    /// <c>AdoNet</c> only: the first time-out of a liveness probe, and the period between probes (Orleans adapts both
    /// to the answer times it sees, from half of this up to <see cref="MaxProbeTimeout"/>). Orleans' 5 s suits large
    /// clusters; a small one wants a dead silo declared within seconds, so its sources are polled again within 30 s.
    /// </summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// <c>AdoNet</c> only: the most the adapted probe time-out may grow to on a slow, loaded machine (Orleans: four
    /// times <see cref="ProbeTimeout"/>). With <see cref="MissedProbesLimit"/> it bounds how long a dead silo goes unsuspected.
    /// </summary>
    public TimeSpan MaxProbeTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary><c>AdoNet</c> only: probes missed in a row before a silo votes another dead (two votes declare it).</summary>
    public int MissedProbesLimit { get; set; } = 3;

    public IEnumerable<string> Validate()
    {
        if (ProbeTimeout < TimeSpan.FromMilliseconds(500) || MaxProbeTimeout < ProbeTimeout || MaxProbeTimeout > TimeSpan.FromMinutes(1))
        {
            yield return $"Cluster:ProbeTimeout must be at least 500 ms and Cluster:MaxProbeTimeout between it and 1 min (got {ProbeTimeout} and {MaxProbeTimeout})";
        }
        if (MissedProbesLimit is < 1 or > 10)
        {
            yield return $"Cluster:MissedProbesLimit must be 1-10 (got {MissedProbesLimit})";
        }
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
