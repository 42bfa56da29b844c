using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Monitoring.Feeds;

/// <summary>Reads and writes OPML subscription lists (the format feed readers import and export).</summary>
public static class OpmlDocument
{
    /// <summary>
    /// Every outline with an <c>xmlUrl</c>, at any depth. Outlines without one are folders: their
    /// text becomes the category of what they hold. DTDs are refused as in feeds.
    /// </summary>
    public static IReadOnlyList<OpmlOutline> Parse(string opml)
    {
        ArgumentNullException.ThrowIfNull(opml);
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(opml.TrimStart('\uFEFF', ' ', '\t', '\r', '\n')), XmlScreen.SafeSettings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e) when (opml.Contains("<!DOCTYPE", StringComparison.Ordinal))
        {
            throw new OpmlParseException("DTD is prohibited in OPML", e);
        }
        catch (XmlException e)
        {
            throw new OpmlParseException($"XML error at line {e.LineNumber}: {e.Message}", e);
        }
        if (document.Root?.Name.LocalName != "opml")
        {
            throw new OpmlParseException($"not OPML: root element is <{document.Root?.Name.LocalName}>");
        }
        var body = document.Root.Elements().FirstOrDefault(e => e.Name.LocalName == "body");
        var outlines = new List<OpmlOutline>();
        if (body is not null)
        {
            Collect(body, [], outlines);
        }
        return outlines;
    }

    /// <summary>An OPML 2.0 document; categories become nested folder outlines.</summary>
    public static string Write(IEnumerable<OpmlOutline> outlines, string title)
    {
        ArgumentNullException.ThrowIfNull(outlines);
        var body = new XElement("body");
        var folders = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var outline in outlines)
        {
            var parent = Folder(body, folders, outline.Category);
            var element = new XElement("outline", new XAttribute("type", "rss"), new XAttribute("text", outline.Title ?? outline.XmlUrl));
            if (outline.Title is not null)
            {
                element.Add(new XAttribute("title", outline.Title));
            }
            element.Add(new XAttribute("xmlUrl", outline.XmlUrl));
            if (outline.HtmlUrl is not null)
            {
                element.Add(new XAttribute("htmlUrl", outline.HtmlUrl));
            }
            parent.Add(element);
        }
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("opml", new XAttribute("version", "2.0"),
                new XElement("head",
                    new XElement("title", title),
                    new XElement("dateCreated", DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture))),
                body));
        // Written as UTF-8 bytes so the declaration says utf-8 (a StringBuilder would make it utf-16).
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            document.Save(writer);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Collect(XElement parent, List<string> path, List<OpmlOutline> into)
    {
        foreach (var outline in parent.Elements().Where(e => e.Name.LocalName == "outline"))
        {
            var text = Attr(outline, "text") ?? Attr(outline, "title");
            if (Attr(outline, "xmlUrl") is { } xmlUrl)
            {
                var category = path.Count > 0 ? string.Join('/', path) : Attr(outline, "category")?.Trim('/');
                // Write puts the URL in text when there is no title (OPML requires text); that is not a title.
                var title = Attr(outline, "title") ?? text;
                into.Add(new OpmlOutline(xmlUrl, title == xmlUrl ? null : title, Attr(outline, "htmlUrl"), category));
            }
            else if (outline.HasElements)
            {
                path.Add(text ?? "untitled");
                Collect(outline, path, into);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    /// <summary>Attribute by name, ignoring case: exporters disagree on xmlUrl vs xmlurl.</summary>
    private static string? Attr(XElement element, string name) =>
        XmlText.NullIfEmpty(element.Attributes().FirstOrDefault(a => string.Equals(a.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))?.Value);

    private static XElement Folder(XElement body, Dictionary<string, XElement> folders, string? category)
    {
        if (string.IsNullOrWhiteSpace(category))
        {
            return body;
        }
        var current = body;
        var path = string.Empty;
        foreach (var segment in category.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            path = path.Length == 0 ? segment : $"{path}/{segment}";
            if (!folders.TryGetValue(path, out var folder))
            {
                folder = new XElement("outline", new XAttribute("text", segment), new XAttribute("title", segment));
                current.Add(folder);
                folders[path] = folder;
            }
            current = folder;
        }
        return current;
    }
}
