namespace Monitoring.Storage;

/// <summary>An API key as stored: never the key itself, only its SHA-256 hash.</summary>
public sealed record ApiKeyRow(string Id, string Name, string Role, byte[] KeyHash, DateTimeOffset CreatedAt);

/// <summary>The API keys the silo accepts.</summary>
public interface IApiKeyStore
{
    /// <summary>Adds a key; an existing key with the same id is replaced.</summary>
    Task UpsertAsync(ApiKeyRow key, CancellationToken ct = default);

    Task<ApiKeyRow?> FindByHashAsync(byte[] keyHash, CancellationToken ct = default);

    Task<IReadOnlyList<ApiKeyRow>> ListAsync(CancellationToken ct = default);

    Task<bool> RemoveAsync(string id, CancellationToken ct = default);

    Task<bool> AnyWithRoleAsync(string role, CancellationToken ct = default);
}
