using Monitoring.Extraction;

namespace Monitoring.Extraction.Tests;

/// <summary>Shorthands for reading a text and looking at what was found.</summary>
internal static class Read
{
    public static Findings Text(string body, string? title = null) =>
        ArticleReader.Default.Read(new ArticleInput { Body = body, Title = title });

    public static Findings Html(string html) => ArticleReader.Default.Read(new ArticleInput { Body = html, IsHtml = true });

    /// <summary>"type imposer>target status", sorted.</summary>
    public static List<string> Measures(string body) =>
        Text(body).Measures.Select(m => $"{m.Type} {m.Imposer}>{m.Target} {m.Status}").Order(StringComparer.Ordinal).ToList();

    public static List<string> ActorNames(Findings f, ActorKind? kind = null) =>
        f.Actors.Where(a => kind is null || a.Kind == kind).Select(a => a.Name).ToList();
}
