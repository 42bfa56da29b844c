using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace Monitoring.Silo.Auth;

/// <summary>Key roles, making and hashing keys, and reading the caller off a request.</summary>
public static class ApiKeys
{
    public const string Operator = "operator";
    public const string Subscriber = "subscriber";
    public const string Scheme = "ApiKey";
    public const string OperatorPolicy = "operator";

    public static bool IsRole(string? role) => role is Operator or Subscriber;

    /// <summary>A new key: a prefix that makes it recognisable in a leak scan, then 256 random bits.</summary>
    public static string NewKey() => "mon_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Keys are stored as their SHA-256: high-entropy secrets need no slow hash, and the store never holds one in clear.</summary>
    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
}

/// <summary>The caller of a request: the key's id (the owner of what it creates) and whether it may do everything.</summary>
public sealed record Caller(string KeyId, bool IsOperator)
{
    public static Caller From(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", user.IsInRole(ApiKeys.Operator));
}
