using System.Globalization;
using Monitoring.Abstractions;

namespace Monitoring.Silo.Api;

/// <summary>A source state as a query names it: <c>new</c>, <c>active</c>, <c>failing</c> or <c>dead</c> (any case, not a number).</summary>
internal static class SourceStateNames
{
    public static string Expected => string.Join(", ", Enum.GetNames<SourceState>().Select(n => n.ToLowerInvariant()));

    /// <summary>True with null for no state given, true with the state for a known name, false for anything else.</summary>
    public static bool TryParse(string? text, out SourceState? state)
    {
        state = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (int.TryParse(text, CultureInfo.InvariantCulture, out _) || !Enum.TryParse<SourceState>(text.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            return false;
        }
        state = parsed;
        return true;
    }
}
