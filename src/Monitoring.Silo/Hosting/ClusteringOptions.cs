namespace Monitoring.Silo.Hosting;

/// <summary>How silos find each other. Section <c>Cluster</c>.</summary>
public sealed class ClusteringOptions
{
    public const string Section = "Cluster";

    /// <summary><c>Localhost</c>: one silo on this machine (the embedded default).</summary>
    public string Mode { get; set; } = "Localhost";

    public string ClusterId { get; set; } = "monitoring";

    public string ServiceId { get; set; } = "monitoring";

    /// <summary>Silo-to-silo port.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Client gateway port.</summary>
    public int GatewayPort { get; set; } = 30000;

    public IEnumerable<string> Validate()
    {
        if (Mode != "Localhost")
        {
            yield return $"Cluster:Mode must be 'Localhost' (got '{Mode}')";
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
