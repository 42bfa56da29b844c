using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Monitoring.Silo.Auth;

namespace Monitoring.Silo.Tests.Auth;

/// <summary>The key format, its stored hash, and the caller read off a request's claims.</summary>
public sealed class ApiKeysTests
{
    [Fact]
    public void A_new_key_is_mon_and_256_bits_in_url_safe_base64_without_padding()
    {
        var keys = Enumerable.Range(0, 64).Select(_ => ApiKeys.NewKey()).ToList();

        Assert.Equal(64, keys.Distinct().Count());
        Assert.All(keys, key =>
        {
            Assert.StartsWith("mon_", key, StringComparison.Ordinal);
            var body = key["mon_".Length..];
            Assert.Equal(43, body.Length); // 32 bytes, base64 without its '=' pad
            Assert.DoesNotContain('=', body);
            Assert.True(body.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'), key);
            var standard = body.Replace('-', '+').Replace('_', '/') + "=";
            Assert.Equal(32, Convert.FromBase64String(standard).Length);
        });
        // Over 64 keys of 43 characters each url-safe character shows up: the '+' and '/' were replaced, not dropped.
        var all = string.Concat(keys);
        Assert.Contains('-', all);
        Assert.Contains('_', all);
    }

    [Fact]
    public void Keys_are_stored_as_their_sha256()
    {
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes("mon_example")), ApiKeys.Hash("mon_example"));
        Assert.Equal(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            Convert.ToHexString(ApiKeys.Hash("")).ToLowerInvariant());
    }

    [Fact]
    public void Ids_are_16_lowercase_hex_digits()
    {
        var ids = Enumerable.Range(0, 16).Select(_ => ApiKeys.NewId()).ToList();

        Assert.Equal(16, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{16}$", id));
        Assert.Contains(ids, id => id.Any(char.IsAsciiLetter)); // lower case is checked only where letters appear
    }

    [Theory]
    [InlineData("operator", true)]
    [InlineData("subscriber", true)]
    [InlineData("Operator", false)]
    [InlineData("admin", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_the_two_roles_are_roles(string? role, bool expected) => Assert.Equal(expected, ApiKeys.IsRole(role));

    [Fact]
    public void The_caller_is_the_key_id_and_whether_it_is_an_operator()
    {
        static ClaimsPrincipal User(string id, string role) =>
            new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Role, role)], ApiKeys.Scheme));

        Assert.Equal(new Caller("k1", true), Caller.From(User("k1", ApiKeys.Operator)));
        Assert.Equal(new Caller("k2", false), Caller.From(User("k2", ApiKeys.Subscriber)));
        Assert.Equal(new Caller("", false), Caller.From(new ClaimsPrincipal(new ClaimsIdentity())));
    }
}
