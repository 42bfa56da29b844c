using System.Globalization;
using System.Text;

namespace Monitoring.Feeds;

/// <summary>
/// One spelling per article URL, so the same story reached through two feeds (or two
/// campaigns) is stored once. Stable and idempotent: canonicalising a canonical URL returns it.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "mc_cid", "mc_eid", "igshid", "yclid", "msclkid", "_ga", "_gl",
    };

    /// <summary>
    /// Lower-cases scheme and host, drops default ports, fragments and tracking parameters
    /// (<c>utm_*</c>, <c>fbclid</c>, <c>gclid</c>, ...), keeps other parameters in their order.
    /// Strings that are not absolute http(s) URLs come back trimmed and otherwise untouched.
    /// </summary>
    public static string Canonicalize(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return trimmed;
        }

        var builder = new StringBuilder(trimmed.Length);
        builder.Append(uri.Scheme).Append("://");
        if (uri.UserInfo.Length > 0)
        {
            builder.Append(uri.UserInfo).Append('@');
        }
        var host = uri.IdnHost.ToLowerInvariant();
        builder.Append(uri.HostNameType == UriHostNameType.IPv6 && !host.StartsWith('[') ? $"[{host}]" : host);
        if (!uri.IsDefaultPort)
        {
            builder.Append(':').Append(uri.Port.ToString(CultureInfo.InvariantCulture));
        }
        builder.Append(uri.AbsolutePath.Length == 0 ? "/" : uri.AbsolutePath);

        var kept = uri.Query.TrimStart('?')
            .Split('&')
            .Where(p => p.Length > 0 && !IsTracking(p))
            .ToList();
        if (kept.Count > 0)
        {
            builder.Append('?').AppendJoin('&', kept);
        }
        return builder.ToString();
    }

    private static bool IsTracking(string pair)
    {
        var eq = pair.IndexOf('=', StringComparison.Ordinal);
        var name = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
        return name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
    }
}
