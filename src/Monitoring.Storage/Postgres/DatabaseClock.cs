namespace Monitoring.Storage.Postgres;

/// <summary>
/// The database server's clock in SQL, in the Unix milliseconds the tables keep: one clock for every silo,
/// for the times silos compare with each other (leases), whatever each silo's own clock says.
/// </summary>
internal static class DatabaseClock
{
    /// <summary>The time of the statement's transaction start (one value throughout a statement).</summary>
    public const string NowMilliseconds = "(extract(epoch FROM now()) * 1000)::bigint";
}
