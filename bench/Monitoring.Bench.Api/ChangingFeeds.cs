using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Monitoring.Bench.Api;

/// <summary>
/// Serves <c>/c/{f}.xml</c>: every fetch of a feed carries <c>items</c> items never served before, each
/// naming Japan, Russia, one topic's code word and one person no earlier item named, so each raises one
/// alert in one topic. The items name no measure: a measure between a topic's actors makes an article the
/// topic's whatever its words, and would hand every item to every topic. Notes when each batch was served, for the latency to its webhooks.
/// </summary>
internal sealed class ChangingFeeds : IAsyncDisposable
{
    private static readonly string[] Given = ["Arata", "Bruno", "Celia", "Dario", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas"];

    private readonly WebApplication _app;
    private readonly Stopwatch _clock;
    private readonly int _items;
    private readonly int _topics;
    private readonly ConcurrentDictionary<string, TimeSpan> _served = new(StringComparer.Ordinal);
    private int[] _fetches = [];
    private long _next;

    private ChangingFeeds(WebApplication app, Stopwatch clock, int items, int topics)
    {
        _app = app;
        _clock = clock;
        _items = items;
        _topics = topics;
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Items served so far.</summary>
    public long Items => Interlocked.Read(ref _next);

    /// <summary>Feeds fetched at least once so far.</summary>
    public int FeedsFetched => _fetches.Count(f => f > 0);

    public static async Task<ChangingFeeds> StartAsync(int feeds, int items, int topics, Stopwatch clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new ChangingFeeds(app, clock, items, topics) { _fetches = new int[feeds] };
        app.MapGet("/c/{f:int}.xml", server.ServeAsync);
        await app.StartAsync();
        server.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    public string FeedUrl(int f) => $"{BaseUrl}c/{f}.xml";

    /// <summary>When the item behind an article url was served, or null for a url this farm did not make.</summary>
    public TimeSpan? ServedAt(string articleUrl)
    {
        // https://e2e.example.org/{f}/{fetch}/{i}: the batch is the url without its last segment.
        var cut = articleUrl.LastIndexOf('/');
        return cut > 0 && _served.TryGetValue(articleUrl[..cut], out var at) ? at : null;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>The topic code word each topic's definition asks for.</summary>
    public static string Code(int topic) => "zq" + string.Concat(topic.ToString(CultureInfo.InvariantCulture).Select(c => (char)('a' + c - '0'))) + "zq";

    private async Task ServeAsync(HttpContext context, int f)
    {
        if (f < 0 || f >= _fetches.Length)
        {
            context.Response.StatusCode = 404;
            return;
        }
        var fetch = Interlocked.Increment(ref _fetches[f]);
        var batch = $"https://e2e.example.org/{f}/{fetch}";
        var sb = new StringBuilder(600 * _items);
        sb.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Feed {f}</title><link>https://e2e.example.org/{f}/</link><description>e2e</description>");
        var published = DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture);
        for (var i = 0; i < _items; i++)
        {
            var n = Interlocked.Increment(ref _next);
            var code = Code((int)(n % _topics));
            sb.Append(CultureInfo.InvariantCulture, $"<item><guid>{batch}/{i}</guid><link>{batch}/{i}</link><pubDate>{published}</pubDate>");
            sb.Append(CultureInfo.InvariantCulture, $"<title>Japan and Russia hold talks ({n})</title><description>");
            sb.Append(SecurityElement.Escape($"Japan and Russia held talks on the {code} case. Deputy Minister {Name(n)} said Tokyo would answer next week."));
            sb.Append("</description></item>");
        }
        sb.Append("</channel></rss>");
        _served[batch] = _clock.Elapsed;
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(sb.ToString()));
    }

    /// <summary>Distinct made-up names far enough apart that no two are taken for one person.</summary>
    private static string Name(long n)
    {
        const string letters = "bcdfghklmnprstvz";
        var surname = new StringBuilder("Q");
        for (var k = n + 1; k > 0; k /= letters.Length)
        {
            surname.Append(letters[(int)(k % letters.Length)]).Append('a');
        }
        return $"{Given[n % Given.Length]} {surname}";
    }
}
