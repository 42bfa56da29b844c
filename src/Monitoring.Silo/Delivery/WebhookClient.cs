using System.Net;
using System.Net.Sockets;
using System.Text;
using Monitoring.Feeds;
using Monitoring.Storage;

namespace Monitoring.Silo.Delivery;

/// <summary>What one attempt came to.</summary>
public enum AttemptOutcome
{
    Delivered,
    Failed,

    /// <summary>The receiver answered 410 Gone: it wants no more.</summary>
    Gone,
}

/// <summary>Posts signed webhook requests; refuses private addresses unless the operator allows them.</summary>
public sealed class WebhookClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly TimeProvider _time;

    public WebhookClient(DeliveryOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        var allowPrivate = options.AllowPrivateNetworks;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = 64,
            ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, allowPrivate, ct),
        };
        _http = new HttpClient(handler) { Timeout = options.Timeout };
    }

    public async Task<(AttemptOutcome Outcome, string? Error)> SendAsync(Subscription subscription, OutboxEntry entry, CancellationToken ct)
    {
        var id = DeliverySink.WebhookId(entry.SubscriptionId, entry.Sequence);
        var timestamp = _time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Channel.Url)
        {
            Content = new StringContent(entry.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(subscription.Channel.Secret ?? "", id, timestamp, entry.Body));
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            if (response.StatusCode == HttpStatusCode.Gone)
            {
                return (AttemptOutcome.Gone, "410 Gone");
            }
            return response.IsSuccessStatusCode
                ? (AttemptOutcome.Delivered, null)
                : (AttemptOutcome.Failed, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return (AttemptOutcome.Failed, "timed out");
        }
        catch (HttpRequestException e)
        {
            return (AttemptOutcome.Failed, e.InnerException?.Message ?? e.Message);
        }
    }

    /// <summary>Why a webhook URL is refused, or null: absolute http(s), and not a private address unless allowed.</summary>
    public static string? Check(string? url, bool allowPrivate)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return "channel.url must be an absolute http or https URL";
        }
        if (!allowPrivate && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && AddressPolicy.Classify(ip) is not null)))
        {
            return $"channel.url points at a loopback or private address; set {DeliveryOptions.Section}:{nameof(DeliveryOptions.AllowPrivateNetworks)} to allow it";
        }
        return null;
    }

    public void Dispose() => _http.Dispose();

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowPrivate, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(endPoint.Host, ct);
        if (!allowPrivate)
        {
            addresses = addresses.Where(a => AddressPolicy.Classify(a) is null).ToArray();
            if (addresses.Length == 0)
            {
                throw new HttpRequestException($"{endPoint.Host} resolves only to loopback or private addresses, which webhooks may not target");
            }
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
