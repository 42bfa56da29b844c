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
        Assert.Equal(TimeSpan.FromSeconds(60), options.TurnTimeout);
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
}
