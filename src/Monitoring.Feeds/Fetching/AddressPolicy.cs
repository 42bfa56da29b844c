using System.Net;
using System.Net.Sockets;

namespace Monitoring.Feeds;

/// <summary>
/// Which IP addresses a feed may point us at. A feed URL is user input: without this, a
/// feed could make the service probe its own network or a cloud metadata endpoint.
/// </summary>
public static class AddressPolicy
{
    /// <summary>Why the address is not public ("loopback", "private", ...), or null when it is.</summary>
    public static string? Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> b = stackalloc byte[4];
            address.TryWriteBytes(b, out _);
            return b[0] switch
            {
                0 when b[1] == 0 && b[2] == 0 && b[3] == 0 => "unspecified",
                0 => "a 'this network' address",
                10 => "private",
                127 => "loopback",
                100 when (b[1] & 0xC0) == 64 => "carrier-grade NAT",
                169 when b[1] == 254 => "link-local",
                172 when (b[1] & 0xF0) == 16 => "private",
                192 when b[1] == 168 => "private",
                >= 224 and <= 239 => "multicast",
                255 when b[1] == 255 && b[2] == 255 && b[3] == 255 => "broadcast",
                _ => null,
            };
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.Equals(IPAddress.IPv6Loopback))
            {
                return "loopback";
            }
            if (address.Equals(IPAddress.IPv6Any))
            {
                return "unspecified";
            }
            Span<byte> b = stackalloc byte[16];
            address.TryWriteBytes(b, out _);
            if ((b[0] & 0xFE) == 0xFC)
            {
                return "private";
            }
            if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80)
            {
                return "link-local";
            }
            if (b[0] == 0xFF)
            {
                return "multicast";
            }
            return null;
        }
        return "not an IP address";
    }

    /// <summary>The message an operator sees when an address is refused.</summary>
    public static string RefusalMessage(IPAddress address, string reason) =>
        $"address {address} is {reason}; set {FetchOptions.SectionName}:{nameof(FetchOptions.AllowPrivateNetworks)} to fetch it";
}
