using Monitoring.Feeds.Conformance;

namespace Monitoring.Feeds.Tests;

/// <summary>
/// The scorer of the parser, on a small testdata folder of our own in gofeed's layout (the real one lives
/// outside the repository): what each golden file checks, how a miss is reported, and what counts.
/// </summary>
public sealed class ConformanceScorerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "monitoring-conformance-" + Guid.NewGuid().ToString("n"));

    public ConformanceScorerTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private const string Atom = """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
          <entry><id>urn:one</id><title>First</title><link rel="alternate" href="https://news.example/1"/></entry>
          <entry><id>urn:two</id><title>Second</title><link href="https://news.example/2"/></entry>
        </feed>
        """;

    private const string AtomGolden = """
        {"title": "Wire", "entries": [
          {"id": "urn:one", "title": "First", "links": [{"href": "https://news.example/self", "rel": "self"}, {"href": "https://news.example/1", "rel": "alternate"}]},
          {"id": "urn:two", "title": "Second", "links": [{"href": "https://news.example/2"}]}]}
        """;

    [Fact]
    public void A_feed_that_matches_its_golden_file_passes_its_title_count_and_each_items_id_link_and_title()
    {
        Write("atom/wire.xml", Atom);
        Write("atom/wire.json", AtomGolden);

        var report = GofeedConformance.Run(_root);

        var atom = Assert.Single(report.Categories);
        Assert.Equal(new ConformanceCategory("atom", 1, 2 + (3 * 2), 2 + (3 * 2)), atom);
        Assert.Empty(report.Misses);
        Assert.Equal(1.0, report.Score);
    }

    [Fact]
    public void Each_difference_is_one_miss_naming_the_category_file_check_both_values_and_the_cause()
    {
        Write("atom/wire.xml", Atom);
        Write("atom/wire.json", AtomGolden.Replace("\"Wire\"", "\"Other\"", StringComparison.Ordinal).Replace("\"Second\"", "\"Later\"", StringComparison.Ordinal));

        var report = GofeedConformance.Run(_root);

        Assert.Equal(
            [
                new ConformanceMiss("atom", "wire.xml", "title", "Other", "Wire", "feed title differs"),
                new ConformanceMiss("atom", "wire.xml", "item[1].title", "Later", "Second", "item title differs"),
            ],
            report.Misses);
        Assert.Equal((8, 6), (report.Checks, report.Passed));
        Assert.Equal(0.75, report.Score);
    }

    [Fact]
    public void An_item_the_parser_did_not_give_is_missing_and_counts_its_three_checks()
    {
        Write("atom/wire.xml", Atom);
        Write("atom/wire.json", """
            {"title": "Wire", "entries": [{"id": "urn:one", "title": "First", "links": [{"href": "https://news.example/1"}]},
              {"id": "urn:two", "title": "Second", "links": [{"href": "https://news.example/2"}]},
              {"id": "urn:three", "title": "Third", "links": [{"href": "https://news.example/3"}]}]}
            """);

        var report = GofeedConformance.Run(_root);

        Assert.Equal(
            [
                new ConformanceMiss("atom", "wire.xml", "count", "3", "2", "item count differs"),
                new ConformanceMiss("atom", "wire.xml", "item[2]", "present", "missing", "item missing"),
            ],
            report.Misses);
        Assert.Equal((2 + (3 * 3), 1 + (3 * 2)), (report.Checks, report.Passed));
    }

    [Fact]
    public void A_golden_feed_the_parser_refuses_fails_every_check_it_would_have_made()
    {
        Write("rss/broken.xml", "A page of plain words, no markup at all.");
        Write("rss/broken.json", """{"title": "Cut off", "items": [{"title": "a"}, {"title": "b"}]}""");

        var report = GofeedConformance.Run(_root);

        var miss = Assert.Single(report.Misses);
        Assert.Equal(("rss", "broken.xml", "parse", "parsed", "refused"), (miss.Category, miss.File, miss.Check, miss.Expected, miss.Actual));
        Assert.StartsWith("parse error: ", miss.Cause, StringComparison.Ordinal);
        Assert.True(miss.Cause.Length > "parse error: ".Length + 5, $"the parser's own message is kept: {miss.Cause}");
        Assert.Equal(new ConformanceCategory("rss", 1, 2 + (3 * 2), 0), Assert.Single(report.Categories));
    }

    [Fact]
    public void An_rss_item_is_checked_against_its_guid_and_its_link_or_permalink_guid_and_without_a_guid_against_the_fallback_id()
    {
        Write("rss/items.xml", """
            <rss version="2.0"><channel><title>Desk</title>
              <item><title>Linked</title><guid isPermaLink="false">tag:desk,1</guid><link>https://desk.example/a</link></item>
              <item><title>Permalink</title><guid>https://desk.example/b</guid></item>
              <item><title>Bare</title><link>https://desk.example/c</link></item>
              <item><title>Nothing</title><description>no link, no guid</description></item>
            </channel></rss>
            """);
        Write("rss/items.json", """
            {"title": "Desk", "items": [
              {"title": "Linked", "link": "https://desk.example/a", "guid": {"value": "tag:desk,1", "isPermalink": "false"}},
              {"title": "Permalink", "guid": {"value": "https://desk.example/b"}},
              {"title": "Bare", "link": "https://desk.example/c"},
              {"title": "Nothing"}]}
            """);

        var report = GofeedConformance.Run(_root);

        Assert.Empty(report.Misses);
        Assert.Equal(2 + (3 * 4), report.Checks);
    }

    [Fact]
    public void A_guid_marked_not_a_permalink_is_no_link_and_an_id_that_is_not_the_fallback_is_a_miss()
    {
        Write("rss/notlink.xml", """
            <rss version="2.0"><channel><title>Desk</title>
              <item><title>Tagged</title><guid isPermaLink="false">https://desk.example/t</guid></item>
              <item><title>Bare</title><link>https://desk.example/c</link></item>
            </channel></rss>
            """);
        // The golden file says the first item has no link (its guid is no permalink) and the second no guid,
        // so the second's id must be its canonical link; a golden link for the first would be a miss.
        Write("rss/notlink.json", """
            {"title": "Desk", "items": [
              {"title": "Tagged", "guid": {"value": "https://desk.example/t", "isPermalink": "false"}},
              {"title": "Bare", "link": "https://desk.example/c"}]}
            """);
        Write("rss/wrongid.xml", """<rss version="2.0"><channel><title>Desk</title><item><title>Bare</title><guid isPermaLink="false">x1</guid><link>https://desk.example/c</link></item></channel></rss>""");
        Write("rss/wrongid.json", """{"title": "Desk", "items": [{"title": "Bare", "link": "https://desk.example/c"}]}""");

        var report = GofeedConformance.Run(_root);

        var miss = Assert.Single(report.Misses);
        Assert.Equal(new ConformanceMiss("rss", "wrongid.xml", "item[0].id", "fallback id", "x1", "id fallback differs"), miss);
    }

    [Fact]
    public void A_json_feed_is_checked_against_its_expected_file_and_one_without_it_only_has_to_parse()
    {
        Write("json/one.json", """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Feed", "items": [{"id": 7, "url": "https://j.example/7", "title": "Seven"}]}
            """);
        Write("json/one_expected.json", """{"title": "Feed", "items": [{"id": 7, "url": "https://j.example/7", "title": "Seven"}]}""");
        Write("json/external.json", """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Feed", "items": [{"id": "e", "external_url": "https://j.example/e", "title": "E"}]}
            """);
        Write("json/external_expected.json", """{"title": "Feed", "items": [{"id": "e", "external_url": "https://j.example/e", "title": "E"}]}""");
        Write("json/alone.json", """{"version": "https://jsonfeed.org/version/1", "title": "Alone", "items": []}""");

        var report = GofeedConformance.Run(_root);

        Assert.Empty(report.Misses);
        Assert.Equal(new ConformanceCategory("json", 3, 5 + 5 + 1, 11), Assert.Single(report.Categories));
    }

    [Fact]
    public void Universal_inputs_named_empty_invalid_or_unknown_must_be_refused_and_the_others_parsed()
    {
        Write("universal/empty.xml", "");
        Write("universal/Invalid-feed.xml", "<html><body>not a feed</body></html>");
        Write("universal/unknown/nested.xml", "<unknown/>");
        Write("universal/plain.json", """{"version": "https://jsonfeed.org/version/1", "title": "J", "items": []}""");
        Write("universal/rss.xml", """<rss version="2.0"><channel><title>R</title></channel></rss>""");
        Write("universal/unknownish-but-a-feed.xml", """<rss version="2.0"><channel><title>R</title></channel></rss>""");

        var report = GofeedConformance.Run(_root);

        Assert.Equal(new ConformanceCategory("universal", 6, 6, 5), Assert.Single(report.Categories));
        Assert.Equal(new ConformanceMiss("universal", "unknownish-but-a-feed.xml", "outcome", "refused", "parsed", "accepted a non-feed"), Assert.Single(report.Misses));
    }

    [Fact]
    public void A_universal_input_that_should_parse_but_does_not_says_why()
    {
        Write("universal/fine.xml", "A page of plain words, no markup at all.");

        var miss = Assert.Single(GofeedConformance.Run(_root).Misses);

        Assert.Equal(("outcome", "parsed", "refused"), (miss.Check, miss.Expected, miss.Actual));
        Assert.StartsWith("parse error: ", miss.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Categories_come_in_name_order_and_a_folder_without_cases_is_left_out()
    {
        Write("rss/a.xml", """<rss version="2.0"><channel><title>R</title></channel></rss>""");
        Write("rss/a.json", """{"title": "R", "items": []}""");
        Write("atom/b.xml", """<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title></feed>""");
        Write("atom/b.json", """{"title": "A"}""");
        Directory.CreateDirectory(Path.Combine(_root, "extra"));

        var report = GofeedConformance.Run(_root);

        Assert.Equal(["atom", "rss"], report.Categories.Select(c => c.Name));
        Assert.Equal((2, 4, 4), (report.Files, report.Checks, report.Passed));
    }

    [Fact]
    public void A_missing_folder_is_a_clear_error_and_an_empty_one_scores_nothing_as_whole()
    {
        var missing = Path.Combine(_root, "nowhere");
        var error = Assert.Throws<DirectoryNotFoundException>(() => GofeedConformance.Run(missing));
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);

        var empty = GofeedConformance.Run(_root);
        Assert.Equal((0, 0, 1.0), (empty.Checks, empty.Files, empty.Score));
        Assert.Equal(1.0, new ConformanceCategory("x", 0, 0, 0).Score);
        Assert.Equal(0.5, new ConformanceCategory("x", 1, 4, 2).Score);
    }

    [Fact]
    public void An_items_id_and_link_that_differ_are_two_misses_in_file_order()
    {
        Write("atom/a.xml", Atom);
        Write("atom/a.json", AtomGolden.Replace("urn:one", "urn:first", StringComparison.Ordinal).Replace("https://news.example/1", "https://news.example/one", StringComparison.Ordinal));
        Write("atom/b.xml", Atom);
        Write("atom/b.json", AtomGolden.Replace("\"Wire\"", "\"B\"", StringComparison.Ordinal));

        var report = GofeedConformance.Run(_root);

        Assert.Equal(
            [
                new ConformanceMiss("atom", "a.xml", "item[0].id", "urn:first", "urn:one", "item id differs"),
                new ConformanceMiss("atom", "a.xml", "item[0].link", "https://news.example/one", "https://news.example/1", "item link differs"),
                new ConformanceMiss("atom", "b.xml", "title", "B", "Wire", "feed title differs"),
            ],
            report.Misses);
    }

    [Fact]
    public void A_golden_item_without_an_id_wants_the_fallback_and_an_id_from_the_feed_is_not_it()
    {
        Write("atom/noid.xml", """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><entry><id>urn:kept</id><title>T</title></entry></feed>
            """);
        Write("atom/noid.json", """{"title": "W", "entries": [{"title": "T"}]}""");

        var miss = Assert.Single(GofeedConformance.Run(_root).Misses);

        Assert.Equal(new ConformanceMiss("atom", "noid.xml", "item[0].id", "fallback id", "urn:kept", "id fallback differs"), miss);
    }

    [Fact]
    public void A_permalink_guid_on_plain_http_is_the_link_a_json_url_goes_before_an_external_one_and_a_null_item_list_is_none()
    {
        Write("rss/http.xml", """<rss version="2.0"><channel><title>D</title><item><title>P</title><guid>http://desk.example/p</guid></item></channel></rss>""");
        Write("rss/http.json", """{"title": "D", "items": [{"title": "P", "guid": {"value": "http://desk.example/p"}}]}""");
        Write("json/both.json", """
            {"version": "https://jsonfeed.org/version/1.1", "title": "F", "items": [{"id": "b", "url": "https://j.example/own", "external_url": "https://elsewhere.example/x", "title": "B"}]}
            """);
        Write("json/both_expected.json", """{"title": "F", "items": [{"id": "b", "url": "https://j.example/own", "external_url": "https://elsewhere.example/x", "title": "B"}]}""");
        Write("json/none.json", """{"version": "https://jsonfeed.org/version/1.1", "title": "N", "items": []}""");
        Write("json/none_expected.json", """{"title": "N", "items": null}""");

        var report = GofeedConformance.Run(_root);

        Assert.Empty(report.Misses);
        Assert.Equal((3, 2 + 3 + 5 + 2), (report.Files, report.Checks));
    }
}
