using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Monitoring.Storage;

namespace Monitoring.Silo.Auth;

/// <summary>
/// The keys found recently, by hash, for <see cref="AuthOptions.KeyCacheDuration"/>: without it every API
/// request reads the key store. A key deleted through this silo is forgotten at once; other silos stop
/// accepting it within the duration. Unknown keys are not kept, so callers cannot fill memory with them.
/// </summary>
public sealed class ApiKeyCache(IApiKeyStore store, IOptions<AuthOptions> options, TimeProvider time)
{
    /// <summary>Far more keys than a deployment has; past it the cache starts again rather than grow.</summary>
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, (ApiKeyRow Row, DateTimeOffset Until)> _found = new(StringComparer.Ordinal);
    private readonly TimeSpan _duration = options.Value.KeyCacheDuration;
    private long _generation;

    public async Task<ApiKeyRow?> FindAsync(byte[] keyHash, CancellationToken ct)
    {
        if (_duration <= TimeSpan.Zero)
        {
            return await store.FindByHashAsync(keyHash, ct);
        }
        var name = Convert.ToHexString(keyHash);
        if (_found.TryGetValue(name, out var hit) && hit.Until > time.GetUtcNow())
        {
            return hit.Row;
        }
        // A removal while the store is read must not leave the removed key cached.
        var generation = Interlocked.Read(ref _generation);
        var row = await store.FindByHashAsync(keyHash, ct);
        if (row is null)
        {
            _found.TryRemove(name, out _);
            return null;
        }
        if (_found.Count >= MaxEntries)
        {
            _found.Clear();
        }
        if (Interlocked.Read(ref _generation) == generation)
        {
            _found[name] = (row, time.GetUtcNow() + _duration);
        }
        return row;
    }

    /// <summary>Forgets every key: called when keys are added or removed.</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _found.Clear();
    }
}
