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

/// <summary>Posts signed webhook requests; dials only addresses <see cref="AddressPolicy"/> allows, unless the operator lifts it.</summary>
public sealed class WebhookClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly TimeProvider _time;

    public WebhookClient(DeliveryOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = 64,
            ConnectCallback = Guard(options.AllowPrivateNetworks).ConnectAsync,
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

    /// <summary>The address rule for webhooks: the fetcher's, lifted by <c>Delivery:AllowPrivateNetworks</c>.</summary>
    public static AddressGuard Guard(bool allowPrivate) =>
        new(allowPrivate, $"{DeliveryOptions.Section}:{nameof(DeliveryOptions.AllowPrivateNetworks)}");

    /// <summary>
    /// Why a webhook URL is refused, or null: it must be absolute http(s), and its host must not
    /// resolve only to refused addresses. A name that does not resolve within a few seconds is
    /// accepted: delivery checks again at connect time, which is the check that counts.
    /// </summary>
    public static async Task<string?> CheckAsync(string? url, bool allowPrivate, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return "channel.url must be an absolute http or https URL";
        }
        if (allowPrivate)
        {
            return null;
        }
        using var resolving = CancellationTokenSource.CreateLinkedTokenSource(ct);
        resolving.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await Guard(allowPrivate).ResolveAsync(uri.IdnHost, resolving.Token);
        }
        catch (AddressRefusedException e)
        {
            return $"channel.url: {e.Message}";
        }
        catch (Exception e) when (e is SocketException or HostLookupException)
        {
            // A name that does not resolve now is taken: delivery checks the address again each time.
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }
        return null;
    }

    public void Dispose() => _http.Dispose();
}
