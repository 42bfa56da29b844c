namespace Monitoring.Storage;

/// <summary>A stored grain state: opaque bytes and the ETag that guards the next write.</summary>
public sealed record StoredState(byte[] Data, string ETag);

/// <summary>
/// Key-value storage of grain state with optimistic concurrency. Writes name the ETag they
/// read; a mismatch means another activation wrote first.
/// </summary>
public interface IGrainStateStore
{
    Task<StoredState?> ReadAsync(string stateType, string key, CancellationToken ct = default);

    /// <summary>Writes and returns the new ETag; throws <see cref="StateConflictException"/> on a stale ETag.</summary>
    Task<string> WriteAsync(string stateType, string key, byte[] data, string? expectedETag, CancellationToken ct = default);

    Task ClearAsync(string stateType, string key, string? expectedETag, CancellationToken ct = default);
}

/// <summary>The ETag a write named is not the stored one.</summary>
public sealed class StateConflictException(string message) : Exception(message);
