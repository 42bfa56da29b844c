using System.Text.Json;

namespace Monitoring.Feeds;

/// <summary>JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).</summary>
internal static class JsonFeedReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static ParsedFeed Read(string text, Uri? baseUrl)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            throw new FeedParseException($"JSON error at line {(e.LineNumber ?? 0) + 1}: {e.Message}", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !IsJsonFeedVersion(String(root, "version")))
            {
                throw new FeedParseException("not a feed: JSON without a JSON Feed version (https://jsonfeed.org/version/1.1)");
            }
            var home = XmlText.Resolve(baseUrl, String(root, "home_page_url"));
            var itemBase = Uri.TryCreate(home, UriKind.Absolute, out var homeUri) ? homeUri : baseUrl;
            var items = new List<FeedItem>();
            if (root.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in array.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
                {
                    items.Add(ReadItem(item, itemBase));
                }
            }
            return new ParsedFeed { Title = XmlText.NullIfEmpty(String(root, "title")), Link = home, Items = items };
        }
    }

    private static FeedItem ReadItem(JsonElement item, Uri? baseUrl)
    {
        var link = XmlText.Resolve(baseUrl, String(item, "url") ?? String(item, "external_url"));
        var title = XmlText.NullIfEmpty(String(item, "title"));
        var published = FeedDates.Parse(String(item, "date_published")) ?? FeedDates.Parse(String(item, "date_modified"));
        var content = XmlText.NullIfEmpty(String(item, "content_html") ?? String(item, "content_text"));
        var summary = XmlText.NullIfEmpty(String(item, "summary"));
        // 1.1 has "authors"; 1.0 had a single "author", still common.
        var author = item.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array
            ? authors.EnumerateArray().Select(a => String(a, "name")).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))
            : null;
        author ??= item.TryGetProperty("author", out var single) ? String(single, "name") : null;
        return new FeedItem
        {
            Id = ItemIdentity.For(IdOf(item), link, title, published, content ?? summary),
            Title = title,
            Link = link,
            Published = published,
            Summary = summary,
            Content = content,
            Author = XmlText.NullIfEmpty(author),
        };
    }

    private static bool IsJsonFeedVersion(string? version) =>
        version is not null && (version.Contains("jsonfeed.org/version/1", StringComparison.OrdinalIgnoreCase) || version is "1" or "1.0" or "1.1");

    /// <summary>The spec says string, but numbers are common in the wild.</summary>
    private static string? IdOf(JsonElement item) =>
        item.TryGetProperty("id", out var id)
            ? id.ValueKind switch
            {
                JsonValueKind.String => id.GetString(),
                JsonValueKind.Number => id.GetRawText(),
                _ => null,
            }
            : null;

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
