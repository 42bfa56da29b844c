using System.Text;

namespace Monitoring.Feeds.Tests;

public sealed class ParserFormatTests
{
    private static readonly Uri FeedUrl = new("https://example.com/news/feed.xml");

    private static ParsedFeed Parse(string text, string? contentType = null) => FeedParser.Parse(Encoding.UTF8.GetBytes(text), contentType, FeedUrl);

    [Fact]
    public void Rss20_reads_channel_and_items()
    {
        var feed = Parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>World News</title>
                <link>/news/</link>
                <ttl>45</ttl>
                <item>
                  <title>Sanctions announced</title>
                  <link>/news/2024/sanctions?utm_source=rss</link>
                  <guid isPermaLink="false">tag:example.com,2024:1</guid>
                  <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
                  <description>Short summary</description>
                  <content:encoded><![CDATA[<p>Full <b>text</b></p>]]></content:encoded>
                  <dc:creator>Jane Reporter</dc:creator>
                </item>
                <item>
                  <title>Second</title>
                  <guid>https://example.com/news/2</guid>
                  <pubDate>Wed, 11 Jun 2003 09:30:00 +0200</pubDate>
                </item>
              </channel>
            </rss>
            """);
        Assert.Equal("World News", feed.Title);
        Assert.Equal("https://example.com/news/", feed.Link);
        Assert.Equal(TimeSpan.FromMinutes(45), feed.Ttl);
        Assert.Equal(2, feed.Items.Count);

        var first = feed.Items[0];
        Assert.Equal("tag:example.com,2024:1", first.Id);
        Assert.Equal("Sanctions announced", first.Title);
        Assert.Equal("https://example.com/news/2024/sanctions?utm_source=rss", first.Link);
        Assert.Equal(new DateTimeOffset(2003, 6, 10, 4, 0, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("Short summary", first.Summary);
        Assert.Equal("<p>Full <b>text</b></p>", first.Content);
        Assert.Equal("Jane Reporter", first.Author);

        var second = feed.Items[1];
        Assert.Equal("https://example.com/news/2", second.Link);
        Assert.Equal(new DateTimeOffset(2003, 6, 11, 7, 30, 0, TimeSpan.Zero), second.Published!.Value.ToUniversalTime());
    }

    [Fact]
    public void Rss10_rdf_reads_items_outside_the_channel_and_dc_dates()
    {
        var feed = Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://example.org/"><title>RDF Site</title><link>https://example.org/</link></channel>
              <item rdf:about="https://example.org/a"><title>A</title><link>https://example.org/a</link><dc:date>2024-03-01T12:00:00+01:00</dc:date></item>
              <item rdf:about="https://example.org/b"><title>B</title><link>https://example.org/b</link></item>
            </rdf:RDF>
            """);
        Assert.Equal("RDF Site", feed.Title);
        Assert.Equal(["A", "B"], feed.Items.Select(i => i.Title));
        Assert.Equal("https://example.org/a", feed.Items[0].Id);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 11, 0, 0, TimeSpan.Zero), feed.Items[0].Published!.Value.ToUniversalTime());
    }

    [Fact]
    public void Atom10_prefers_the_alternate_link_and_resolves_xml_base()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.net/">
              <title type="text">Atom Blog</title>
              <link rel="self" href="/atom.xml"/>
              <link href="/"/>
              <entry>
                <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                <title type="html">Caf&amp;eacute; &lt;b&gt;news&lt;/b&gt;</title>
                <link rel="edit" href="/edit/1"/>
                <link rel="alternate" type="text/html" href="2024/01/post"/>
                <published>2024-01-05T08:00:00Z</published>
                <updated>2024-01-06T08:00:00Z</updated>
                <summary>Sum</summary>
                <content type="html">&lt;p&gt;Body&lt;/p&gt;</content>
                <author><name>Ann</name></author>
              </entry>
              <entry>
                <title>No date published</title>
                <id>tag:x,2024:2</id>
                <updated>2024-02-01T00:00:00Z</updated>
              </entry>
            </feed>
            """);
        Assert.Equal("Atom Blog", feed.Title);
        Assert.Equal("https://blog.example.net/", feed.Link);
        var entry = feed.Items[0];
        Assert.Equal("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a", entry.Id);
        Assert.Equal("https://blog.example.net/2024/01/post", entry.Link);
        Assert.Equal("Caf&eacute; <b>news</b>", entry.Title);
        Assert.Equal(new DateTimeOffset(2024, 1, 5, 8, 0, 0, TimeSpan.Zero), entry.Published);
        Assert.Equal("Sum", entry.Summary);
        Assert.Equal("<p>Body</p>", entry.Content);
        Assert.Equal("Ann", entry.Author);
        Assert.Equal(new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero), feed.Items[1].Published);
    }

    [Fact]
    public void Atom03_reads_issued_dates_and_links()
    {
        var feed = Parse("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#">
              <title>Old Atom</title>
              <entry>
                <title>E</title>
                <link rel="alternate" type="text/html" href="https://old.example/e"/>
                <id>tag:old.example,2004:e</id>
                <issued>2004-05-01T10:00:00Z</issued>
              </entry>
            </feed>
            """);
        Assert.Equal("Old Atom", feed.Title);
        Assert.Equal("https://old.example/e", feed.Items.Single().Link);
        Assert.Equal(new DateTimeOffset(2004, 5, 1, 10, 0, 0, TimeSpan.Zero), feed.Items.Single().Published);
    }

    [Fact]
    public void Json_feed_11_reads_authors_and_resolves_urls()
    {
        var feed = Parse("""
            {
              "version": "https://jsonfeed.org/version/1.1",
              "title": "JSON News",
              "home_page_url": "https://json.example/",
              "items": [
                { "id": "1", "url": "/posts/1", "title": "One", "content_html": "<p>1</p>", "summary": "s",
                  "date_published": "2024-04-01T10:00:00-05:00", "authors": [{ "name": "Kim" }] },
                { "id": 2, "content_text": "no title, numeric id" }
              ]
            }
            """, "application/feed+json");
        Assert.Equal("JSON News", feed.Title);
        Assert.Equal("https://json.example/", feed.Link);
        Assert.Equal("1", feed.Items[0].Id);
        Assert.Equal("https://json.example/posts/1", feed.Items[0].Link);
        Assert.Equal("<p>1</p>", feed.Items[0].Content);
        Assert.Equal("Kim", feed.Items[0].Author);
        Assert.Equal(new DateTimeOffset(2024, 4, 1, 15, 0, 0, TimeSpan.Zero), feed.Items[0].Published!.Value.ToUniversalTime());
        Assert.Equal("2", feed.Items[1].Id);
        Assert.Null(feed.Items[1].Title);
    }

    [Fact]
    public void Json_feed_10_reads_the_single_author()
    {
        var feed = Parse("""
            {"version":"https://jsonfeed.org/version/1","title":"Old JSON","items":[{"id":"a","external_url":"https://elsewhere.example/a","title":"A","author":{"name":"Lee"},"date_modified":"2020-01-01T00:00:00Z"}]}
            """);
        var item = feed.Items.Single();
        Assert.Equal("https://elsewhere.example/a", item.Link);
        Assert.Equal("Lee", item.Author);
        Assert.Equal(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), item.Published);
    }

    [Fact]
    public void Json_without_a_feed_version_is_refused()
    {
        var e = Assert.Throws<FeedParseException>(() => Parse("""{"verion":"1.0","items":[]}"""));
        Assert.StartsWith("not a feed", e.Message);
        Assert.StartsWith("JSON error", Assert.Throws<FeedParseException>(() => Parse("{\"version\": ")).Message);
    }

    [Fact]
    public void Item_without_guid_is_identified_by_its_canonical_link()
    {
        var feed = Parse("""<rss version="2.0"><channel><item><title>x</title><link>HTTPS://Example.com:443/a?b=1&amp;utm_medium=rss#top</link></item></channel></rss>""");
        Assert.Equal("https://example.com/a?b=1", feed.Items.Single().Id);
        Assert.Equal("HTTPS://Example.com:443/a?b=1&utm_medium=rss#top", feed.Items.Single().Link);
    }

    [Fact]
    public void Item_without_guid_or_link_is_identified_by_a_stable_hash_of_title_and_date()
    {
        const string template = """<rss version="2.0"><channel><item><title>{0}</title><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item></channel></rss>""";
        var a = Parse(string.Format(template, "Alpha")).Items.Single().Id;
        var again = Parse(string.Format(template, "Alpha")).Items.Single().Id;
        var b = Parse(string.Format(template, "Beta")).Items.Single().Id;
        Assert.Matches("^sha256:[0-9a-f]{64}$", a);
        Assert.Equal(a, again);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Permalink_guid_false_is_not_used_as_the_link()
    {
        var item = Parse("""<rss version="2.0"><channel><item><guid isPermaLink="false">https://example.com/not-a-link</guid></item></channel></rss>""").Items.Single();
        Assert.Null(item.Link);
        Assert.Equal("https://example.com/not-a-link", item.Id);
    }
}
