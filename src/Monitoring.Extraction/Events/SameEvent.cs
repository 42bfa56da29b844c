using Monitoring.Extraction.Fingerprints;

namespace Monitoring.Extraction.Events;

/// <summary>What identifies a report of a happening: when, the text's fingerprint, the measures (type|imposer|target) and actors named.</summary>
public sealed record EventSignature(DateTimeOffset At, ulong Fingerprint, IReadOnlyCollection<string> MeasureKeys, IReadOnlyCollection<string> Actors);

/// <summary>
/// Whether two reports are of the same happening: close in time (48 hours), and either
/// near-duplicate texts (a syndicated copy) or the same measure told with at least two of the
/// same actors (three outlets reporting one visit in their own words).
/// </summary>
public static class SameEvent
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(48);

    public static bool Matches(EventSignature a, EventSignature b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if ((a.At - b.At).Duration() > Window)
        {
            return false;
        }
        if (a.Fingerprint != 0 && b.Fingerprint != 0 && SimHash.AreNearDuplicates(a.Fingerprint, b.Fingerprint))
        {
            return true;
        }
        return a.MeasureKeys.Any(k => b.MeasureKeys.Contains(k, StringComparer.OrdinalIgnoreCase))
            && a.Actors.Count(x => b.Actors.Contains(x, StringComparer.OrdinalIgnoreCase)) >= 2;
    }
}
