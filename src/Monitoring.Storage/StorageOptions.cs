namespace Monitoring.Storage;

/// <summary>Where grain state and the archive live. Section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (embedded default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The embedded data folder; the SQLite file is <c>monitoring.db</c> in it.</summary>
    public string Path { get; set; } = "data";

    /// <summary>
    /// Reads the whole embedded database once at start (<c>PRAGMA quick_check</c>), so a damaged file stops
    /// the start instead of failing later. About a second per few hundred megabytes.
    /// </summary>
    public bool CheckIntegrityAtStart { get; set; } = true;

    /// <summary>
    /// Base64 of 32 random bytes: the key webhook secrets are encrypted with at rest. Without it the
    /// embedded store makes one in its data folder (<c>secret.key</c>); with <c>Postgres</c> it is required, the
    /// same in every silo. Keep it apart from backups.
    /// </summary>
    public string? SecretKey { get; set; }

    /// <summary>Connection string for <c>Postgres</c> (Npgsql keywords: <c>Host=...;Database=...;Username=...;Password=...</c>).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// <c>Postgres</c> only: the longest a schedule claim holds a source. Silos share the catalog, so none may
    /// release another's claims at start as the embedded store does; a dead silo's claims run out instead,
    /// and its sources poll again within this time. Keep it above the longest poll (<c>Fetch:Timeout</c> and
    /// the original pages fetched after it).
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    public IEnumerable<string> Validate()
    {
        if (Provider is not ("Sqlite" or "Postgres"))
        {
            yield return $"Storage:Provider must be 'Sqlite' or 'Postgres' (got '{Provider}')";
        }
        if (Provider == "Sqlite" && string.IsNullOrWhiteSpace(Path))
        {
            yield return "Storage:Path must name a folder for the embedded database";
        }
        if (!string.IsNullOrWhiteSpace(SecretKey) && !IsKey(SecretKey))
        {
            yield return "Storage:SecretKey must be the base64 of 32 bytes (for example: openssl rand -base64 32)";
        }
        if (Provider == "Postgres" && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return "Storage:ConnectionString is required when Storage:Provider is 'Postgres'";
        }
        if (Provider == "Postgres" && string.IsNullOrWhiteSpace(SecretKey))
        {
            yield return "Storage:SecretKey is required when Storage:Provider is 'Postgres': every silo seals webhook secrets with it (for example: openssl rand -base64 32)";
        }
        if (ClaimLease < TimeSpan.FromSeconds(10))
        {
            yield return $"Storage:ClaimLease must be at least 10 s (got {ClaimLease})";
        }
    }

    private static bool IsKey(string value)
    {
        Span<byte> bytes = stackalloc byte[48];
        return Convert.TryFromBase64String(value.Trim(), bytes, out var written) && written == 32;
    }
}
