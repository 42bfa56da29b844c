namespace Monitoring.Silo.Tests.Delivery;

/// <summary>Silo settings that make retries quick enough to watch in a test.</summary>
internal static class DeliverySettings
{
    public static Dictionary<string, string?> Fast(string? horizon = null) => new()
    {
        ["Scheduler:Enabled"] = "false",
        ["Delivery:AllowPrivateNetworks"] = "true",
        ["Delivery:InitialBackoff"] = "00:00:00.100",
        ["Delivery:MaxBackoff"] = "00:00:00.300",
        ["Delivery:PollInterval"] = "00:00:00.050",
        ["Delivery:Timeout"] = "00:00:01",
        ["Delivery:Horizon"] = horizon ?? "01:00:00",
    };
}
