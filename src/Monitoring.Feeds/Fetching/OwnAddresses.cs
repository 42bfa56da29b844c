using System.Collections.Frozen;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Monitoring.Feeds;

/// <summary>
/// The unicast addresses of this machine's network interfaces. A host name of this machine can
/// resolve to an interface address that looks public (or sits in a range nobody thought to
/// refuse), and connecting there reaches our own services. Read again at most every 30 seconds,
/// so an address gained by DHCP or a new interface is refused soon after.
/// </summary>
public static class OwnAddresses
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private static Snapshot? _current;

    /// <summary>The addresses as last read, read again when older than 30 seconds.</summary>
    public static IReadOnlySet<IPAddress> Current
    {
        get
        {
            var snapshot = Volatile.Read(ref _current);
            var now = Environment.TickCount64;
            if (snapshot is null || now - snapshot.TakenAt > (long)MaxAge.TotalMilliseconds)
            {
                // Concurrent callers may both read the interfaces; the last one wins, which is harmless.
                snapshot = new Snapshot(Read(snapshot?.Addresses), now);
                Volatile.Write(ref _current, snapshot);
            }
            return snapshot.Addresses;
        }
    }

    public static bool Contains(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return Current.Contains(Normalize(address));
    }

    /// <summary>Without the IPv6 scope id, and IPv4-mapped as IPv4, so equal hosts compare equal.</summary>
    private static IPAddress Normalize(IPAddress address) => address switch
    {
        { IsIPv4MappedToIPv6: true } => address.MapToIPv4(),
        { AddressFamily: AddressFamily.InterNetworkV6, ScopeId: not 0 } => new IPAddress(address.GetAddressBytes()),
        _ => address,
    };

    private static FrozenSet<IPAddress> Read(FrozenSet<IPAddress>? previous)
    {
        try
        {
            return NetworkInterface.GetAllNetworkInterfaces()
                .SelectMany(i => i.GetIPProperties().UnicastAddresses)
                .Select(u => Normalize(u.Address))
                .ToFrozenSet();
        }
        catch (NetworkInformationException)
        {
            // Keep what we knew rather than forget every address on a transient failure.
            return previous ?? FrozenSet<IPAddress>.Empty;
        }
    }

    private sealed record Snapshot(FrozenSet<IPAddress> Addresses, long TakenAt);
}
