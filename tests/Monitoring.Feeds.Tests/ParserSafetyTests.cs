using System.Text;

namespace Monitoring.Feeds.Tests;

public sealed class ParserSafetyTests
{
    private static ParsedFeed Parse(string text, string? contentType = null) => FeedParser.Parse(Encoding.UTF8.GetBytes(text), contentType, null);

    [Fact]
    public void External_entity_is_refused_and_nothing_leaks()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        try
        {
            var feed = $"""
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY e SYSTEM "{new Uri(secret).AbsoluteUri}">]>
                <rss version="2.0"><channel><title>&e;</title></channel></rss>
                """;
            var e = Assert.Throws<FeedParseException>(() => Parse(feed));
            Assert.Equal("DTD is prohibited in feeds", e.Message);
            Assert.DoesNotContain("TOP-SECRET", e.ToString());
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Etc_passwd_entity_is_refused()
    {
        const string feed = """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&e;</title></channel></rss>""";
        var e = Assert.Throws<FeedParseException>(() => Parse(feed));
        Assert.Contains("DTD", e.Message);
        Assert.DoesNotContain("root:", e.ToString());
    }

    [Fact]
    public void Billion_laughs_is_refused_quickly()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }
        var feed = $"""<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel><title>&lol9;</title></channel></rss>""";
        var e = Assert.Throws<FeedParseException>(() => Parse(feed));
        Assert.Equal("DTD is prohibited in feeds", e.Message);
    }

    [Fact]
    public void Doctype_naming_only_an_external_dtd_is_dropped_not_fetched()
    {
        const string feed = """
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old &amp; fine</title></channel></rss>
            """;
        Assert.Equal("Old & fine", Parse(feed).Title);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><head><title>x</title></head><body></body></html>")]
    [InlineData("<html><body><p>hello</body></html>")]
    [InlineData("\n  <!-- served by a CMS -->\n<HTML lang=\"en\"></HTML>")]
    public void Html_page_gets_a_clear_error(string html)
    {
        var e = Assert.Throws<FeedParseException>(() => Parse(html, "text/html"));
        Assert.Equal("not a feed: the document is HTML", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t ")]
    public void Empty_body_gets_a_clear_error(string body)
    {
        var e = Assert.Throws<FeedParseException>(() => Parse(body));
        Assert.Equal("empty body", e.Message);
    }

    [Fact]
    public void Xml_that_is_not_a_feed_names_its_root()
    {
        var e = Assert.Throws<FeedParseException>(() => Parse("<note><to>Tove</to></note>"));
        Assert.Equal("not a feed: root element <note> is not rss, rdf:RDF or feed", e.Message);
    }

    [Fact]
    public void Broken_xml_reports_the_line()
    {
        var e = Assert.Throws<FeedParseException>(() => Parse("<rss version=\"2.0\">\n<channel>\n<title a=>x</title></channel></rss>"));
        Assert.StartsWith("XML error at line 3:", e.Message);
    }

    [Fact]
    public void Text_that_is_neither_xml_nor_json_is_refused()
    {
        var e = Assert.Throws<FeedParseException>(() => Parse("hello world"));
        Assert.StartsWith("not a feed", e.Message);
    }

    [Fact]
    public void Declared_utf8_with_windows1252_bytes_still_reads()
    {
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Caf\u00e9 cr\u00e8me</title></channel></rss>");
        Assert.Equal("Caf\u00e9 cr\u00e8me", FeedParser.Parse(bytes, "application/rss+xml; charset=utf-8", null).Title);
    }

    [Fact]
    public void Bogus_charset_name_falls_back_without_crashing()
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><rss version=\"2.0\"><channel><title>na\u00efve</title></channel></rss>");
        Assert.Equal("na\u00efve", FeedParser.Parse(bytes, "text/xml; charset=bogus", null).Title);
    }

    [Fact]
    public void Declared_legacy_charset_is_honoured()
    {
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>\u00e9t\u00e9</title></channel></rss>");
        Assert.Equal("\u00e9t\u00e9", FeedParser.Parse(bytes, null, null).Title);
    }

    [Fact]
    public void Content_type_charset_applies_when_the_document_declares_none()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("windows-1251").GetBytes("<rss version=\"2.0\"><channel><title>\u041c\u0438\u0440</title></channel></rss>");
        Assert.Equal("\u041c\u0438\u0440", FeedParser.Parse(bytes, "application/xml; charset=windows-1251", null).Title);
    }

    [Fact]
    public void Utf16_with_bom_reads()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel><title>\u65e5\u672c</title></channel></rss>")).ToArray();
        Assert.Equal("\u65e5\u672c", FeedParser.Parse(bytes, null, null).Title);
    }

    [Fact]
    public void Common_slips_are_repaired_bare_ampersand_html_entity_and_control_character()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><title>Fish & Chips&nbsp;\u0001Co</title><item><title>caf&eacute;</title></item></channel></rss>");
        Assert.Equal("Fish & Chips\u00a0Co", feed.Title);
        Assert.Equal("caf\u00e9", feed.Items.Single().Title);
    }
}
