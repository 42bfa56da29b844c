using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CH = CodeHollow.FeedReader;

namespace Monitoring.Feeds;

/// <summary>
/// RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 from screened XML text. Fields are read here because titles,
/// links and ids decide item identity and CodeHollow.FeedReader flattens markup in titles and ignores
/// xml:base and rel=alternate; the library is consulted for dates in formats we do not read.
/// </summary>
internal static class XmlFeedReader
{
    private static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    private static readonly XNamespace Userland = "http://backend.userland.com/rss2";
    private static readonly XNamespace Atom10 = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Atom03 = "http://purl.org/atom/ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    public static ParsedFeed Read(string text, Uri? baseUrl)
    {
        XDocument document;
        using (var reader = XmlReader.Create(new StringReader(text), XmlScreen.SafeSettings))
        {
            document = XDocument.Load(reader);
        }
        var root = document.Root ?? throw new FeedParseException("not a feed: the document has no root element");
        // The library parses the whole document again: consult it only for fields our own reading lacks.
        var library = new Lazy<List<CH.FeedItem>?>(() => LibraryItems(text));
        return root.Name.LocalName switch
        {
            "rss" or "RDF" or "channel" => ReadRss(root, baseUrl, library),
            "feed" => ReadAtom(root, baseUrl, library),
            "html" => throw new FeedParseException("not a feed: the document is HTML"),
            var other => throw new FeedParseException($"not a feed: root element <{other}> is not rss, rdf:RDF or feed"),
        };
    }

    private static ParsedFeed ReadRss(XElement root, Uri? baseUrl, Lazy<List<CH.FeedItem>?> library)
    {
        var channel = root.Name.LocalName == "channel" ? root : RssChild(root, "channel");
        var itemElements = (channel is null ? [] : RssChildren(channel, "item"))
            .Concat(root == channel ? [] : RssChildren(root, "item"))
            .ToList();
        CH.FeedItem? Extra(int i) => library.Value is { } lib && lib.Count == itemElements.Count ? lib[i] : null;

        var items = new List<FeedItem>(itemElements.Count);
        for (var i = 0; i < itemElements.Count; i++)
        {
            var e = itemElements[i];
            var guidElement = RssChild(e, "guid");
            var guid = XmlText.Of(guidElement);
            var linkElement = RssChild(e, "link");
            var link = XmlText.Resolve(linkElement is null ? null : XmlText.BaseOf(linkElement, baseUrl), XmlText.Of(linkElement))
                ?? AlternateLink(e, baseUrl);
            if (link is null && guid is not null && !string.Equals((string?)guidElement!.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase)
                && Uri.TryCreate(guid, UriKind.Absolute, out var permalink) && permalink.Scheme is "http" or "https")
            {
                // RSS: a guid that is a permalink is the item's URL.
                link = guid;
            }
            var title = XmlText.Of(RssChild(e, "title")) ?? XmlText.Of(e.Element(Dc + "title"));
            var published = FeedDates.Parse(XmlText.Of(RssChild(e, "pubDate")))
                ?? FeedDates.Parse(XmlText.Of(e.Element(Dc + "date")))
                ?? Valid(Extra(i)?.PublishingDate);
            var summary = XmlText.Of(RssChild(e, "description"));
            var content = XmlText.Of(e.Element(Content + "encoded"));
            var author = XmlText.Of(RssChild(e, "author")) ?? XmlText.Of(e.Element(Dc + "creator"));
            items.Add(new FeedItem
            {
                Id = ItemIdentity.For(guid, link, title, published, content ?? summary),
                Title = title,
                Link = link,
                Published = published,
                Summary = summary,
                Content = content,
                Author = author,
            });
        }

        var channelLink = channel is null ? null : RssChild(channel, "link");
        return new ParsedFeed
        {
            Title = channel is null ? null : XmlText.Of(RssChild(channel, "title")) ?? XmlText.Of(channel.Element(Dc + "title")),
            Link = channelLink is null ? null : XmlText.Resolve(XmlText.BaseOf(channelLink, baseUrl), XmlText.Of(channelLink)),
            Ttl = channel is not null && int.TryParse(XmlText.Of(RssChild(channel, "ttl")), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes > 0
                ? TimeSpan.FromMinutes(minutes)
                : null,
            Items = items,
        };
    }

    private static ParsedFeed ReadAtom(XElement root, Uri? baseUrl, Lazy<List<CH.FeedItem>?> library)
    {
        var entries = AtomChildren(root, "entry").ToList();
        CH.FeedItem? Extra(int i) => library.Value is { } lib && lib.Count == entries.Count ? lib[i] : null;
        var items = new List<FeedItem>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var idElement = AtomChild(e, "id");
            // Atom ids are IRIs, and a relative one is relative to xml:base.
            var id = XmlText.Of(idElement) is { } rawId && idElement is not null ? XmlText.Resolve(XmlText.BaseOf(idElement, null), rawId) : null;
            var link = AlternateLink(e, baseUrl);
            var title = XmlText.OfAtom(AtomChild(e, "title"));
            var published = FeedDates.Parse(XmlText.Of(AtomChild(e, "published") ?? AtomChild(e, "issued") ?? AtomChild(e, "created")))
                ?? FeedDates.Parse(XmlText.Of(AtomChild(e, "updated") ?? AtomChild(e, "modified")))
                ?? Valid(Extra(i)?.PublishingDate);
            var summary = XmlText.OfAtom(AtomChild(e, "summary"));
            var content = XmlText.OfAtom(AtomChild(e, "content"));
            var author = XmlText.Of(AtomChild(AtomChild(e, "author"), "name"));
            items.Add(new FeedItem
            {
                Id = ItemIdentity.For(id, link, title, published, content ?? summary),
                Title = title,
                Link = link,
                Published = published,
                Summary = summary,
                Content = content,
                Author = author,
            });
        }
        return new ParsedFeed
        {
            Title = XmlText.OfAtom(AtomChild(root, "title")),
            Link = AlternateLink(root, baseUrl),
            Items = items,
        };
    }

