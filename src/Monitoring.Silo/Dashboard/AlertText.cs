using System.Text.Json;

namespace Monitoring.Silo.Dashboard;

/// <summary>One line for an alert in the log; dashboard.js writes the same line for alerts that arrive live.</summary>
public static class AlertText
{
    public static string Describe(JsonElement alert)
    {
        string? Get(string name) => alert.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var kind = Get("kind") ?? "alert";
        var subject = Get("actor") ?? $"{Get("type")} {Get("imposer")} → {Get("target")}";
        var status = Get("status");
        return status is null ? $"{kind}: {subject}" : $"{kind}: {subject} ({status})";
    }
}
