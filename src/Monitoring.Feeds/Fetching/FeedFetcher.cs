using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Monitoring.Feeds;

/// <summary>
/// Fetches feeds and pages over HTTP with conditional GET, a size cap on the decompressed body,
/// a time limit on the requests (the wait for a host's turn is bounded apart), manually followed
/// redirects and per-host politeness. Network and HTTP problems come back as <see cref="FetchOutcome.Failed"/> with a message; only the caller's
/// own cancellation throws.
/// </summary>
public sealed class FeedFetcher
{
    private const string FeedAccept =
        "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, "
        + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

    private const string PageAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    private readonly HttpClient _client;
    private readonly FetchOptions _options;
    private readonly AddressGuard _guard;
    private readonly IHostThrottle _throttle;
    private readonly TimeProvider _time;

    /// <param name="client">Should be built on <see cref="FeedHttpHandler.Create"/>, or the address rules and decompression are lost.</param>
    public FeedFetcher(HttpClient client, IOptions<FetchOptions> options, IHostThrottle throttle, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(throttle);
        _client = client;
        _options = options.Value;
        _options.ThrowIfInvalid();
        _guard = FeedHttpHandler.Guard(_options);
        _throttle = throttle;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>A fetcher with its own handler and throttle: for tools and tests.</summary>
    public static FeedFetcher Create(FetchOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        return new FeedFetcher(FeedHttpHandler.CreateClient(options), Options.Create(options), new HostThrottle(options, time), time);
    }

    /// <summary>Fetches a feed, conditionally when the request carries validators.</summary>
    public Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(request, FeedAccept, ct);
    }

    /// <summary>Fetches an HTML page (an article's original) under the same limits.</summary>
    public Task<FetchResult> FetchPageAsync(Uri url, CancellationToken ct) =>
        SendAsync(new FetchRequest { Url = url }, PageAccept, ct);

