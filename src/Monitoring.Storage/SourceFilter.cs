using Monitoring.Abstractions;

namespace Monitoring.Storage;

/// <summary>
/// Which sources a listing wants: every word of <see cref="Search"/> found in the URL or the title, and
/// one <see cref="State"/> (null: any). Case is ignored for ASCII letters on the embedded store and for
/// every letter on PostgreSQL (SQLite's <c>lower()</c> folds ASCII only).
/// </summary>
public sealed record SourceFilter(string? Search = null, SourceState? State = null)
{
    /// <summary>Words looked for at most; more are ignored (a search box, not a query language).</summary>
    public const int MaxWords = 10;

    /// <summary>The distinct words of the search, in the order typed.</summary>
    public IReadOnlyList<string> Words { get; } =
        [.. (Search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).Take(MaxWords)];
}

/// <summary>One page of a filtered listing, and how many sources match the filter in all.</summary>
public sealed record SourcePage(IReadOnlyList<CatalogEntry> Items, int Matching);
