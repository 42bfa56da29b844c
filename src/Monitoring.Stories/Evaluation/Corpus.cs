using System.Globalization;
using System.Text.Json;
using Monitoring.Extraction;

namespace Monitoring.Stories.Evaluation;

/// <summary>An article of an evaluation corpus: its id, header and body.</summary>
public sealed record CorpusArticle(string Id, string Url, string Source, DateTimeOffset Published, string Title, string Body)
{
    public ArticleInput ToInput() => new()
    {
        Url = Url,
        Source = Source,
        Published = Published,
        Title = Title,
        Body = Body,
        IsHtml = LooksLikeHtml(Body),
    };

    private static bool LooksLikeHtml(string body)
    {
        var head = body.AsSpan(0, Math.Min(body.Length, 2048)).TrimStart();
        return head.StartsWith("<", StringComparison.Ordinal)
            || head.Contains("<p>", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<div", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>A corpus in the evaluation layout: <c>labels.json</c> and <c>articles/ID.txt</c>, read in replay order.</summary>
public sealed class Corpus
{
    public required IReadOnlyList<CorpusArticle> Articles { get; init; }
    public required JsonElement Labels { get; init; }

    public static Corpus Load(string directory)
    {
        var labelsPath = Path.Combine(directory, "labels.json");
        var articlesDir = Path.Combine(directory, "articles");
        if (!File.Exists(labelsPath) || !Directory.Exists(articlesDir))
        {
            throw new FileNotFoundException($"{directory} is not an evaluation corpus: it needs labels.json and an articles folder");
        }
        using var labels = JsonDocument.Parse(File.ReadAllText(labelsPath));
        var articles = Directory.EnumerateFiles(articlesDir, "*.txt")
            .Select(path => Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))
            .OrderBy(a => a.Published)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        return new Corpus { Articles = articles, Labels = labels.RootElement.Clone() };
    }

    /// <summary>Header lines <c>key: value</c>, a blank line, then the body as crawled.</summary>
    public static CorpusArticle Parse(string id, string content)
    {
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var i = 0;
        for (; i < lines.Length && lines[i].Length > 0; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                break;
            }
            header[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
        }
        var body = string.Join('\n', lines.Skip(i + 1));
        var published = header.TryGetValue("published", out var p)
            && DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : DateTimeOffset.MinValue;
        var url = header.GetValueOrDefault("url") ?? id;
        var source = header.GetValueOrDefault("source") ?? (Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.Host : "");
        return new CorpusArticle(id, url, source, published, header.GetValueOrDefault("title") ?? "", body);
    }
}
