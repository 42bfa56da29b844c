using System.Net;
using System.Net.Sockets;

namespace Monitoring.Feeds;

/// <summary>
/// The IANA IPv4 and IPv6 Special-Purpose Address Registries, plus multicast and the IPv6 space
/// outside global unicast. Every row is refused, even those the registry marks globally reachable
/// (anycast relays, AS112): no feed or webhook lives there, and "every special range" is easier
/// to trust than a hand-picked subset.
/// </summary>
public static class SpecialRanges
{
    public static IReadOnlyList<SpecialRange> All { get; } =
    [
        new("0.0.0.0/8", "a 'this network' address"),
        new("0.0.0.0/32", "unspecified"),
        new("10.0.0.0/8", "private"),
        new("100.64.0.0/10", "shared address space (carrier-grade NAT)"),
        new("127.0.0.0/8", "loopback"),
        new("169.254.0.0/16", "link-local"),
        new("172.16.0.0/12", "private"),
        new("192.0.0.0/24", "reserved for IETF protocol assignments"),
        new("192.0.0.0/29", "DS-Lite"),
        new("192.0.0.170/31", "NAT64 discovery"),
        new("192.0.2.0/24", "documentation"),
        new("192.31.196.0/24", "AS112"),
        new("192.52.193.0/24", "AMT relay"),
        new("192.88.99.0/24", "6to4 relay anycast"),
        new("192.168.0.0/16", "private"),
        new("192.175.48.0/24", "AS112"),
        new("198.18.0.0/15", "benchmarking"),
        new("198.51.100.0/24", "documentation"),
        new("203.0.113.0/24", "documentation"),
        new("224.0.0.0/4", "multicast"),
        new("240.0.0.0/4", "reserved"),
        new("255.255.255.255/32", "broadcast"),

        // IPv6 outside 2000::/3 is unassigned unless a longer row below names it.
        new("::/3", "reserved"),
        new("4000::/2", "reserved"),
        new("8000::/1", "reserved"),
        new("::/128", "unspecified"),
        new("::1/128", "loopback"),
        new("::/96", "IPv4-compatible", embeddedV4At: 12),
        new("::ffff:0:0/96", "IPv4-mapped", embeddedV4At: 12),
        new("::ffff:0:0:0/96", "IPv4-translated", embeddedV4At: 12),
        new("64:ff9b::/96", "NAT64", embeddedV4At: 12),
        new("64:ff9b:1::/48", "NAT64 local-use"),
        new("100::/64", "discard-only"),
        new("100:0:0:1::/64", "a dummy prefix"),
        new("2001::/23", "reserved for IETF protocol assignments"),
        new("2001::/32", "Teredo"),
        new("2001:2::/48", "benchmarking"),
        new("2001:3::/32", "AMT relay"),
        new("2001:4:112::/48", "AS112"),
        new("2001:10::/28", "ORCHID"),
        new("2001:20::/28", "ORCHIDv2"),
        new("2001:30::/28", "drone remote ID"),
        new("2001:db8::/32", "documentation"),
        new("2002::/16", "6to4", embeddedV4At: 2),
        new("2620:4f:8000::/48", "AS112"),
        new("3fff::/20", "documentation"),
        new("5f00::/16", "segment routing"),
        new("fc00::/7", "unique-local"),
        new("fe80::/10", "link-local"),
        new("fec0::/10", "site-local"),
        new("ff00::/8", "multicast"),
    ];

    /// <summary>The most specific row holding the address, or null for a public address.</summary>
    public static SpecialRange? Find(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        SpecialRange? best = null;
        foreach (var range in All)
        {
            if (range.Prefix.Contains(address) && (best is null || range.Prefix.PrefixLength > best.Prefix.PrefixLength))
            {
                best = range;
            }
        }
        return best;
    }

    /// <summary>The IPv4 address carried at the row's offset, when the row carries one.</summary>
    public static IPAddress? EmbeddedV4(SpecialRange range, IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(address);
        if (range.EmbeddedV4At < 0 || address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return null;
        }
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        return new IPAddress(bytes.Slice(range.EmbeddedV4At, 4));
    }
}
