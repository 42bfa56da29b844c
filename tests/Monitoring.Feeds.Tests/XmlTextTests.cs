using System.Text;

namespace Monitoring.Feeds.Tests;

/// <summary>
/// Text out of feed elements: Atom text constructs (RFC 4287 section 3.1: text, html, xhtml, and
/// Atom 0.3's base64 mode and media types), undeclared markup in RSS, xml:base (RFC 4287 section 2).
/// </summary>
public sealed class XmlTextTests
{
    private static ParsedFeed Parse(string text) => FeedParser.Parse(Encoding.UTF8.GetBytes(text), null, new Uri("https://example.com/feed.xml"));

    private static FeedItem AtomEntry(string entryContent, string feedAttributes = "") =>
        Parse($"""<feed xmlns="http://www.w3.org/2005/Atom"{feedAttributes}><entry><id>urn:x</id>{entryContent}</entry></feed>""").Items.Single();

    [Fact]
    public void Rss_title_with_undeclared_markup_keeps_the_markup()
    {
        var feed = Parse("""<rss version="2.0"><channel><title>  <b>Bold</b> news  </title><item><title>plain &amp; simple</title></item></channel></rss>""");
        Assert.Equal("<b>Bold</b> news", feed.Title);
        Assert.Equal("plain & simple", feed.Items.Single().Title);
    }

    [Fact]
    public void Empty_or_blank_elements_read_as_missing()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><title>   </title><item><title/><description> \n\t </description><guid>x</guid></item></channel></rss>");
        var item = feed.Items.Single();
        Assert.Null(feed.Title);
        Assert.Null(item.Title);
        Assert.Null(item.Summary);
    }

    [Fact]
    public void Xhtml_content_is_the_inside_of_its_wrapping_div()
    {
        var entry = AtomEntry("""<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi <b>there</b></p></div></content>""");
        Assert.Equal("<p>Hi <b>there</b></p>", entry.Content);
    }

    [Fact]
    public void Application_xhtml_media_type_is_read_like_xhtml()
    {
        var entry = AtomEntry("""<content type="application/xhtml+xml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi</p></div></content>""");
        Assert.Equal("<p>Hi</p>", entry.Content);
    }

    [Fact]
    public void Xhtml_without_a_wrapping_div_keeps_all_its_markup()
    {
        var entry = AtomEntry("""<content type="xhtml"><p xmlns="http://www.w3.org/1999/xhtml">One</p><p xmlns="http://www.w3.org/1999/xhtml">Two</p></content>""");
        Assert.Equal("<p>One</p><p>Two</p>", entry.Content);
    }

    [Fact]
    public void Xhtml_div_with_siblings_is_not_unwrapped()
    {
        var entry = AtomEntry("""<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A</div><p xmlns="http://www.w3.org/1999/xhtml">B</p></content>""");
        Assert.Equal("<div>A</div><p>B</p>", entry.Content);
    }

    [Fact]
    public void Processing_instructions_are_not_passed_on_as_content()
    {
        var entry = AtomEntry("""<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><?cms-marker id="7"?><p>Hi</p></div></content>""");
        Assert.Equal("<p>Hi</p>", entry.Content);
    }

    [Theory]
    [InlineData("html", "&lt;p&gt;See &lt;a href=\"2024/post\"&gt;the post&lt;/a&gt; and &lt;img src='/img/a.png'&gt;&lt;/p&gt;")]
    [InlineData("text/html", "&lt;p&gt;See &lt;a href=\"2024/post\"&gt;the post&lt;/a&gt; and &lt;img src='/img/a.png'&gt;&lt;/p&gt;")]
    [InlineData("xhtml", "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>See <a href=\"2024/post\">the post</a> and <img src='/img/a.png'/></p></div>")]
    [InlineData("application/xhtml+xml", "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>See <a href=\"2024/post\">the post</a> and <img src='/img/a.png'/></p></div>")]
    public void Markup_links_are_resolved_against_xml_base(string type, string content)
    {
        var entry = AtomEntry($"""<content type="{type}">{content}</content>""", " xml:base=\"https://blog.example.net/posts/\"");
        var expected = type.Contains("xhtml", StringComparison.Ordinal)
            ? "<p>See <a href=\"https://blog.example.net/posts/2024/post\">the post</a> and <img src=\"https://blog.example.net/img/a.png\" /></p>"
            : "<p>See <a href=\"https://blog.example.net/posts/2024/post\">the post</a> and <img src='https://blog.example.net/img/a.png'></p>";
        Assert.Equal(expected, entry.Content);
    }

    [Fact]
    public void Plain_text_that_merely_looks_like_markup_is_not_rewritten()
    {
        var entry = AtomEntry("""<summary type="text">Write &lt;a href="x"&gt; to link</summary>""", " xml:base=\"https://blog.example.net/\"");
        Assert.Equal("Write <a href=\"x\"> to link", entry.Summary);
    }

    [Fact]
    public void Empty_html_content_under_xml_base_is_missing()
    {
        var entry = AtomEntry("""<summary type="html"></summary><content type="html">  </content>""", " xml:base=\"https://blog.example.net/\"");
        Assert.Null(entry.Summary);
        Assert.Null(entry.Content);
    }

    [Fact]
    public void Nested_xml_base_values_resolve_from_the_outside_in()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://a.example/blog/">
              <entry xml:base="posts/"><id>urn:1</id><link href="first"/></entry>
            </feed>
            """);
        Assert.Equal("https://a.example/blog/posts/first", feed.Items.Single().Link);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("html")]
    [InlineData("text/plain")]
    public void Textual_types_are_never_base64_decoded(string type)
    {
        // "Blog" is also valid base64 (of the bytes 06 5A 20): it must stay a word.
        var entry = AtomEntry($"""<title type="{type}">Blog</title>""");
        Assert.Equal("Blog", entry.Title);
    }

    [Theory]
    [InlineData("application/atom+xml")]
    [InlineData("application/xml")]
    public void Xml_media_types_are_never_base64_decoded(string type)
    {
        var entry = AtomEntry($"""<content type="{type}">Blog</content>""");
        Assert.Equal("Blog", entry.Content);
    }

    [Fact]
    public void Atom03_base64_mode_is_decoded()
    {
        var entry = AtomEntry("""<content mode="base64">SGVsbG8sIHdvcmxk</content>""");
        Assert.Equal("Hello, world", entry.Content);
    }

    [Fact]
    public void Binary_media_type_holding_base64_of_text_is_decoded()
    {
        var entry = AtomEntry("""<content type="application/octet-stream"> SGVsbG8sIHdvcmxk </content>""");
        Assert.Equal("Hello, world", entry.Content);
    }

    [Fact]
    public void Base64_of_bytes_that_are_not_utf8_stays_as_written()
    {
        // The PNG signature: decoding it would only produce replacement characters.
        var entry = AtomEntry("""<content type="image/png">iVBORw0KGgo=</content>""");
        Assert.Equal("iVBORw0KGgo=", entry.Content);
    }

    [Fact]
    public void Binary_type_with_text_that_is_not_base64_stays_as_written()
    {
        var entry = AtomEntry("""<content type="application/pdf">see attachment</content>""");
        Assert.Equal("see attachment", entry.Content);
    }
}
