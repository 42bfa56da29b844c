namespace Monitoring.Silo.Auth;

/// <summary>API keys (section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The operator key to accept from the first start; when unset, one is made and printed once.</summary>
    public string? BootstrapOperatorKey { get; set; }

    /// <summary>
    /// How long a key found in the store is accepted without reading it again (every API request would read it).
    /// A key deleted through another silo is still accepted here for up to this long; zero reads every time.
    /// </summary>
    public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    public IEnumerable<string> Validate()
    {
        if (BootstrapOperatorKey is { } key && (key.Length < 16 || key.Any(char.IsWhiteSpace)))
        {
            yield return $"{Section}:{nameof(BootstrapOperatorKey)} must be at least 16 characters without spaces";
        }
        if (KeyCacheDuration < TimeSpan.Zero || KeyCacheDuration > TimeSpan.FromMinutes(5))
        {
            yield return $"{Section}:{nameof(KeyCacheDuration)} must be between 0 and 5 minutes (got {KeyCacheDuration})";
        }
    }
}
