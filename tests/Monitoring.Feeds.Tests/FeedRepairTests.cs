using System.Text;

namespace Monitoring.Feeds.Tests;

/// <summary>
/// The well-formedness slips real feeds make and readers forgive: undefined entities, stray and
/// mistyped end tags, unclosed elements, truncated bodies. Repairs must not damage what was fine.
/// </summary>
public sealed class FeedRepairTests
{
    private static ParsedFeed Parse(string text) => FeedParser.Parse(Encoding.UTF8.GetBytes(text), null, null);

    [Fact]
    public void Unknown_entity_is_kept_as_literal_text()
    {
        var feed = Parse("""<rss version="2.0"><channel><title>Tom &bogus; Jerry&nbsp;Show</title></channel></rss>""");
        Assert.Equal("Tom &bogus; Jerry\u00a0Show", feed.Title);
    }

    [Fact]
    public void Character_references_survive_the_repair_of_something_else()
    {
        var feed = Parse("""<rss version="2.0"><channel><title>Caf&#233; &#x2014; Fish & Chips</title></channel></rss>""");
        Assert.Equal("Caf\u00e9 \u2014 Fish & Chips", feed.Title);
    }

    [Fact]
    public void Predefined_entities_survive_the_repair_of_something_else()
    {
        var feed = Parse("""<rss version="2.0"><channel><title>&lt;Tom&gt; &amp; &quot;Jerry&apos;s&quot;&nbsp;&eacute;</title></channel></rss>""");
        Assert.Equal("<Tom> & \"Jerry's\"\u00a0\u00e9", feed.Title);
    }

    [Fact]
    public void Cdata_and_comments_survive_the_repair_of_something_else()
    {
        var feed = Parse("""
            <rss version="2.0"><channel><title>Caf&eacute;</title>
            <!-- generated -->
            <item><title>A</title><description><![CDATA[<p>Body &amp; <b>soul</b></p>]]></description></item>
            </channel></rss>
            """);
        Assert.Equal("Caf\u00e9", feed.Title);
        Assert.Equal("<p>Body &amp; <b>soul</b></p>", feed.Items.Single().Summary);
    }

    [Fact]
    public void End_tag_of_an_outer_element_closes_the_ones_left_open()
    {
        var feed = Parse("""
            <rss version="2.0"><channel>
            <item><title>A</item>
            <item><title>B</title></item>
            </channel></rss>
            """);
        Assert.Equal(["A", "B"], feed.Items.Select(i => i.Title));
    }

    [Fact]
    public void Mistyped_end_tag_closes_the_open_element()
    {
        var feed = Parse("""<rss version="2.0"><channel><language>en</langauge><title>T</title><item><title>A</title></item></channel></rss>""");
        Assert.Equal("T", feed.Title);
        Assert.Equal("A", feed.Items.Single().Title);
    }

    [Fact]
    public void Stray_end_tag_after_the_root_is_dropped()
    {
        var feed = Parse("""<rss version="2.0"><channel><title>T</title></channel></rss></channel>""");
        Assert.Equal("T", feed.Title);
    }

    [Fact]
    public void Truncated_body_is_closed()
    {
        var feed = Parse("""<rss version="2.0"><channel><title>T</title><item><title>A &amp; B</title>""");
        Assert.Equal("T", feed.Title);
        Assert.Equal("A & B", feed.Items.Single().Title);
    }

    [Fact]
    public void Body_of_only_an_xml_declaration_is_refused_with_the_reason()
    {
        var e = Assert.Throws<FeedParseException>(() => Parse("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- nothing yet -->"));
        Assert.StartsWith("XML error at line ", e.Message);
        Assert.EndsWith(": Root element is missing.", e.Message);
    }

    [Fact]
    public void Xml_error_message_names_the_line_without_the_position()
    {
        var e = Assert.Throws<FeedParseException>(() => Parse("<rss version=\"2.0\">\n<channel>\n<title a=>x</title></channel></rss>"));
        Assert.Equal("XML error at line 3: '>' is an unexpected token. The expected token is '\"' or '''.", e.Message);
    }

    [Fact]
    public void Prepare_refuses_an_empty_body()
    {
        var e = Assert.Throws<FeedParseException>(() => XmlScreen.Prepare("\uFEFF \r\n\t"));
        Assert.Equal("empty body", e.Message);
    }

    [Fact]
    public void Prepare_returns_well_formed_text_unchanged()
    {
        const string text = "<rss version=\"2.0\"><channel><title>A &amp; B</title></channel></rss>";
        Assert.Same(text, XmlScreen.Prepare(text));
    }

    [Theory]
    [InlineData("A&#1;B")]
    [InlineData("A&#x0B;B")]
    [InlineData("A&#x1f;B")]
    [InlineData("A&#xD800;B")]
    [InlineData("A&#xFFFE;B")]
    [InlineData("A&#x110000;B")]
    [InlineData("A&#99999999999;B")]
    public void Character_references_to_characters_xml_forbids_are_dropped(string title)
    {
        var feed = Parse($"""<rss version="2.0"><channel><title>{title}</title><item><title>ok</title></item></channel></rss>""");
        Assert.Equal("AB", feed.Title);
        Assert.Equal("ok", feed.Items.Single().Title);
    }

    [Theory]
    [InlineData("&#9;", "\t")]
    [InlineData("&#32;", " ")]
    [InlineData("&#xD7FF;", "\uD7FF")]
    [InlineData("&#xE000;", "\uE000")]
    [InlineData("&#xFFFD;", "\uFFFD")]
    [InlineData("&#x10000;", "\U00010000")]
    [InlineData("&#x1F600;", "\U0001F600")]
    [InlineData("&#X10FFFF;", "\U0010FFFF")]
    [InlineData("&#128512;", "\U0001F600")]
    public void Character_references_to_allowed_characters_are_kept_while_repairing(string reference, string character)
    {
        // The bare ampersand forces the repair; the reference must come through it untouched.
        var feed = Parse($"""<rss version="2.0"><channel><title>[{reference}] & co</title></channel></rss>""");
        Assert.Equal($"[{character}] & co", feed.Title);
    }
}
