namespace Monitoring.Storage;

/// <summary>An API key as stored: never the key itself, only its SHA-256 hash.</summary>
public sealed record ApiKeyRow(string Id, string Name, string Role, byte[] KeyHash, DateTimeOffset CreatedAt);

/// <summary>What deleting a key did.</summary>
public enum KeyRemoval
{
    Removed,
    NotFound,

    /// <summary>Kept: it is the last key with the protected role.</summary>
    LastOfRole,
}

/// <summary>The API keys the silo accepts.</summary>
public interface IApiKeyStore
{
    /// <summary>Adds a key; an existing key with the same id is replaced.</summary>
    Task UpsertAsync(ApiKeyRow key, CancellationToken ct = default);

    Task<ApiKeyRow?> FindByHashAsync(byte[] keyHash, CancellationToken ct = default);

    Task<IReadOnlyList<ApiKeyRow>> ListAsync(CancellationToken ct = default);

    /// <summary>
    /// Deletes a key with the subscriptions it owns and their deliveries, in one write, so no silo
    /// finds them to deliver afterwards. The last key with <paramref name="protectedRole"/> is kept.
    /// </summary>
    Task<KeyRemoval> RemoveAsync(string id, string protectedRole, CancellationToken ct = default);

    Task<bool> AnyWithRoleAsync(string role, CancellationToken ct = default);
}
