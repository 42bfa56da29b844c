using Monitoring.Abstractions;
using Monitoring.Storage;

namespace Monitoring.Silo.Dashboard;

/// <summary>What the sources table asks for: words to find in the title or URL, a state, a page.</summary>
public sealed record SourceQuery(string? Search, SourceState? State, int Page, int PageSize = SourceQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 50;

    /// <summary>The page of matching entries and how many match in all.</summary>
    public (IReadOnlyList<CatalogEntry> Items, int Matching) Apply(IEnumerable<CatalogEntry> all)
    {
        var words = (Search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var matching = all.Where(e => (State is null || e.Health.State == State)
            && words.All(w => e.Url.Contains(w, StringComparison.OrdinalIgnoreCase) || (e.Title?.Contains(w, StringComparison.OrdinalIgnoreCase) ?? false)))
            .ToList();
        var page = Math.Max(1, Page);
        return (matching.Skip((page - 1) * PageSize).Take(PageSize).ToList(), matching.Count);
    }
}
