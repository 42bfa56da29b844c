using System.Net;

namespace Monitoring.Feeds;

/// <summary>Builds the HTTP handler the fetcher relies on for its safety rules.</summary>
public static class FeedHttpHandler
{
    /// <summary>
    /// Redirects are off (the fetcher follows them itself, checking each hop), decompression is on
    /// (the fetcher caps the decompressed bytes), proxies are off (a proxy would hide the real
    /// destination from the address check), and DNS is resolved here so the address is checked at
    /// connect time, which defeats DNS rebinding.
    /// </summary>
    public static SocketsHttpHandler Create(FetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            UseProxy = false,
            UseCookies = false,
            MaxResponseHeadersLength = 64,
            ConnectCallback = Guard(options).ConnectAsync,
        };
    }

    /// <summary>The address rule for fetching, lifted by <c>Fetch:AllowPrivateNetworks</c>.</summary>
    public static AddressGuard Guard(FetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(options.AllowPrivateNetworks, $"{FetchOptions.SectionName}:{nameof(FetchOptions.AllowPrivateNetworks)}",
            new HostResolver(options.DnsTimeout, options.MaxConcurrentDnsLookups, options.DnsFailureMemory));
    }

    /// <summary>An <see cref="HttpClient"/> over <see cref="Create"/>; its own timeout is off because the fetcher keeps time.</summary>
    public static HttpClient CreateClient(FetchOptions options) =>
        new(Create(options), disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
}
