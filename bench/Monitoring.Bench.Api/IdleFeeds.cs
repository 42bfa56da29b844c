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
/// Serves <c>/i/{n}.xml</c> for any n: a feed with no items, made on the fly (a million feeds need no
/// million bodies in memory), with an ETag, and 304 when the poller sends it back. What an idle
/// source's feed looks like to the poller.
/// </summary>
internal sealed class IdleFeeds : IAsyncDisposable
{
    private const string ETag = "\"idle-1\"";

    private readonly WebApplication _app;
    private long _full;
    private long _notModified;

    private IdleFeeds(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public long Full => Interlocked.Read(ref _full);

    public long NotModified => Interlocked.Read(ref _notModified);

    /// <param name="port">0 for any; a catalog registered by an earlier run needs the port its urls name.</param>
    public static async Task<IdleFeeds> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var server = new IdleFeeds(app);
        app.MapGet("/i/{n:int}.xml", server.ServeAsync);
        await app.StartAsync();
        server.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    public string FeedUrl(int n) => $"{BaseUrl}i/{n}.xml";

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ServeAsync(HttpContext context, int n)
    {
        if (context.Request.Headers.IfNoneMatch == ETag)
        {
            Interlocked.Increment(ref _notModified);
            context.Response.StatusCode = 304;
            return;
        }
        Interlocked.Increment(ref _full);
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        context.Response.Headers.ETag = ETag;
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(
            $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Idle {n}</title><link>https://example.org/{n}/</link><description>quiet</description></channel></rss>"));
    }
}
