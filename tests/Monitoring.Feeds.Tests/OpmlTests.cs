namespace Monitoring.Feeds.Tests;

public sealed class OpmlTests
{
    [Fact]
    public void Round_trip_keeps_urls_titles_and_categories()
    {
        OpmlOutline[] outlines =
        [
            new("https://a.example/feed", "A & Co", "https://a.example/", "World"),
            new("https://b.example/rss", "B", null, "World/Asia"),
            new("https://c.example/atom", null, null, null),
            new("https://d.example/feed", "D", null, "World"),
        ];
        var xml = OpmlDocument.Write(outlines, "Monitoring sources");
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", xml);
        Assert.Contains("<opml version=\"2.0\">", xml);
        Assert.Contains("<title>Monitoring sources</title>", xml);

        var parsed = OpmlDocument.Parse(xml);
        Assert.Equal(
            outlines.OrderBy(o => o.XmlUrl, StringComparer.Ordinal),
            parsed.OrderBy(o => o.XmlUrl, StringComparer.Ordinal));
    }

    [Fact]
    public void Parses_nested_folders_and_attribute_spellings()
    {
        const string opml = """
            <?xml version="1.0"?>
            <opml version="1.0">
              <head><title>Export</title></head>
              <body>
                <outline text="News">
                  <outline text="Europe">
                    <outline text="EU Observer" xmlurl="https://eu.example/rss" htmlUrl="https://eu.example/"/>
                  </outline>
                  <outline title="Wire" type="rss" xmlUrl="https://wire.example/feed"/>
                </outline>
                <outline text="Loose" xmlUrl="https://loose.example/feed" category="/Tech"/>
                <outline text="Empty folder"/>
              </body>
            </opml>
            """;
        var parsed = OpmlDocument.Parse(opml);
        Assert.Equal(
            [
                new OpmlOutline("https://eu.example/rss", "EU Observer", "https://eu.example/", "News/Europe"),
                new OpmlOutline("https://wire.example/feed", "Wire", null, "News"),
                new OpmlOutline("https://loose.example/feed", "Loose", null, "Tech"),
            ],
            parsed);
    }

    [Fact]
    public void Dtd_is_refused()
    {
        const string opml = """<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY e SYSTEM "file:///etc/passwd">]><opml><body><outline text="&e;" xmlUrl="https://x.example/"/></body></opml>""";
        var e = Assert.Throws<OpmlParseException>(() => OpmlDocument.Parse(opml));
        Assert.Contains("DTD", e.Message);
    }

    [Fact]
    public void Non_opml_is_refused()
    {
        Assert.Throws<OpmlParseException>(() => OpmlDocument.Parse("<rss/>"));
        Assert.Throws<OpmlParseException>(() => OpmlDocument.Parse("<opml><body>"));
    }
}
