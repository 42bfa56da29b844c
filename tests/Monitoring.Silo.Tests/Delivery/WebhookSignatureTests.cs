using System.Security.Cryptography;
using System.Text;
using Monitoring.Silo.Delivery;

namespace Monitoring.Silo.Tests.Delivery;

/// <summary>
/// Signing checked against a fixed Standard Webhooks example and an HMAC computed here, never against
/// the project's own <see cref="WebhookSignature.Verify"/> alone.
/// </summary>
public sealed class WebhookSignatureTests
{
    // The example of the Standard Webhooks specification: a whsec_ secret, a message id, a Unix timestamp, a body.
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string Id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long Timestamp = 1614265330;
    private const string Body = """{"test": 2432232314}""";
    private const string Expected = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private static string Hmac(byte[] key, string signed)
    {
        using var hmac = new HMACSHA256(key);
        return "v1," + Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(signed)));
    }

    [Fact]
    public void The_fixed_example_signs_id_timestamp_and_body()
    {
        var independent = Hmac(Convert.FromBase64String("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), $"{Id}.{Timestamp}.{Body}");

        Assert.Equal(Expected, independent);
        Assert.Equal(Expected, WebhookSignature.Sign(Secret, Id, Timestamp, Body));
    }

    [Fact]
    public void Verify_accepts_the_right_signature_among_several_and_nothing_else()
    {
        Assert.True(WebhookSignature.Verify(Secret, Id, Timestamp, Body, Expected));
        Assert.True(WebhookSignature.Verify(Secret, Id, Timestamp, Body, "v1,bm90LXRoaXMtb25l  " + Expected));
        Assert.False(WebhookSignature.Verify(Secret, Id, Timestamp, Body, ""));
        Assert.False(WebhookSignature.Verify(Secret, Id, Timestamp, Body, "v1,bm90LXRoaXMtb25l"));
        Assert.False(WebhookSignature.Verify(Secret, Id, Timestamp + 1, Body, Expected));
        Assert.False(WebhookSignature.Verify(Secret, Id + "x", Timestamp, Body, Expected));
        Assert.False(WebhookSignature.Verify(Secret, Id, Timestamp, Body + " ", Expected));
        // Signed without the timestamp: what a receiver following the specification rejects.
        var withoutTimestamp = Hmac(Convert.FromBase64String("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), $"{Id}.{Body}");
        Assert.False(WebhookSignature.Verify(Secret, Id, Timestamp, Body, withoutTimestamp));
        Assert.False(WebhookSignature.Verify(Secret, Id, Timestamp, Body, Expected[3..]));
    }

    [Theory]
    [InlineData("plain-secret-0123456789")]
    [InlineData("whsec_not base64!")] // looks like the whsec_ form but is not base64: used as text
    [InlineData("plain_dGVzdA==")] // base64 after six characters, but not after whsec_: used as text
    public void A_secret_not_in_the_whsec_form_is_keyed_with_its_utf8_bytes(string secret) =>
        Assert.Equal(Hmac(Encoding.UTF8.GetBytes(secret), $"{Id}.{Timestamp}.{Body}"), WebhookSignature.Sign(secret, Id, Timestamp, Body));

    [Fact]
    public void New_secrets_are_whsec_and_32_random_bytes()
    {
        var a = WebhookSignature.NewSecret();
        var b = WebhookSignature.NewSecret();

        Assert.StartsWith("whsec_", a, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(a["whsec_".Length..]).Length);
        Assert.NotEqual(a, b);
    }
}
