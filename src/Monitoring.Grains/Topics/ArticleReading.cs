using Monitoring.Extraction;
using Monitoring.Stories;

namespace Monitoring.Grains.Topics;

/// <summary>
/// The reading step between the archive and the topics: an archived article in, what topics
/// route on and fold into their story out. The page fetched for a summary-only item is read
/// in preference to the summary.
/// </summary>
public sealed class ArticleReading(ArticleReader reader)
{
    public StoryArticle Read(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var body = article.PageHtml ?? article.Content ?? article.Summary ?? "";
        var findings = reader.Read(new ArticleInput
        {
            Url = article.Url,
            Published = article.PublishedAt,
            Title = article.Title,
            Body = body,
            IsHtml = article.PageHtml is not null || LooksLikeHtml(body),
        });
        var outlet = OutletOf(article.CanonicalUrl);
        // The page read after its summary, and each revision of an edited item, is another report (a story takes an article id once).
        var id = StoryId(article);
        return StoryArticles.From(id, article.Url, outlet, article.PublishedAt ?? article.FetchedAt, article.Title, findings);
    }

    /// <summary>The id a story knows the article by: its canonical URL, then <c>#r</c>N for revision N and <c>#page</c> for the page read after its item.</summary>
    public static string StoryId(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var id = article.Revision > 0 ? $"{article.CanonicalUrl}#r{article.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : article.CanonicalUrl;
        return article.PageFollowUp ? id + "#page" : id;
    }

    /// <summary>The outlet is the article's host without "www.": two feeds of one site are one outlet.</summary>
    public static string OutletOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host).ToLowerInvariant()
            : url;

    private static bool LooksLikeHtml(string body) =>
        body.Contains("</", StringComparison.Ordinal) || body.Contains("<p", StringComparison.OrdinalIgnoreCase) || body.Contains("<br", StringComparison.OrdinalIgnoreCase);
}
