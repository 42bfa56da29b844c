using Monitoring.Stories.Evaluation;

namespace Monitoring.Silo.Tests.Evaluation;

/// <summary>
/// Reading an evaluation corpus: the header of an article file, the order of replay, what is not a
/// corpus, and which bodies are read as HTML.
/// </summary>
public sealed class CorpusTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "monitoring-corpus-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void A_header_gives_url_source_date_and_title_and_the_body_follows_the_blank_line()
    {
        var article = Corpus.Parse("a-1", "URL: https://news.example/a-1 \n  source  : wire.example\npublished: 2024-01-02T08:00:00+09:00\ntitle: Japan: a freeze\n\nFirst line.\nSecond: line.\n");

        Assert.Equal(("a-1", "https://news.example/a-1", "wire.example", "Japan: a freeze"), (article.Id, article.Url, article.Source, article.Title));
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 8, 0, 0, TimeSpan.FromHours(9)), article.Published);
        Assert.Equal("First line.\nSecond: line.\n", article.Body);
        Assert.Equal(article, Corpus.Parse("a-1", "URL: https://news.example/a-1 \r\n  source  : wire.example\r\npublished: 2024-01-02T08:00:00+09:00\r\ntitle: Japan: a freeze\r\n\r\nFirst line.\r\nSecond: line.\r\n"));
    }

    [Fact]
    public void Missing_header_fields_fall_back_to_the_id_the_urls_host_an_empty_title_and_the_earliest_date()
    {
        var hostOnly = Corpus.Parse("b", "url: https://news.example/b\npublished: 2024-01-02\n\nBody.");
        var bare = Corpus.Parse("c", "published: soon\n\nBody.");
        var headerOnly = Corpus.Parse("d", "title: Only a title");

        Assert.Equal(("https://news.example/b", "news.example", "", "Body."), (hostOnly.Url, hostOnly.Source, hostOnly.Title, hostOnly.Body));
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero), hostOnly.Published); // no offset: UTC
        Assert.Equal(("c", "", DateTimeOffset.MinValue), (bare.Url, bare.Source, bare.Published));
        Assert.Equal(("d", "Only a title", "", DateTimeOffset.MinValue), (headerOnly.Url, headerOnly.Title, headerOnly.Body, headerOnly.Published));
    }

    [Fact]
    public void A_corpus_is_replayed_by_date_then_id_and_reads_only_text_files()
    {
        Directory.CreateDirectory(Path.Combine(_root, "articles"));
        File.WriteAllText(Path.Combine(_root, "labels.json"), """{ "topic": { "id": "t" } }""");
        Write("b-same", "2024-01-02");
        Write("a-same", "2024-01-02");
        Write("B-same", "2024-01-02");
        Write("z-early", "2024-01-01");
        File.WriteAllText(Path.Combine(_root, "articles", "notes.md"), "published: 2023-01-01\n\nnot an article");

        var corpus = Corpus.Load(_root);

        Assert.Equal(["z-early", "B-same", "a-same", "b-same"], corpus.Articles.Select(a => a.Id));
        Assert.Equal("t", corpus.Labels.GetProperty("topic").GetProperty("id").GetString());
    }

    [Fact]
    public void A_folder_without_labels_or_without_articles_is_not_a_corpus()
    {
        Directory.CreateDirectory(_root);
        AssertNotCorpus();
        File.WriteAllText(Path.Combine(_root, "labels.json"), "{}");
        AssertNotCorpus();
        File.Delete(Path.Combine(_root, "labels.json"));
        Directory.CreateDirectory(Path.Combine(_root, "articles"));
        AssertNotCorpus();
    }

    [Theory]
    [InlineData("<p>Japan froze assets.</p>", true)]
    [InlineData("  \n<article>Japan froze assets.</article>", true)]
    [InlineData("Japan froze assets. <p>More.</p>", true)]
    [InlineData("Japan froze assets. <DIV class=\"x\">More.</DIV>", true)]
    [InlineData("Japan froze assets. <P>More.</P>", true)]
    [InlineData("If a < b and c > d, nothing is HTML.", false)]
    [InlineData("Japan froze assets.", false)]
    [InlineData("", false)]
    public void A_body_is_read_as_html_when_it_starts_with_a_tag_or_holds_a_paragraph_or_div(string body, bool html)
    {
        var input = new CorpusArticle("a", "https://news.example/a", "news.example", DateTimeOffset.UnixEpoch, "Title", body).ToInput();

        Assert.Equal(html, input.IsHtml);
        Assert.Equal(("https://news.example/a", "news.example", (DateTimeOffset?)DateTimeOffset.UnixEpoch, "Title", body), (input.Url, input.Source, input.Published, input.Title, input.Body));
    }

    [Fact]
    public void Only_the_first_2048_characters_decide_whether_a_body_is_html()
    {
        static bool IsHtml(string body) => new CorpusArticle("a", "u", "s", DateTimeOffset.UnixEpoch, "t", body).ToInput().IsHtml;

        Assert.True(IsHtml(new string('x', 2045) + "<p>"));
        Assert.False(IsHtml(new string('x', 2046) + "<p>"));
        Assert.False(IsHtml(new string('x', 2048) + "<div>"));
    }

    private void Write(string id, string date) =>
        File.WriteAllText(Path.Combine(_root, "articles", id + ".txt"), $"url: https://news.example/{id}\npublished: {date}T08:00:00Z\n\nBody of {id}.");

    private void AssertNotCorpus()
    {
        var error = Assert.Throws<FileNotFoundException>(() => Corpus.Load(_root));
        Assert.Equal($"{_root} is not an evaluation corpus: it needs labels.json and an articles folder", error.Message);
    }
}
