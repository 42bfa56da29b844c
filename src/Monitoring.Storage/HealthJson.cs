using System.Text.Json;
using Monitoring.Abstractions;

namespace Monitoring.Storage;

/// <summary>Health is kept as JSON beside the row so listings need no grain and no binary decoder.</summary>
internal static class HealthJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(SourceHealth health) => JsonSerializer.Serialize(health, Options);

    public static SourceHealth Read(string json) => JsonSerializer.Deserialize<SourceHealth>(json, Options) ?? new SourceHealth();
}
