using System.Text.Json;

namespace Monitoring.Storage;

/// <summary>
/// What a source's next conditional GET needs, kept on its catalog row beside its health: a poll answered
/// 304 then reads no grain state. Written only after the state holding the seen ids, so the row's validators
/// are never newer than the items stored (an older pair only makes the next GET unconditional).
/// </summary>
public sealed record PollValidators(string? ETag, DateTimeOffset? LastModified, TimeSpan? LearnedInterval)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    internal static string Write(PollValidators validators) => JsonSerializer.Serialize(validators, Options);

    internal static PollValidators? Read(string? json) => json is null ? null : JsonSerializer.Deserialize<PollValidators>(json, Options);
}
