using System.Security.Cryptography;
using System.Text;

namespace Monitoring.Feeds.Tests;

/// <summary>
/// Item ids decide what counts as new on every poll, so the fallbacks and the exact material hashed
/// are a stored format: changing them would announce every stored item again.
/// </summary>
public sealed class ItemIdentityTests
{
    private static string Hash(string material) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)));

    private static ParsedFeed Parse(string text, string? contentType = null) => FeedParser.Parse(Encoding.UTF8.GetBytes(text), contentType, null);

    [Fact]
    public void Declared_id_wins_and_is_trimmed() =>
        Assert.Equal("tag:example.com,2024:7", ItemIdentity.For("  tag:example.com,2024:7\n", "https://example.com/7", "T", null, "b"));

    [Fact]
    public void Link_is_used_canonicalised_when_there_is_no_id() =>
        Assert.Equal("https://example.com/7", ItemIdentity.For(" ", "HTTPS://EXAMPLE.com/7?utm_source=x", "T", null, "b"));

    [Fact]
    public void Title_and_universal_date_are_hashed_in_round_trip_format()
    {
        var published = new DateTimeOffset(2024, 1, 8, 10, 0, 0, TimeSpan.FromHours(-5));
        Assert.Equal(Hash("Alpha\n2024-01-08T15:00:00.0000000Z"), ItemIdentity.For(null, null, "Alpha", published, "body"));
    }

    [Fact]
    public void Title_without_date_hashes_the_title_alone() =>
        Assert.Equal(Hash("Alpha\n"), ItemIdentity.For(null, null, "Alpha", null, "body"));

    [Fact]
    public void Date_without_title_hashes_the_date_alone() =>
        Assert.Equal(Hash("\n2024-01-08T10:00:00.0000000Z"), ItemIdentity.For(null, null, null, new DateTimeOffset(2024, 1, 8, 10, 0, 0, TimeSpan.Zero), "body"));

    [Fact]
    public void Without_title_and_date_the_body_is_hashed()
    {
        Assert.Equal(Hash("<p>Only a body</p>"), ItemIdentity.For(null, null, null, null, "<p>Only a body</p>"));
        Assert.Equal(Hash("<p>Only a body</p>"), ItemIdentity.For(null, null, string.Empty, null, "<p>Only a body</p>"));
        Assert.NotEqual(ItemIdentity.For(null, null, null, null, "one"), ItemIdentity.For(null, null, null, null, "two"));
    }

    [Fact]
    public void An_item_with_nothing_at_all_hashes_the_empty_string() =>
        Assert.Equal(Hash(string.Empty), ItemIdentity.For(null, null, null, null));

    [Fact]
    public void Rss_item_without_guid_link_title_or_date_is_identified_by_its_full_content()
    {
        var items = Parse("""
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
              <item><description>Teaser</description><content:encoded>Full story</content:encoded></item>
              <item><description>Only a teaser</description></item>
              <item><content:encoded>Only the story</content:encoded></item>
            </channel></rss>
            """).Items;
        Assert.Equal([Hash("Full story"), Hash("Only a teaser"), Hash("Only the story")], items.Select(i => i.Id));
    }

    [Fact]
    public void Atom_entry_without_id_link_title_or_date_is_identified_by_its_content()
    {
        var items = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry><summary>Teaser</summary><content>Full story</content></entry>
              <entry><summary>Only a teaser</summary></entry>
              <entry><content>Only the story</content></entry>
            </feed>
            """).Items;
        Assert.Equal([Hash("Full story"), Hash("Only a teaser"), Hash("Only the story")], items.Select(i => i.Id));
    }

    [Fact]
    public void Json_feed_item_without_id_url_title_or_date_is_identified_by_its_content()
    {
        var items = Parse("""
            {"version":"https://jsonfeed.org/version/1.1","items":[
              {"summary":"Teaser","content_text":"Full story"},
              {"summary":"Only a teaser"},
              {"content_html":"<p>Only the story</p>"}
            ]}
            """).Items;
        Assert.Equal([Hash("Full story"), Hash("Only a teaser"), Hash("<p>Only the story</p>")], items.Select(i => i.Id));
    }
}