    private async Task<FetchResult> SendAsync(FetchRequest request, string accept, CancellationToken ct)
    {
        // Fetch:Timeout counts only the time spent on requests: the wait for a host's turn has its own
        // bound (Fetch:TurnTimeout), so a fetch queued behind a slow host does not time out unheard.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var spent = TimeSpan.Zero;
        var waited = TimeSpan.Zero;
        var url = request.Url;
        var visited = new HashSet<string>(StringComparer.Ordinal) { url.AbsoluteUri };
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                if (CheckUrl(url) is { } refused)
                {
                    return refused;
                }

                var waitStarted = Stopwatch.GetTimestamp();
                var lease = await TakeTurnAsync(url.IdnHost, _options.TurnTimeout - waited, ct);
                if (lease is null)
                {
                    return Fail(url, FetchErrorKind.HostBusy, $"no turn at {url.IdnHost} within {Seconds(_options.TurnTimeout)} s (other requests to it came first)");
                }
                waited += Stopwatch.GetElapsedTime(waitStarted);
                var hopStarted = Stopwatch.GetTimestamp();
                deadline.CancelAfter(Max(_options.Timeout - spent, TimeSpan.Zero));
                try
                {
                    using var message = BuildRequest(url, request, accept);
                    using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token);

                    if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                    {
                        var next = new Uri(url, location);
                        if (redirects + 1 > _options.MaxRedirects)
                        {
                            return Fail(url, FetchErrorKind.Redirects, $"too many redirects ({redirects + 1} > {_options.MaxRedirects})", (int)response.StatusCode);
                        }
                        if (!visited.Add(next.AbsoluteUri))
                        {
                            return Fail(url, FetchErrorKind.Redirects, $"redirect loop at {next}", (int)response.StatusCode);
                        }
                        url = next;
                        continue;
                    }

                    return await ReadResponseAsync(response, url, request, deadline.Token);
                }
                finally
                {
                    lease.Dispose();
                    // The clock stops while the next hop waits for its turn.
                    spent += Stopwatch.GetElapsedTime(hopStarted);
                    deadline.CancelAfter(Timeout.InfiniteTimeSpan);
                }
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Fail(url, FetchErrorKind.Timeout, $"timed out after {Seconds(_options.Timeout)} s");
        }
        catch (HttpRequestException e) when (Find<AddressRefusedException>(e) is { } refused)
        {
            return Fail(url, FetchErrorKind.AddressRefused, refused.Message);
        }
        catch (HttpRequestException e)
        {
            return Fail(url, FetchErrorKind.Network, Describe(e));
        }
        catch (IOException e)
        {
            // Broken connections and corrupt compressed bodies surface here while reading.
            return Fail(url, FetchErrorKind.Network, Describe(e));
        }
        catch (UriFormatException e)
        {
            return Fail(url, FetchErrorKind.InvalidUrl, $"invalid redirect target: {e.Message}");
        }
    }

    /// <summary>A turn at <paramref name="host"/>, or null when none came within <paramref name="within"/>.</summary>
    private async Task<IDisposable?> TakeTurnAsync(string host, TimeSpan within, CancellationToken ct)
    {
        using var turn = CancellationTokenSource.CreateLinkedTokenSource(ct);
        turn.CancelAfter(Max(within, TimeSpan.Zero));
        try
        {
            return await _throttle.AcquireAsync(host, turn.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private async Task<FetchResult> ReadResponseAsync(HttpResponseMessage response, Uri url, FetchRequest request, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var etag = response.Headers.TryGetValues("ETag", out var etags) ? etags.FirstOrDefault() : null;
        var lastModified = response.Content.Headers.LastModified;
        var maxAge = response.Headers.CacheControl?.MaxAge;

        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult
            {
                Outcome = FetchOutcome.NotModified,
                HttpStatus = status,
                FinalUrl = url,
                ETag = etag ?? request.ETag,
                LastModified = lastModified ?? request.LastModified,
                MaxAge = maxAge,
            };
        }

        if (!response.IsSuccessStatusCode)
        {
            return Fail(url, FetchErrorKind.Http, $"HTTP {status} {response.ReasonPhrase}".TrimEnd(), status) with
            {
                RetryAfter = RetryAfter(response.Headers.RetryAfter),
                MaxAge = maxAge,
            };
        }

        var max = _options.MaxBodyBytes;
        if (response.Content.Headers.ContentLength is { } length && length > max)
        {
            return Fail(url, FetchErrorKind.TooLarge, $"body of {length} bytes exceeds {max} bytes", status);
        }

        var stream = await response.Content.ReadAsStreamAsync(ct);
        await using (stream.ConfigureAwait(false))
        {
            var body = await BodyReader.ReadCappedAsync(stream, max, ct);
            if (body is null)
            {
                return Fail(url, FetchErrorKind.TooLarge, $"body exceeds {max} bytes after decompression", status);
            }
            return new FetchResult
            {
                Outcome = FetchOutcome.Ok,
                HttpStatus = status,
                Body = body,
                ContentType = response.Content.Headers.ContentType?.ToString(),
                ETag = etag,
                LastModified = lastModified,
                MaxAge = maxAge,
                FinalUrl = url,
            };
        }
    }

    private HttpRequestMessage BuildRequest(Uri url, FetchRequest request, string accept)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        message.Headers.TryAddWithoutValidation("Accept", accept);
        if (!string.IsNullOrEmpty(request.ETag))
        {
            // Sent back byte for byte: servers compare it as an opaque string.
            message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        }
        if (request.LastModified is { } since)
        {
            message.Headers.IfModifiedSince = since;
        }
        return message;
    }

    /// <summary>Refuses bad schemes, and literal addresses before any connection is tried (names are checked at connect time).</summary>
    private FetchResult? CheckUrl(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return Fail(url, FetchErrorKind.InvalidUrl, $"only http and https URLs can be fetched, not {url}");
        }
        if (IPAddress.TryParse(url.IdnHost, out var ip) && _guard.Refusal(ip) is { } refusal)
        {
            return Fail(url, FetchErrorKind.AddressRefused, refusal);
        }
        return null;
    }

    private DateTimeOffset? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => _time.GetUtcNow() + delta,
        { Date: { } date } => date,
        _ => null,
    };

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static FetchResult Fail(Uri url, FetchErrorKind kind, string error, int? status = null) => new()
    {
        Outcome = FetchOutcome.Failed,
        HttpStatus = status,
        FinalUrl = url,
        Error = error,
        ErrorKind = kind,
    };

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    private static T? Find<T>(Exception e)
        where T : Exception
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is T found)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>The outer message plus the innermost cause, which is usually the useful part.</summary>
    private static string Describe(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }
        return ReferenceEquals(inner, e) || e.Message.Contains(inner.Message, StringComparison.Ordinal)
            ? e.Message
            : $"{e.Message} ({inner.Message})";
    }
}
