using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Monitoring.Bench.Ingestion;

/// <summary>Serves <c>/f/{n}.xml</c>: synthetic RSS feeds with validators, answering 304 when unchanged.</summary>
internal sealed class LoopbackFeeds : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly byte[][] _bodies;
    private readonly string[] _etags;
    private long _requests;

    private LoopbackFeeds(WebApplication app, byte[][] bodies)
    {
        _app = app;
        _bodies = bodies;
        _etags = bodies.Select((_, i) => $"\"v1-{i}\"").ToArray();
    }

    public Uri BaseUrl { get; private set; } = null!;

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Items are published an hour apart from <paramref name="firstPublished"/> (a fixed day in 2024 when not given).</summary>
    public static async Task<LoopbackFeeds> StartAsync(int feeds, int items, DateTimeOffset? firstPublished = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var bodies = Enumerable.Range(0, feeds).Select(i => Encoding.UTF8.GetBytes(Feed(i, items, firstPublished))).ToArray();
        var server = new LoopbackFeeds(app, bodies);
        app.MapGet("/f/{n:int}.xml", server.ServeAsync);
        await app.StartAsync();
        server.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    public Uri FeedUrl(int n) => new(BaseUrl, $"/f/{n}.xml");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ServeAsync(HttpContext context, int n)
    {
        Interlocked.Increment(ref _requests);
        if (n < 0 || n >= _bodies.Length)
        {
            context.Response.StatusCode = 404;
            return;
        }
        if (context.Request.Headers.IfNoneMatch == _etags[n])
        {
            context.Response.StatusCode = 304;
            return;
        }
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        context.Response.Headers.ETag = _etags[n];
        context.Response.Headers.LastModified = "Wed, 20 Nov 2024 08:00:00 GMT";
        await context.Response.Body.WriteAsync(_bodies[n]);
    }

    private static string Feed(int n, int items, DateTimeOffset? firstPublished)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Feed {n}</title><link>https://example.org/{n}/</link><description>synthetic</description>");
        var t0 = firstPublished ?? new DateTimeOffset(2024, 11, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < items; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<item><guid>https://example.org/{n}/{i}</guid><title>Story {i} of feed {n}: Japan weighs new sanctions</title>");
            sb.Append(CultureInfo.InvariantCulture, $"<link>https://example.org/{n}/{i}</link><pubDate>{t0.AddHours(i).ToString("R", CultureInfo.InvariantCulture)}</pubDate>");
            sb.Append("<description>Tokyo is considering further measures against Moscow, officials said, as allies coordinate export controls and asset freezes.</description></item>");
        }
        sb.Append("</channel></rss>");
        return sb.ToString();
    }
}
