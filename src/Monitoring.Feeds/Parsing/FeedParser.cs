using System.Net.Http.Headers;

namespace Monitoring.Feeds;

/// <summary>
/// Reads RSS, RDF, Atom and JSON Feed bodies. XML never reaches a tree builder before it has
/// been screened with DTDs prohibited and no resolver, so entity expansion attacks and external
/// entities cannot work.
/// </summary>
public static class FeedParser
{
    /// <summary>Parses a fetched body; throws <see cref="FeedParseException"/> with the reason when it is not a readable feed.</summary>
    /// <param name="baseUrl">The URL the body came from, for resolving relative links.</param>
    public static ParsedFeed Parse(byte[] body, string? contentType, Uri? baseUrl)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = TextDecoding.Decode(body, contentType);
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.Length == 0)
        {
            throw new FeedParseException("empty body");
        }
        if (trimmed[0] is '{' or '[' || IsJsonType(contentType) && trimmed[0] != '<')
        {
            return JsonFeedReader.Read(trimmed, baseUrl);
        }
        if (trimmed[0] != '<')
        {
            throw new FeedParseException("not a feed: the body is neither XML nor JSON");
        }
        return XmlFeedReader.Read(XmlScreen.Prepare(trimmed), baseUrl);
    }

    private static bool IsJsonType(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType is { } media && media.EndsWith("json", StringComparison.OrdinalIgnoreCase);
}
