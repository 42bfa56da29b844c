namespace Monitoring.Feeds.Tests;

public sealed class FetchOptionsTests
{
    [Fact]
    public void Defaults_are_valid_and_as_documented()
    {
        var options = new FetchOptions();
        Assert.Empty(options.Validate());
        Assert.Equal(5 * 1024 * 1024, options.MaxBodyBytes);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(10), options.ConnectTimeout);
        Assert.Equal(5, options.MaxRedirects);
        Assert.False(options.AllowPrivateNetworks);
        Assert.Equal("Fetch", FetchOptions.SectionName);
    }

    [Fact]
    public void Invalid_values_are_named()
    {
        var options = new FetchOptions { MaxBodyBytes = 0, Timeout = TimeSpan.Zero, MaxConcurrentPerHost = 0, UserAgent = " " };
        Assert.Equal(
            ["Fetch:MaxBodyBytes must be > 0", "Fetch:Timeout must be > 0", "Fetch:UserAgent must not be empty", "Fetch:MaxConcurrentPerHost must be > 0"],
            options.Validate());
        var e = Assert.Throws<ArgumentException>(() => FeedFetcher.Create(options));
        Assert.Contains("Fetch:MaxBodyBytes must be > 0", e.Message);
        Assert.True(new FetchOptionsValidator().Validate(null, options).Failed);
    }

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("10.0.0.1", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("100.127.255.255", "carrier-grade NAT")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::1", "loopback")]
    [InlineData("::", "unspecified")]
    [InlineData("fc00::1", "private")]
    [InlineData("fd12:3456::1", "private")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("8.8.8.8", null)]
    [InlineData("172.32.0.1", null)]
    [InlineData("100.128.0.1", null)]
    [InlineData("2606:4700::1111", null)]
    public void Address_policy_classifies(string address, string? expected) =>
        Assert.Equal(expected, AddressPolicy.Classify(System.Net.IPAddress.Parse(address)));
}
