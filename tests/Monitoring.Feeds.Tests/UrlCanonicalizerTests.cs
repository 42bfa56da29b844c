namespace Monitoring.Feeds.Tests;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("HTTPS://Example.COM/Path?a=1", "https://example.com/Path?a=1")]
    [InlineData("http://example.com:80/a", "http://example.com/a")]
    [InlineData("https://example.com:443/a", "https://example.com/a")]
    [InlineData("https://example.com:8443/a", "https://example.com:8443/a")]
    [InlineData("https://example.com/a#section", "https://example.com/a")]
    [InlineData("https://example.com", "https://example.com/")]
    [InlineData("https://example.com/a?utm_source=x&id=7&UTM_Campaign=y&fbclid=z", "https://example.com/a?id=7")]
    [InlineData("https://example.com/a?gclid=1&mc_cid=2&mc_eid=3&igshid=4&yclid=5&msclkid=6&_ga=7", "https://example.com/a")]
    [InlineData("https://example.com/a?z=1&a=2&m=3", "https://example.com/a?z=1&a=2&m=3")]
    [InlineData("https://example.com/a?q=hello%20world&utm_term=t", "https://example.com/a?q=hello%20world")]
    [InlineData("https://example.com/a/./b/../c", "https://example.com/a/c")]
    [InlineData("  https://example.com/a  ", "https://example.com/a")]
    [InlineData("https://example.com/a?dclid=1&gbraid=2&wbraid=3&_gl=4&p=5", "https://example.com/a?p=5")]
    [InlineData("https://user:secret@example.com/a", "https://user:secret@example.com/a")]
    [InlineData("http://[::1]:8080/p?q", "http://[::1]:8080/p?q")]
    [InlineData("http://[2001:DB8::1]/", "http://[2001:db8::1]/")]
    [InlineData("urn:uuid:1234", "urn:uuid:1234")]
    [InlineData("not a url", "not a url")]
    public void Canonicalizes(string input, string expected) => Assert.Equal(expected, UrlCanonicalizer.Canonicalize(input));

    [Theory]
    [InlineData("HTTPS://Example.COM:443/a%2Fb?x=%C3%A9&utm_x=1#f")]
    [InlineData("http://[::1]:8080/p?q")]
    [InlineData("https://b\u00fccher.example/\u00e4?k=v")]
    public void Is_idempotent(string input)
    {
        var once = UrlCanonicalizer.Canonicalize(input);
        Assert.Equal(once, UrlCanonicalizer.Canonicalize(once));
    }

    [Fact]
    public void Null_is_refused() => Assert.Throws<ArgumentNullException>(() => UrlCanonicalizer.Canonicalize(null!));
}
