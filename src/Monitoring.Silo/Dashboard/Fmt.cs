using System.Globalization;

namespace Monitoring.Silo.Dashboard;

/// <summary>How the pages write times and durations: UTC, to the second, the same on every page.</summary>
public static class Fmt
{
    public static string Time(DateTimeOffset? t) =>
        t is null ? "" : t.Value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Span(TimeSpan t) =>
        t <= TimeSpan.Zero ? "" : t.TotalHours >= 1 ? $"{t.TotalHours:0.#} h" : t.TotalMinutes >= 1 ? $"{t.TotalMinutes:0.#} min" : $"{t.TotalSeconds:0} s";
}
