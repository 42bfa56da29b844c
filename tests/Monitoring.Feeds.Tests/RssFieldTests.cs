using System.Text;

namespace Monitoring.Feeds.Tests;

/// <summary>
/// RSS 0.90, 0.91-2.0 and 1.0 fields and their Dublin Core alternatives: which one wins when both
/// are present, and that each is read when it is the only one.
/// </summary>
public sealed class RssFieldTests
{
    private const string Dc = "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";

    private static ParsedFeed Parse(string text, string? contentType = null) => FeedParser.Parse(Encoding.UTF8.GetBytes(text), contentType, null);

    private static FeedItem Item(string itemContent) =>
        Parse($"""<rss version="2.0" {Dc} xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>T</title><item>{itemContent}</item></channel></rss>""").Items.Single();

    [Fact]
    public void Rss090_namespace_is_read()
    {
        var feed = Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
              <channel><title>Netscape era</title><link>https://old.example/</link></channel>
              <item><title>First</title><link>https://old.example/1</link></item>
            </rdf:RDF>
            """);
        Assert.Equal("Netscape era", feed.Title);
        Assert.Equal("https://old.example/", feed.Link);
        Assert.Equal("https://old.example/1", feed.Items.Single().Link);
    }

    [Fact]
    public void Userland_rss2_namespace_is_read()
    {
        var feed = Parse("""<rss version="2.0" xmlns="http://backend.userland.com/rss2"><channel><title>Userland</title><item><title>I</title><guid>g1</guid></item></channel></rss>""");
        Assert.Equal("Userland", feed.Title);
        Assert.Equal("g1", feed.Items.Single().Id);
    }

    [Fact]
    public void Channel_as_the_root_element_is_read_once()
    {
        // No item has a date, so the date fallback library is consulted: it refuses this root, which must not matter.
        var feed = Parse("""<channel><title>Bare channel</title><link>https://bare.example/</link><item><title>Only</title><guid>1</guid></item></channel>""");
        Assert.Equal("Bare channel", feed.Title);
        Assert.Equal("https://bare.example/", feed.Link);
        Assert.Equal(["Only"], feed.Items.Select(i => i.Title));
    }

    [Fact]
    public void Prefixed_xhtml_root_is_refused_as_html()
    {
        var e = Assert.Throws<FeedParseException>(() => Parse("""<h:html xmlns:h="http://www.w3.org/1999/xhtml"><h:body/></h:html>"""));
        Assert.Equal("not a feed: the document is HTML", e.Message);
    }

    [Fact]
    public void Rss_link_element_beats_an_atom_link()
    {
        var item = Item("""<link>https://example.com/rss-link</link><atom:link rel="alternate" href="https://example.com/atom-link"/>""");
        Assert.Equal("https://example.com/rss-link", item.Link);
    }

    [Fact]
    public void Atom_link_is_the_link_when_rss_has_none()
    {
        var item = Item("""<atom:link rel="self" href="https://example.com/self"/><atom:link href="https://example.com/atom-link"/>""");
        Assert.Equal("https://example.com/atom-link", item.Link);
    }

    [Fact]
    public void Elements_other_than_link_are_not_links_even_with_an_href()
    {
        var item = Item("""<image href="https://cdn.example/cover.jpg"/><atom:link href="https://example.com/post"/>""");
        Assert.Equal("https://example.com/post", item.Link);
    }

    [Theory]
    [InlineData("http://example.com/p/1")]
    [InlineData("https://example.com/p/1")]
    public void Permalink_guid_over_http_or_https_is_the_link(string permalink) =>
        Assert.Equal(permalink, Item($"<guid>{permalink}</guid>").Link);

    [Fact]
    public void Guid_that_is_not_a_web_url_is_not_a_link() => Assert.Null(Item("<guid>urn:uuid:1234</guid>").Link);

    [Fact]
    public void Rss_title_beats_dc_title_and_dc_title_fills_in()
    {
        Assert.Equal("RSS title", Item("<title>RSS title</title><dc:title>DC title</dc:title>").Title);
        Assert.Equal("DC title", Item("<dc:title>DC title</dc:title>").Title);
    }

    [Fact]
    public void Channel_title_falls_back_to_dc_title()
    {
        Assert.Equal("Channel", Parse($"""<rss version="2.0" {Dc}><channel><title>Channel</title><dc:title>DC</dc:title></channel></rss>""").Title);
        Assert.Equal("DC", Parse($"""<rss version="2.0" {Dc}><channel><dc:title>DC</dc:title></channel></rss>""").Title);
    }

    [Fact]
    public void Rss_author_beats_dc_creator_and_either_is_read_alone()
    {
        Assert.Equal("editor@example.com (Ed)", Item("<author>editor@example.com (Ed)</author><dc:creator>Dee</dc:creator>").Author);
        Assert.Equal("editor@example.com (Ed)", Item("<author>editor@example.com (Ed)</author>").Author);
        Assert.Equal("Dee", Item("<dc:creator>Dee</dc:creator>").Author);
    }

    [Fact]
    public void PubDate_keeps_the_publishers_offset()
    {
        var published = Item("<pubDate>Mon, 08 Jan 2024 10:00:00 -0500</pubDate>").Published;
        Assert.Equal(new DateTimeOffset(2024, 1, 8, 10, 0, 0, TimeSpan.FromHours(-5)), published);
        Assert.Equal(TimeSpan.FromHours(-5), published!.Value.Offset);
    }

    [Fact]
    public void PubDate_beats_dc_date()
    {
        var published = Item("<pubDate>Mon, 08 Jan 2024 10:00:00 GMT</pubDate><dc:date>2023-12-31T00:00:00Z</dc:date>").Published;
        Assert.Equal(new DateTimeOffset(2024, 1, 8, 10, 0, 0, TimeSpan.Zero), published);
    }

    [Fact]
    public void Dc_date_is_read_in_rss2_when_there_is_no_pubDate()
    {
        var published = Item("<dc:date>2024-03-01T12:00:00+01:00</dc:date>").Published;
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.FromHours(1)), published);
        Assert.Equal(TimeSpan.FromHours(1), published!.Value.Offset);
    }

    [Fact]
    public void PubDate_with_the_wrong_weekday_still_gives_the_date()
    {
        // 8 January 2024 was a Monday; feeds that get the weekday wrong are common.
        var published = Item("<pubDate>Fri, 08 Jan 2024 10:00:00 GMT</pubDate>").Published;
        Assert.Equal(new DateTimeOffset(2024, 1, 8, 10, 0, 0, TimeSpan.Zero), published);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("soon")]
    public void Ttl_that_is_not_a_positive_number_of_minutes_is_ignored(string ttl) =>
        Assert.Null(Parse($"""<rss version="2.0"><channel><title>T</title><ttl>{ttl}</ttl></channel></rss>""").Ttl);

    [Fact]
    public void Rss_served_as_json_is_still_read_as_rss() =>
        Assert.Equal("T", Parse("""<rss version="2.0"><channel><title>T</title></channel></rss>""", "application/json").Title);
}
