using System.Net;
using System.Net.Sockets;

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
        var allowPrivate = options.AllowPrivateNetworks;
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
            ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, allowPrivate, ct),
        };
    }

    /// <summary>An <see cref="HttpClient"/> over <see cref="Create"/>; its own timeout is off because the fetcher keeps time.</summary>
    public static HttpClient CreateClient(FetchOptions options) =>
        new(Create(options), disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowPrivate, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, ct).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }
        if (!allowPrivate)
        {
            var allowed = addresses.Where(a => AddressPolicy.Classify(a) is null).ToArray();
            if (allowed.Length == 0)
            {
                var first = addresses[0];
                throw new AddressRefusedException(AddressPolicy.RefusalMessage(first, AddressPolicy.Classify(first)!));
            }
            addresses = allowed;
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
