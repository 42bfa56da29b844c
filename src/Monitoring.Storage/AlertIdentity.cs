using System.Text.Json;
using Monitoring.Extraction.Measures;

namespace Monitoring.Storage;

/// <summary>
/// What an alert is about, the same however it was derived: a live article, a journal applied again
/// after a crash, or a replay. The log keeps one alert per identity and topic, so a replay that
/// derives an alert already told finds it and tells nothing.
/// </summary>
public static class AlertIdentity
{
    public static string Of(string kind, string? actor, string? type, string? imposer, string? target, string? status)
    {
        var measure = $"{type}|{imposer}|{target}".ToLowerInvariant();
        return kind switch
        {
            AlertKinds.NewActor => "actor|" + actor?.ToLowerInvariant(),
            // A measure is first told as new or as a new target, depending on what was known before: one telling.
            AlertKinds.NewMeasure or AlertKinds.NewTarget => "measure|" + measure,
            AlertKinds.StatusChange => $"status|{measure}|{status?.ToLowerInvariant()}",
            _ => $"{kind}|{actor?.ToLowerInvariant()}|{measure}|{status?.ToLowerInvariant()}",
        };
    }

    /// <summary>The identity of an alert logged as JSON (the log's payload, web casing).</summary>
    public static string OfPayload(string payloadJson)
    {
        using var document = JsonDocument.Parse(payloadJson);
        var root = document.RootElement;
        string? Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return Of(Text("kind") ?? "", Text("actor"), Text("type"), Text("imposer"), Text("target"), Text("status"));
    }
}
