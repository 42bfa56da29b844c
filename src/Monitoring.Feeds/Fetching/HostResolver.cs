using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Monitoring.Feeds;

/// <summary>A name that could not be resolved, said as an operator reads it.</summary>
public sealed class HostLookupException(string message) : IOException(message);

/// <summary>
/// Name lookups that never hold a caller past their own time limit. The platform resolver may block a
/// thread per lookup underneath (glibc's getaddrinfo does); so lookups in flight are bounded (waiting for
/// a slot is asynchronous), one lookup serves every caller asking for the same name at once, and a name
/// that failed is answered from memory for a short while, so a flood of sources on a dead host costs
/// one lookup, not one thread each.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A SemaphoreSlim whose wait handle is never asked for holds nothing to dispose; the resolver lives as long as its handler.")]
public sealed class HostResolver
{
    private readonly TimeSpan _timeout;
    private readonly TimeSpan _failureMemory;
    private readonly SemaphoreSlim _slots;
    private readonly TimeProvider _time;
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _lookup;
    private readonly ConcurrentDictionary<string, Lazy<Task<IPAddress[]>>> _inFlight = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (DateTimeOffset Until, string Reason)> _failed = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="timeout">Longest one lookup may take.</param>
    /// <param name="maxConcurrent">Lookups in flight at once in this resolver.</param>
    /// <param name="failureMemory">How long a failed name is answered as failed without asking again.</param>
    /// <param name="lookup">The lookup itself: the platform's resolver when null; tests give names the answers they need.</param>
    public HostResolver(TimeSpan timeout, int maxConcurrent, TimeSpan failureMemory, TimeProvider? time = null,
        Func<string, CancellationToken, Task<IPAddress[]>>? lookup = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrent, 1);
        _timeout = timeout;
        _failureMemory = failureMemory;
        _slots = new SemaphoreSlim(maxConcurrent, maxConcurrent);
        _time = time ?? TimeProvider.System;
        _lookup = lookup ?? Dns.GetHostAddressesAsync;
    }

    /// <summary>The addresses of <paramref name="host"/>; throws <see cref="HostLookupException"/> when it has none in time.</summary>
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (_failed.TryGetValue(host, out var failure))
        {
            if (failure.Until > _time.GetUtcNow())
            {
                throw new HostLookupException(failure.Reason);
            }
            _failed.TryRemove(new KeyValuePair<string, (DateTimeOffset, string)>(host, failure));
        }
        var lookup = _inFlight.GetOrAdd(host, h => new Lazy<Task<IPAddress[]>>(() => LookupAsync(h)));
        try
        {
            return await lookup.Value.WaitAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            if (lookup.Value.IsCompleted)
            {
                _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<IPAddress[]>>>(host, lookup));
            }
        }
    }

    private async Task<IPAddress[]> LookupAsync(string host)
    {
        using var deadline = new CancellationTokenSource(_timeout, _time);
        try
        {
            await _slots.WaitAsync(deadline.Token).ConfigureAwait(false);
            try
            {
                // WaitAsync: the caller is let go at the deadline even if the platform lookup ignores cancellation.
                var addresses = await _lookup(host, deadline.Token).WaitAsync(deadline.Token).ConfigureAwait(false);
                return addresses.Length > 0 ? addresses : throw Remember(host, $"the name {host} has no addresses");
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (OperationCanceledException)
        {
            throw Remember(host, $"no answer for the name {host} within {_timeout.TotalSeconds:0.#} s");
        }
        catch (SocketException e)
        {
            throw Remember(host, $"cannot resolve {host}: {e.Message}");
        }
    }

    private HostLookupException Remember(string host, string reason)
    {
        if (_failureMemory > TimeSpan.Zero)
        {
            _failed[host] = (_time.GetUtcNow() + _failureMemory, reason);
        }
        return new HostLookupException(reason);
    }
}
