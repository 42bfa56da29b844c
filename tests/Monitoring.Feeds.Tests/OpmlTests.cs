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

    [Fact]
    public void Writes_an_indented_utf8_opml2_document_without_bom()
    {
        OpmlOutline[] outlines =
        [
            new("https://a.example/feed", "A & Co", "https://a.example/", "World/Asia"),
            new("https://c.example/atom"),
        ];
        var xml = OpmlDocument.Write(outlines, "Sources");
        Assert.Equal('<', xml[0]);
        var dateCreated = System.Text.RegularExpressions.Regex.Match(xml, "<dateCreated>(.*)</dateCreated>").Groups[1].Value;
        var written = DateTimeOffset.ParseExact(dateCreated, "r", System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(DateTimeOffset.UtcNow - written, TimeSpan.FromSeconds(-1), TimeSpan.FromMinutes(5));
        Assert.Equal(
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <opml version="2.0">
              <head>
                <title>Sources</title>
                <dateCreated>{dateCreated}</dateCreated>
              </head>
              <body>
                <outline text="World" title="World">
                  <outline text="Asia" title="Asia">
                    <outline type="rss" text="A &amp; Co" title="A &amp; Co" xmlUrl="https://a.example/feed" htmlUrl="https://a.example/" />
                  </outline>
                </outline>
                <outline type="rss" text="https://c.example/atom" xmlUrl="https://c.example/atom" />
              </body>
            </opml>
            """.ReplaceLineEndings("\n"),
            xml.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Folders_with_the_same_name_under_different_parents_stay_apart()
    {
        OpmlOutline[] outlines =
        [
            new("https://1.example/", "1", null, "World/Asia"),
            new("https://2.example/", "2", null, "World/Europe"),
            new("https://3.example/", "3", null, "Sport/Asia"),
            new("https://4.example/", "4", null, "World/Asia"),
        ];
        // Read back in document order: folder by folder.
        Assert.Equal([outlines[0], outlines[3], outlines[1], outlines[2]], OpmlDocument.Parse(OpmlDocument.Write(outlines, "t")));
    }

    [Fact]
    public void Category_paths_are_normalised_when_written()
    {
        var parsed = OpmlDocument.Parse(OpmlDocument.Write([new("https://1.example/", "1", null, " /News// Europe /")], "t"));
        Assert.Equal("News/Europe", parsed.Single().Category);
    }

    [Fact]
    public void Title_attribute_beats_text_and_folders_fall_back_to_title_then_untitled()
    {
        const string opml = """
            <opml version="2.0"><body>
              <outline text="Sci" title="Science"><outline text="Short" title="The Long Title" xmlUrl="https://s.example/"/></outline>
              <outline title="Tech"><outline text="T" xmlUrl="https://t.example/"/></outline>
              <outline><outline xmlUrl="https://u.example/"/></outline>
            </body></opml>
            """;
        Assert.Equal(
            [
                new OpmlOutline("https://s.example/", "The Long Title", null, "Sci"),
                new OpmlOutline("https://t.example/", "T", null, "Tech"),
                new OpmlOutline("https://u.example/", null, null, "untitled"),
            ],
            OpmlDocument.Parse(opml));
    }

    [Fact]
    public void Opml_without_a_body_has_no_outlines() =>
        Assert.Empty(OpmlDocument.Parse("<opml version=\"2.0\"><head><title>t</title></head></opml>"));

    [Fact]
    public void Errors_say_what_is_wrong()
    {
        Assert.Equal("not OPML: root element is <rss>", Assert.Throws<OpmlParseException>(() => OpmlDocument.Parse("<rss/>")).Message);
        Assert.StartsWith("XML error at line 1: ", Assert.Throws<OpmlParseException>(() => OpmlDocument.Parse("<opml><body>")).Message);
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => OpmlDocument.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => OpmlDocument.Write(null!, "t"));
    }
}
