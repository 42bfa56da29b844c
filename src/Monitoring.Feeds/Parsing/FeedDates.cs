using System.Globalization;
using System.Text.RegularExpressions;

namespace Monitoring.Feeds;

/// <summary>Dates as feeds write them: RFC 822 (often sloppily) in RSS, RFC 3339 in Atom, JSON Feed and Dublin Core.</summary>
internal static partial class FeedDates
{
    private static readonly string[] Rfc822Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm zzz",
        "ddd, d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm:ss",
    ];

    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+00:00",
        ["UTC"] = "+00:00",
        ["GMT"] = "+00:00",
        ["Z"] = "+00:00",
        ["EST"] = "-05:00",
        ["EDT"] = "-04:00",
        ["CST"] = "-06:00",
        ["CDT"] = "-05:00",
        ["MST"] = "-07:00",
        ["MDT"] = "-06:00",
        ["PST"] = "-08:00",
        ["PDT"] = "-07:00",
    };

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        text = Whitespace().Replace(text.Trim(), " ");
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return parsed;
        }
        var normalised = TrailingZone().Replace(text, m => Zones.TryGetValue(m.Groups[1].Value, out var offset) ? " " + offset : m.Value);
        normalised = NumericZone().Replace(normalised, m => $" {m.Groups[1].Value}{m.Groups[2].Value}:{m.Groups[3].Value}");
        return DateTimeOffset.TryParseExact(normalised, Rfc822Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out parsed)
            ? parsed
            : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s([A-Za-z]{1,4})$")]
    private static partial Regex TrailingZone();

    [GeneratedRegex(@"\s([+-])(\d\d):?(\d\d)$")]
    private static partial Regex NumericZone();
}
