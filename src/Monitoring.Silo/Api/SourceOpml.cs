using Monitoring.Feeds;
using Monitoring.Storage;

namespace Monitoring.Silo.Api;

/// <summary>An OPML import's result, or why the document was refused (the HTTP status and title a problem gets).</summary>
public sealed record OpmlImportOutcome(OpmlImportResult? Result, int Status, string? Title, string? Problem);

/// <summary>OPML in and out of the catalog: the API (<c>POST /api/sources/opml</c>, <c>GET /api/sources.opml</c>) and the dashboard share it.</summary>
public static class SourceOpml
{
    /// <summary>Parses the document and registers its feeds as a bulk registration (checked first only when <paramref name="validate"/>).</summary>
    public static async Task<OpmlImportOutcome> ImportAsync(string text, bool validate, BulkRegistration bulk, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bulk);
        IReadOnlyList<OpmlOutline> outlines;
        try
        {
            outlines = OpmlDocument.Parse(text);
        }
        catch (OpmlParseException e)
        {
            return new(null, StatusCodes.Status400BadRequest, "Invalid OPML", $"not an OPML document: {e.Message}");
        }
        if (outlines.Count > ApiLimits.MaxOpmlFeeds)
        {
            return new(null, StatusCodes.Status400BadRequest, "Invalid OPML", $"body must list at most {ApiLimits.MaxOpmlFeeds} feeds (got {outlines.Count})");
        }
        var result = await bulk.RegisterAsync(outlines.Select(o => ((string?)o.XmlUrl, o.Title)).ToList(), validate, ct);
        var errors = result.Items.Where(i => i.Error is not null).Select(i => i.Error!).ToList();
        return new(new OpmlImportResult(result.Created, result.Existing, errors, result.Items), StatusCodes.Status200OK, null, null);
    }

    /// <summary>Every source as an OPML document, read from the catalog a thousand at a time.</summary>
    public static async Task<string> ExportAsync(ISourceCatalog catalog, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var all = new List<CatalogEntry>();
        const int page = 1000;
        for (var offset = 0; ; offset += page)
        {
            var batch = await catalog.ListAsync(offset, page, ct);
            all.AddRange(batch);
            if (batch.Count < page)
            {
                break;
            }
        }
        return OpmlDocument.Write(all.Select(e => new OpmlOutline(e.Url, e.Title)), "Monitoring sources");
    }
}
