using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Monitoring.Feeds;

/// <summary>
/// A stable id for an item: the publisher's guid or id when there is one, else the canonical
/// link, else a hash of what the reader sees (title and date), so re-polls recognise it.
/// </summary>
public static class ItemIdentity
{
    public static string For(string? declaredId, string? link, string? title, DateTimeOffset? published, string? body = null)
    {
        if (!string.IsNullOrWhiteSpace(declaredId))
        {
            return declaredId.Trim();
        }
        if (!string.IsNullOrWhiteSpace(link))
        {
            return UrlCanonicalizer.Canonicalize(link);
        }
        var date = published?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty;
        // Without title and date the body is all that tells two items apart.
        var material = string.IsNullOrEmpty(title) && date.Length == 0 ? body ?? string.Empty : $"{title}\n{date}";
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)));
    }
}
