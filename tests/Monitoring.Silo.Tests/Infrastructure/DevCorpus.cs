using System.Globalization;
using System.Text.Json;
using Monitoring.Tests.Shared;

namespace Monitoring.Silo.Tests.Infrastructure;

/// <summary>The shared evaluation corpus beside the repository, read for end-to-end tests.</summary>
public sealed class DevCorpus
{
    public sealed record CorpusArticle(string Id, string Url, string Source, DateTimeOffset Published, string Title, string Body);

    public required IReadOnlyList<CorpusArticle> Articles { get; init; }

    public required JsonElement Labels { get; init; }

    /// <summary>Loads <c>../shared/eval/dev</c>; fails the test loudly when it is missing.</summary>
    public static DevCorpus Load()
    {
        var folder = SharedData.Folder(Path.Combine("eval", "dev"));
        var articles = Directory.GetFiles(Path.Combine(folder, "articles"), "*.txt").Select(Parse)
            .OrderBy(a => a.Published).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "labels.json")));
        return new DevCorpus { Articles = articles, Labels = labels.RootElement.Clone() };
    }

    private static CorpusArticle Parse(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var headers = text[..split].Split('\n')
            .Select(line => line.Split(':', 2))
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return new CorpusArticle(
            Path.GetFileNameWithoutExtension(path),
            headers["url"],
            headers.GetValueOrDefault("source", ""),
            DateTimeOffset.Parse(headers["published"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            headers.GetValueOrDefault("title", ""),
            text[(split + 2)..]);
    }
}
