using System.Text.Json;

namespace Monitoring.Silo.Delivery;

/// <summary>Tells a logged alert a quiet backfill raised (<c>"quiet":true</c>) from one to deliver.</summary>
public static class QuietAlerts
{
    public static bool IsQuiet(string payloadJson)
    {
        // Most alerts lack the property (it is written only when true): skip parsing them.
        if (!payloadJson.Contains("\"quiet\"", StringComparison.Ordinal))
        {
            return false;
        }
        using var document = JsonDocument.Parse(payloadJson);
        return document.RootElement.TryGetProperty("quiet", out var quiet) && quiet.ValueKind == JsonValueKind.True;
    }
}
