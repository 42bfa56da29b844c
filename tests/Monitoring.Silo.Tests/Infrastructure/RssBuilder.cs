using System.Globalization;
using System.Security;
using System.Text;

namespace Monitoring.Silo.Tests.Infrastructure;

/// <summary>Writes small RSS 2.0 documents for tests.</summary>
public static class RssBuilder
{
    public sealed record Item(string Id, string Title, string Link, DateTimeOffset Published, string Description = "A summary.");

    public static string Feed(string title, IEnumerable<Item> items)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>");
        sb.Append(CultureInfo.InvariantCulture, $"<title>{SecurityElement.Escape(title)}</title><link>https://example.org/</link><description>test</description>");
        foreach (var item in items)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"<item><guid>{SecurityElement.Escape(item.Id)}</guid><title>{SecurityElement.Escape(item.Title)}</title><link>{SecurityElement.Escape(item.Link)}</link><pubDate>{item.Published.ToString("R", CultureInfo.InvariantCulture)}</pubDate><description>{SecurityElement.Escape(item.Description)}</description></item>");
        }
        sb.Append("</channel></rss>");
        return sb.ToString();
    }

    public static List<Item> Items(string prefix, int count, string baseUrl, DateTimeOffset? start = null)
    {
        var t0 = start ?? new DateTimeOffset(2024, 11, 1, 0, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(1, count)
            .Select(i => new Item($"{prefix}-{i}", $"{prefix} story {i}", $"{baseUrl}{prefix}/{i}", t0.AddHours(i)))
            .ToList();
    }
}
