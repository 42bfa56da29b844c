using System.Net;
using System.Net.Sockets;

namespace Monitoring.Feeds;

/// <summary>
/// Which IP addresses user input (a feed URL, a link in a feed, a redirect, a webhook URL) may
/// point us at. Without this, anyone who can add a source or a subscription could make the service
/// probe its own network, a cloud metadata endpoint, or the machine itself.
/// </summary>
public static class AddressPolicy
{
    /// <summary>The reason shown for an address of this machine's own interfaces.</summary>
    public const string OwnAddress = "an address of this machine";

    /// <summary>Why the address is refused ("loopback", "documentation", ...), or null when it is public.</summary>
    public static string? Classify(IPAddress address) => Classify(address, OwnAddresses.Contains);

    /// <summary>
    /// As <see cref="Classify(IPAddress)"/>, with <paramref name="isOwn"/> telling this machine's addresses:
    /// a machine whose every address is special never reaches that rule otherwise.
    /// </summary>
    public static string? Classify(IPAddress address, Func<IPAddress, bool> isOwn)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(isOwn);
        if (address.AddressFamily is not (AddressFamily.InterNetwork or AddressFamily.InterNetworkV6))
        {
            // Stryker disable once String : equivalent, an IPAddress of another family cannot be built.
            return "not an IP address";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            // A mapped address is the IPv4 address itself (a dual-mode socket connects there).
            return Classify(address.MapToIPv4(), isOwn);
        }
        if (SpecialRanges.Find(address) is { } range)
        {
            return SpecialRanges.EmbeddedV4(range, address) is { } inner && Classify(inner, isOwn) is { } innerReason
                ? $"{innerReason} ({inner} inside {range.Reason})"
                : range.Reason;
        }
        return isOwn(address) ? OwnAddress : null;
    }

    /// <summary>The message an operator sees when an address is refused, naming the setting that allows it as set in a file and in the environment.</summary>
    public static string RefusalMessage(IPAddress address, string reason, string setting) =>
        $"address {address} is {reason}; set {setting}=true (environment {setting.Replace(":", "__", StringComparison.Ordinal)}=true) to allow it";
}
