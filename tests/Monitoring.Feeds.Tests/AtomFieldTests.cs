using System.Text;

namespace Monitoring.Feeds.Tests;

/// <summary>
/// Atom 1.0 (RFC 4287) and 0.3 entry dates: published (1.0), issued and created (0.3) for the
/// publication date; updated (1.0) and modified (0.3) when there is none.
/// </summary>
public sealed class AtomFieldTests
{
    private static FeedItem Entry(string entryContent, string ns = "http://www.w3.org/2005/Atom") =>
        FeedParser.Parse(Encoding.UTF8.GetBytes($"""<feed xmlns="{ns}"><entry><id>urn:x</id>{entryContent}</entry></feed>"""), null, null).Items.Single();

    private static void AssertPublished(string entryContent, int day, int offsetHours, string ns = "http://www.w3.org/2005/Atom")
    {
        var published = Entry(entryContent, ns).Published;
        var expected = new DateTimeOffset(2024, 1, day, 10, 0, 0, TimeSpan.FromHours(offsetHours));
        Assert.Equal(expected, published);
        Assert.Equal(expected.Offset, published!.Value.Offset);
    }

    [Fact]
    public void Published_keeps_its_offset() => AssertPublished("<published>2024-01-01T10:00:00+02:00</published>", 1, 2);

    [Fact]
    public void Published_beats_issued_created_and_updated() => AssertPublished(
        "<updated>2024-01-04T10:00:00Z</updated><created>2024-01-03T10:00:00Z</created><issued>2024-01-02T10:00:00Z</issued><published>2024-01-01T10:00:00+02:00</published>",
        1, 2);

    [Fact]
    public void Issued_beats_created() => AssertPublished(
        "<created>2024-01-03T10:00:00Z</created><issued>2024-01-02T10:00:00+01:00</issued>", 2, 1, "http://purl.org/atom/ns#");

    [Fact]
    public void Created_alone_is_the_publication_date() => AssertPublished(
        "<created>2024-01-03T10:00:00-03:00</created><modified>2024-01-05T10:00:00Z</modified>", 3, -3, "http://purl.org/atom/ns#");

    [Fact]
    public void Updated_beats_modified_when_nothing_says_published() => AssertPublished(
        "<modified>2024-01-05T10:00:00Z</modified><updated>2024-01-04T10:00:00+04:00</updated>", 4, 4);

    [Fact]
    public void Modified_alone_is_used() => AssertPublished(
        "<modified>2024-01-05T10:00:00-07:00</modified>", 5, -7, "http://purl.org/atom/ns#");

    [Fact]
    public void Updated_alone_keeps_its_offset() => AssertPublished("<updated>2024-01-04T10:00:00+04:00</updated>", 4, 4);

    [Fact]
    public void Published_in_rfc822_with_the_wrong_weekday_still_gives_the_date()
    {
        var published = Entry("<published>Fri, 08 Jan 2024 10:00:00 GMT</published>").Published;
        Assert.Equal(new DateTimeOffset(2024, 1, 8, 10, 0, 0, TimeSpan.Zero), published);
    }

    [Fact]
    public void Atom_without_a_namespace_is_still_read()
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes("""<feed><title>No namespace</title><link href="https://x.example/"/><entry><id>e1</id><title>E</title></entry></feed>"""), null, null);
        Assert.Equal("No namespace", feed.Title);
        Assert.Equal("https://x.example/", feed.Link);
        Assert.Equal("e1", feed.Items.Single().Id);
    }
}
