using System.Net;

namespace Monitoring.Feeds;

/// <summary>One row of the special-purpose table: a prefix and why it is refused.</summary>
/// <param name="EmbeddedV4At">
/// The byte offset of an IPv4 address carried inside this IPv6 prefix, or -1. An embedded special
/// address is reported by its own reason, so "6to4 around 10.0.0.1" reads as private.
/// </param>
public sealed record SpecialRange(IPNetwork Prefix, string Reason, int EmbeddedV4At = -1)
{
    public SpecialRange(string prefix, string reason, int embeddedV4At = -1)
        : this(IPNetwork.Parse(prefix), reason, embeddedV4At)
    {
    }
}
