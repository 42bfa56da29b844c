using System.Text;

namespace Monitoring.Feeds.Tests;

/// <summary>JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) fields and the forms seen in the wild.</summary>
public sealed class JsonFeedTests
{
    private static ParsedFeed Parse(string text, string? contentType = "application/feed+json") =>
        FeedParser.Parse(Encoding.UTF8.GetBytes(text), contentType, new Uri("https://json.example/feed.json"));

    private static FeedItem Item(string itemJson) => Parse($$"""{"version":"https://jsonfeed.org/version/1.1","items":[{{itemJson}}]}""").Items.Single();

    [Theory]
    [InlineData("1")]
    [InlineData("1.0")]
    [InlineData("1.1")]
    [InlineData("https://jsonfeed.org/version/1")]
    [InlineData("HTTPS://JSONFEED.ORG/VERSION/1.1")]
    public void Json_feed_versions_are_recognised(string version) =>
        Assert.Equal("T", Parse($$"""{"version":"{{version}}","title":"T","items":[]}""").Title);

    [Theory]
    [InlineData("2")]
    [InlineData("https://jsonfeed.org/version/2")]
    [InlineData("")]
    public void Other_versions_are_refused(string version)
    {
        var e = Assert.Throws<FeedParseException>(() => Parse($$"""{"version":"{{version}}","items":[]}"""));
        Assert.Equal("not a feed: JSON without a JSON Feed version (https://jsonfeed.org/version/1.1)", e.Message);
    }

    [Fact]
    public void Trailing_commas_and_comments_are_forgiven()
    {
        var feed = Parse("""
            {
              // exported by hand
              "version": "https://jsonfeed.org/version/1.1",
              "title": "T",
              "items": [ { "id": "1", "title": "One", }, ],
            }
            """);
        Assert.Equal("One", feed.Items.Single().Title);
    }

    [Fact]
    public void Json_error_names_the_line()
    {
        var e = Assert.Throws<FeedParseException>(() => Parse("{\n  \"version\": \"1.1\",\n  \"title\": oops\n}"));
        Assert.StartsWith("JSON error at line 3: ", e.Message);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("\"none\"")]
    public void Items_that_are_not_an_array_mean_no_items(string items) =>
        Assert.Empty(Parse($$"""{"version":"1.1","title":"T","items":{{items}}}""").Items);

    [Fact]
    public void Item_fields_are_read()
    {
        var item = Item("""{"id":"a","url":"/posts/a","title":"  Title  ","summary":"Sum","content_text":"Text only"}""");
        Assert.Equal("https://json.example/posts/a", item.Link);
        Assert.Equal("Title", item.Title);
        Assert.Equal("Sum", item.Summary);
        Assert.Equal("Text only", item.Content);
    }

    [Fact]
    public void Url_beats_external_url() =>
        Assert.Equal("https://json.example/mine", Item("""{"id":"a","external_url":"https://other.example/theirs","url":"https://json.example/mine"}""").Link);

    [Fact]
    public void Content_html_beats_content_text() =>
        Assert.Equal("<p>Html</p>", Item("""{"id":"a","content_text":"Text","content_html":"<p>Html</p>"}""").Content);

    [Fact]
    public void Date_published_beats_date_modified()
    {
        var published = Item("""{"id":"a","date_modified":"2024-02-01T00:00:00Z","date_published":"2024-01-01T09:00:00+09:00"}""").Published;
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.FromHours(9)), published);
    }

    [Fact]
    public void Authors_without_a_name_fall_back_to_the_single_author()
    {
        Assert.Equal("Lee", Item("""{"id":"a","authors":[],"author":{"name":"Lee"}}""").Author);
        Assert.Equal("Kim", Item("""{"id":"a","authors":[{"url":"https://kim.example/"},{"name":" "},{"name":"Kim"}]}""").Author);
    }

    [Fact]
    public void Authors_that_is_not_an_array_is_ignored() =>
        Assert.Equal("Lee", Item("""{"id":"a","authors":{"name":"Pat"},"author":{"name":"Lee"}}""").Author);

    [Fact]
    public void Json_content_type_with_a_body_that_is_not_json_reports_a_json_error()
    {
        var e = Assert.Throws<FeedParseException>(() => Parse("Service Unavailable"));
        Assert.StartsWith("JSON error at line 1: ", e.Message);
    }

    [Fact]
    public void Text_content_type_with_a_body_that_is_neither_is_refused()
    {
        var e = Assert.Throws<FeedParseException>(() => Parse("Service Unavailable", "text/plain"));
        Assert.Equal("not a feed: the body is neither XML nor JSON", e.Message);
    }

    [Fact]
    public void Null_body_is_an_argument_error() => Assert.Throws<ArgumentNullException>(() => FeedParser.Parse(null!, null, null));
}
