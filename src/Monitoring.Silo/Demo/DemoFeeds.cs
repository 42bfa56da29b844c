using System.Globalization;
using System.Security;
using System.Text;

namespace Monitoring.Silo.Demo;

/// <summary>
/// Two small sample outlets, written for the demo, whose stories come out over the first minute: Japan
/// considering, then announcing, then imposing sanctions on Iran, and one story the demo topic ignores.
/// </summary>
internal sealed class DemoFeeds(TimeProvider time)
{
    private sealed record Story(string Outlet, int Second, string Title, string Body);

    /// <summary>When each story appears, in seconds after the demo started; the topic's alerts follow the same order.</summary>
    private static readonly Story[] Stories =
    [
        new("tokyo-wire", 0, "Japan weighs response to Iran", "Japan is considering sanctions against Iran. Officials in Tokyo met on Monday to discuss the options."),
        new("harbour-post", 10, "Canada acts on Belarus", "Canada banned exports of aircraft parts to Belarus. The measure takes effect at once."),
        new("harbour-post", 20, "Tokyo to act on Iran", "Japan will impose sanctions on Iran. The cabinet is expected to approve the package this week."),
        new("tokyo-wire", 30, "Japan imposes sanctions on Iran", "Japan imposed sanctions on Iran. The Foreign Minister said the measures target the oil sector."),
    ];

    private readonly TimeProvider _time = time;
    private readonly DateTimeOffset _start = time.GetUtcNow();

    public static IReadOnlyList<string> Outlets { get; } = [.. Stories.Select(s => s.Outlet).Distinct()];

    /// <summary>The outlet's RSS as it stands now: the stories whose time has come.</summary>
    public string Feed(string outlet, Uri baseUrl)
    {
        var now = _time.GetUtcNow();
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>");
        sb.Append(CultureInfo.InvariantCulture, $"<title>{Title(outlet)} (demo)</title><link>{baseUrl}demo/{outlet}</link><description>Sample feed for the offline demo</description>");
        foreach (var story in Stories.Where(s => s.Outlet == outlet && _start.AddSeconds(s.Second) <= now).OrderByDescending(s => s.Second))
        {
            var published = _start.AddSeconds(story.Second);
            var link = new Uri(baseUrl, $"demo/{outlet}/{story.Second}");
            sb.Append(CultureInfo.InvariantCulture,
                $"<item><guid>{link}</guid><title>{SecurityElement.Escape(story.Title)}</title><link>{link}</link><pubDate>{published.ToString("R", CultureInfo.InvariantCulture)}</pubDate><description>{SecurityElement.Escape(story.Body)}</description></item>");
        }
        return sb.Append("</channel></rss>").ToString();
    }

    private static string Title(string outlet) => outlet switch
    {
        "tokyo-wire" => "Tokyo Wire",
        _ => "Harbour Post",
    };
}
