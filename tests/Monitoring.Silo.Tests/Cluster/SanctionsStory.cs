using System.Globalization;
using System.Security;
using System.Text.Json;

namespace Monitoring.Silo.Tests.Cluster;

/// <summary>
/// A story the reader knows how to tell: article <c>k</c> says Japan imposed sanctions on one more country,
/// so it raises a new actor and a new measure; the first also raises Japan. Feeds built from it for the
/// cluster tests carry these items among others.
/// </summary>
internal static class SanctionsStory
{
    public static readonly string[] Countries =
    [
        "Russia", "Iran", "North Korea", "Syria", "Belarus", "Myanmar", "Venezuela", "Cuba", "Nicaragua", "Eritrea",
        "Mali", "Sudan", "Libya", "Yemen", "Somalia", "Zimbabwe", "Afghanistan", "Iraq", "Lebanon", "Haiti",
        "Burundi", "Guinea", "Niger", "Chad", "Laos", "Cambodia", "Tajikistan", "Turkmenistan", "Uzbekistan", "Kyrgyzstan",
    ];

    private static readonly DateTimeOffset T0 = new(2024, 11, 1, 9, 0, 0, TimeSpan.FromHours(9));

    /// <summary>A topic on the whole story: Japan and sanctions.</summary>
    public static object JapanTopic(string id) =>
        new { id, name = "Japan's sanctions", allActors = new[] { "Japan" }, keywords = new[] { "sanction" }, backfill = new { days = 0 } };

    public static string Link(int k) => $"https://tokyo.example.org/news/{k}";

    /// <summary>The RSS item of article <paramref name="k"/>.</summary>
    public static string Item(int k)
    {
        var country = Countries[k];
        return $"<item><guid>jp-{k}</guid><title>{SecurityElement.Escape($"Japan imposes sanctions on {country}")}</title><link>{Link(k)}</link>"
            + $"<pubDate>{T0.AddHours(k).ToString("R", CultureInfo.InvariantCulture)}</pubDate>"
            + $"<description>{SecurityElement.Escape($"Japan imposed sanctions on {country} on Tuesday, the government in Tokyo said.")}</description></item>";
    }

    /// <summary>
    /// What an alert tells, whatever its number and whichever article came first: a measure's first telling
    /// (new_measure, or new_target when another target of the same measure came before) is one identity.
    /// </summary>
    public static string Identity(JsonElement alert)
    {
        var kind = alert.GetProperty("kind").GetString() is "new_target" ? "new_measure" : alert.GetProperty("kind").GetString();
        return $"{kind} {Text(alert, "actor")} {Text(alert, "type")} {Text(alert, "imposer")}>{Text(alert, "target")} {Text(alert, "status")}";
    }

    public static string Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
}
