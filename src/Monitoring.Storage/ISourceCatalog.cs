using Monitoring.Abstractions;

namespace Monitoring.Storage;

/// <summary>A row of the source catalog: enough to list sources and drive the schedule.</summary>
public sealed record CatalogEntry(string Id, string Url, string? Title, DateTimeOffset CreatedAt, SourceHealth Health, PollValidators? Validators = null);

/// <summary>A source registered in bulk: its catalog row, shard and first poll.</summary>
public sealed record NewSource(CatalogEntry Entry, int Shard, DateTimeOffset NextPollAt);

/// <summary>
/// The list of sources and the poll schedule. Listing and scheduling never activate a
/// source grain, so idle sources cost a row, not an activation.
/// </summary>
public interface ISourceCatalog
{
    Task UpsertAsync(CatalogEntry entry, int shard, DateTimeOffset nextPollAt, CancellationToken ct = default);

    /// <summary>
    /// Inserts the sources not yet registered, all in one transaction, and says for each whether it was
    /// inserted (false: a row with its id was there already, and is left as it was). The source grain takes
    /// its registration from the row when it first activates, so no grain is called here.
    /// </summary>
    Task<IReadOnlyList<bool>> AddManyAsync(IReadOnlyList<NewSource> sources, CancellationToken ct = default);

    /// <summary>
    /// Writes the source's health and next poll, and with <paramref name="poll"/> adds that poll to its history in the
    /// same write (one write per poll, not two: a re-poll of every source is mostly these writes). With
    /// <paramref name="validators"/> the row's validators are replaced; without, they are left as they are.
    /// </summary>
    Task UpdateHealthAsync(string id, string? title, SourceHealth health, DateTimeOffset nextPollAt, PollRecord? poll = null,
        PollValidators? validators = null, CancellationToken ct = default);

    /// <summary>Removes the source's row and its poll history.</summary>
    Task<bool> RemoveAsync(string id, CancellationToken ct = default);

    Task<CatalogEntry?> GetAsync(string id, CancellationToken ct = default);

    Task<IReadOnlyList<CatalogEntry>> ListAsync(int offset, int limit, CancellationToken ct = default);

    Task<int> CountAsync(CancellationToken ct = default);

    /// <summary>A page of the sources that match <paramref name="filter"/>, in listing order, and how many match in all.</summary>
    Task<SourcePage> FindAsync(SourceFilter filter, int offset, int limit, CancellationToken ct = default);

    /// <summary>How many sources are in each state (every state present, zero when none).</summary>
    Task<IReadOnlyDictionary<SourceState, int>> CountByStateAsync(CancellationToken ct = default);

    /// <summary>Adds a poll to the source's history, dropping all but its newest <see cref="PollRecord.Kept"/>.</summary>
    Task RecordPollAsync(string id, PollRecord poll, CancellationToken ct = default);

    /// <summary>The source's polls kept, newest first (at most <see cref="PollRecord.Kept"/>, as recording trims them).</summary>
    Task<IReadOnlyList<PollRecord>> RecentPollsAsync(string id, CancellationToken ct = default);

    /// <summary>
    /// Up to <paramref name="limit"/> sources whose id comes after <paramref name="afterId"/> (null: from the first),
    /// in id order. For walking the whole catalog: each page costs its own rows, where an offset costs every row
    /// before it, which made a walk of a million sources quadratic.
    /// </summary>
    Task<IReadOnlyList<CatalogEntry>> ListAfterAsync(string? afterId, int limit, CancellationToken ct = default);

    /// <summary>
    /// Claims up to <paramref name="limit"/> sources of a shard that are due at <paramref name="now"/>,
    /// moving their next poll to <paramref name="leaseUntil"/> so a poll that dies is retried then.
    /// <paramref name="owner"/> names the claiming silo, so its claims can be freed when it is declared dead.
    /// </summary>
    Task<IReadOnlyList<string>> ClaimDueAsync(int shard, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, string? owner = null, CancellationToken ct = default);

    /// <summary>
    /// Makes due at <paramref name="now"/> every source still claimed by one of <paramref name="owners"/> (silos the
    /// membership declared dead) instead of leaving it until the claim runs out. Returns how many it freed.
    /// </summary>
    Task<int> ReleaseClaimsOfAsync(IReadOnlyCollection<string> owners, DateTimeOffset now, CancellationToken ct = default);

    /// <summary>
    /// Makes due at <paramref name="now"/> those of <paramref name="ids"/> whose claim <paramref name="owner"/> still
    /// holds: their polls may have been lost with the silo that ran them. A poll that reported back has no claim
    /// left and is not touched. Returns how many it freed.
    /// </summary>
    Task<int> ReleaseClaimsHeldAsync(IReadOnlyCollection<string> ids, string owner, DateTimeOffset now, CancellationToken ct = default);

    /// <summary>
    /// The embedded store (one process owns the whole catalog, by its folder lock) makes every claimed source
    /// due at <paramref name="now"/>: the polls that claimed them died with the process. A catalog shared by many
    /// silos cannot tell a dead silo's claim from a live one's, so it releases only claims whose lease has run
    /// out, and keeps leases short instead (PostgreSQL: <c>Storage:ClaimLease</c>). Returns how many it released.
    /// </summary>
    Task<int> ReleaseClaimsAsync(DateTimeOffset now, CancellationToken ct = default);
}
