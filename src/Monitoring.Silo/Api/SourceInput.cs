using Monitoring.Feeds;
using Monitoring.Grains.Sources;

namespace Monitoring.Silo.Api;

/// <summary>A feed URL and title as given, checked and canonicalized, or why they are refused.</summary>
public sealed record SourceInput(string? Canonical, string? Id, string? Title, string? Error)
{
    /// <summary>The same rules for one source, a batch and an OPML import.</summary>
    public static SourceInput Parse(string? url, string? title)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return Refused("url is required");
        }
        if (url.Length > ApiLimits.MaxUrlLength)
        {
            return Refused($"url must be at most {ApiLimits.MaxUrlLength} characters (got {url.Length})");
        }
        if (title?.Length > ApiLimits.MaxTitleLength)
        {
            return Refused($"title must be at most {ApiLimits.MaxTitleLength} characters (got {title.Length})");
        }
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return Refused($"url must be an absolute http or https URL (got '{QueryChecks.Shorten(url)}')");
        }
        var canonical = UrlCanonicalizer.Canonicalize(uri.ToString());
        return new SourceInput(canonical, SourceIds.FromCanonicalUrl(canonical), string.IsNullOrWhiteSpace(title) ? null : title.Trim(), null);
    }

    private static SourceInput Refused(string error) => new(null, null, null, error);
}
