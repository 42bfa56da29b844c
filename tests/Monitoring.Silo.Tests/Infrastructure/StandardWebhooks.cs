using System.Security.Cryptography;
using System.Text;

namespace Monitoring.Silo.Tests.Infrastructure;

/// <summary>
/// The signature a Standard Webhooks receiver expects, computed here from the specification alone
/// so a test does not check the project's signing with the project's own verifier.
/// </summary>
public static class StandardWebhooks
{
    /// <summary><c>v1,</c> + base64 HMAC-SHA256 of <c>id.timestamp.body</c>, keyed with the bytes a <c>whsec_</c> secret encodes.</summary>
    public static string Signature(string secret, string id, long timestamp, string body)
    {
        const string prefix = "whsec_";
        Assert.StartsWith(prefix, secret, StringComparison.Ordinal);
        using var hmac = new HMACSHA256(Convert.FromBase64String(secret[prefix.Length..]));
        var signed = hmac.ComputeHash(Encoding.UTF8.GetBytes(id + "." + timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + body));
        return "v1," + Convert.ToBase64String(signed);
    }
}
