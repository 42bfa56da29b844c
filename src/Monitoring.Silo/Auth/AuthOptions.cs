namespace Monitoring.Silo.Auth;

/// <summary>API keys (section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The operator key to accept from the first start; when unset, one is made and printed once.</summary>
    public string? BootstrapOperatorKey { get; set; }

    public IEnumerable<string> Validate()
    {
        if (BootstrapOperatorKey is { } key && (key.Length < 16 || key.Any(char.IsWhiteSpace)))
        {
            yield return $"{Section}:{nameof(BootstrapOperatorKey)} must be at least 16 characters without spaces";
        }
    }
}