    /// <summary>The first Atom link with rel=alternate (or no rel), resolved against xml:base.</summary>
    private static string? AlternateLink(XElement parent, Uri? baseUrl)
    {
        foreach (var link in parent.Elements().Where(x => x.Name.LocalName == "link" && IsAtom(x.Name.Namespace)))
        {
            var rel = ((string?)link.Attribute("rel"))?.Trim();
            var href = XmlText.Attribute(link, "href");
            if (href is not null && (string.IsNullOrEmpty(rel) || rel == "alternate"))
            {
                return XmlText.Resolve(XmlText.BaseOf(link, baseUrl), href);
            }
        }
        return null;
    }

    /// <summary>Best effort: the library's view of the items, or null when it cannot read the feed.</summary>
    private static List<CH.FeedItem>? LibraryItems(string text)
    {
        try
        {
            return CH.FeedReader.ReadFromString(text).Items.ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Our own reading covers every field; the library only adds detail.
            return null;
        }
    }

    private static DateTimeOffset? Valid(DateTime? date) =>
        date is { } d && d != default ? new DateTimeOffset(d.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : d.ToUniversalTime()) : null;

    private static bool IsRssCore(XNamespace ns) => ns == XNamespace.None || ns == Rss10 || ns == Rss090 || ns == Userland;

    private static bool IsAtom(XNamespace ns) => ns == Atom10 || ns == Atom03 || ns == XNamespace.None;

    private static XElement? RssChild(XElement? parent, string name) =>
        parent?.Elements().FirstOrDefault(x => x.Name.LocalName == name && IsRssCore(x.Name.Namespace));

    private static IEnumerable<XElement> RssChildren(XElement parent, string name) =>
        parent.Elements().Where(x => x.Name.LocalName == name && IsRssCore(x.Name.Namespace));

    private static XElement? AtomChild(XElement? parent, string name) =>
        parent?.Elements().FirstOrDefault(x => x.Name.LocalName == name && IsAtom(x.Name.Namespace));

    private static IEnumerable<XElement> AtomChildren(XElement parent, string name) =>
        parent.Elements().Where(x => x.Name.LocalName == name && IsAtom(x.Name.Namespace));
}
