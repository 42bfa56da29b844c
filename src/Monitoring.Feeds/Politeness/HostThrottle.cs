using Microsoft.Extensions.Options;

namespace Monitoring.Feeds;

/// <summary>
/// In-process politeness: at most <see cref="FetchOptions.MaxConcurrentPerHost"/> requests in flight
/// and at least <see cref="FetchOptions.MinHostGap"/> between request starts, per host. Waiters are
/// served in arrival order. Idle hosts are swept so memory follows the busy hosts, not every host
/// ever seen.
/// </summary>
public sealed class HostThrottle : IHostThrottle
{
    private const int MinSweepAt = 64;

    private readonly object _lock = new();
    private readonly Dictionary<string, Gate> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly int _maxConcurrent;
    private readonly TimeSpan _gap;
    private readonly TimeProvider _time;
    private int _sweepAt = MinSweepAt;

    public HostThrottle(IOptions<FetchOptions> options, TimeProvider? time = null)
        : this((options ?? throw new ArgumentNullException(nameof(options))).Value, time)
    {
    }

    public HostThrottle(FetchOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _maxConcurrent = options.MaxConcurrentPerHost;
        _gap = options.MinHostGap;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Hosts currently tracked; exposed so tests can see idle hosts go.</summary>
    internal int TrackedHosts
    {
        get
        {
            lock (_lock)
            {
                return _hosts.Count;
            }
        }
    }

    public async Task<IDisposable> AcquireAsync(string host, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(host);
        Gate gate;
        TaskCompletionSource? waiter = null;
        LinkedListNode<TaskCompletionSource>? node = null;
        lock (_lock)
        {
            if (!_hosts.TryGetValue(host, out gate!))
            {
                SweepIfLarge();
                gate = new Gate();
                _hosts[host] = gate;
            }
            if (gate.InFlight < _maxConcurrent && gate.Waiters.Count == 0)
            {
                gate.InFlight++;
            }
            else
            {
                waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                node = gate.Waiters.AddLast(waiter);
            }
        }

        if (waiter is not null)
        {
            // A slot is handed over under the lock by Release, so a waiter is either still queued
            // (and can be cancelled) or already owns the slot.
            using (ct.Register(() => CancelWaiter(gate, node!, ct)))
            {
                await waiter.Task.ConfigureAwait(false);
            }
        }

        TimeSpan delay;
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var start = gate.NextStart > now ? gate.NextStart : now;
            gate.NextStart = start + _gap;
            delay = start - now;
        }
        if (delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, _time, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Release(gate);
                throw;
            }
        }
        return new Lease(this, gate);
    }

    private void CancelWaiter(Gate gate, LinkedListNode<TaskCompletionSource> node, CancellationToken ct)
    {
        lock (_lock)
        {
            if (node.List is null)
            {
                return;
            }
            gate.Waiters.Remove(node);
        }
        node.Value.TrySetCanceled(ct);
    }

    private void Release(Gate gate)
    {
        TaskCompletionSource? next = null;
        lock (_lock)
        {
            if (gate.Waiters.First is { } first)
            {
                gate.Waiters.RemoveFirst();
                next = first.Value;
            }
            else
            {
                gate.InFlight--;
            }
        }
        next?.TrySetResult();
    }

    /// <summary>Drops hosts with nothing in flight whose gap has passed; amortised by doubling the threshold.</summary>
    private void SweepIfLarge()
    {
        if (_hosts.Count < _sweepAt)
        {
            return;
        }
        var now = _time.GetUtcNow();
        foreach (var (host, gate) in _hosts)
        {
            if (gate.InFlight == 0 && gate.Waiters.Count == 0 && gate.NextStart <= now)
            {
                _hosts.Remove(host);
            }
        }
        _sweepAt = Math.Max(MinSweepAt, _hosts.Count * 2);
    }

    private sealed class Gate
    {
        public int InFlight { get; set; }

        public DateTimeOffset NextStart { get; set; }

        public LinkedList<TaskCompletionSource> Waiters { get; } = new();
    }

    private sealed class Lease(HostThrottle owner, Gate gate) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Release(gate);
            }
        }
    }
}
