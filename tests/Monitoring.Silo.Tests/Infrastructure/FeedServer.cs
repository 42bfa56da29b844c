using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Monitoring.Silo.Tests.Infrastructure;

/// <summary>A real Kestrel server on loopback (or every interface) whose routes the test sets and whose requests it records.</summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new();

    private FeedServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<(string Path, IHeaderDictionary Headers)> Requests { get; } = new();

    /// <param name="everyInterface">Listen on every interface (IPv4 and IPv6), not only 127.0.0.1.</param>
    public static async Task<FeedServer> StartAsync(bool everyInterface = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (everyInterface)
        {
            builder.WebHost.ConfigureKestrel(k => k.ListenAnyIP(0));
        }
        else
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        var app = builder.Build();
        var server = new FeedServer(app);
        app.Run(async context =>
        {
            var path = context.Request.Path.Value ?? "/";
            server.Requests.Enqueue((path, new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value))));
            if (server._routes.TryGetValue(path, out var handler))
            {
                await handler(context);
            }
            else
            {
                context.Response.StatusCode = 404;
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address);
        return server;
    }

    public Uri Url(string path) => new(BaseUrl, path);

    public void Map(string path, RequestDelegate handler) => _routes[path] = handler;

    /// <summary>Serves <paramref name="content"/> with a content-derived ETag and Last-Modified, honouring conditional GETs.</summary>
    public void MapFeed(string path, Func<string> content, string contentType = "application/rss+xml")
    {
        var lastModified = new DateTimeOffset(2024, 11, 20, 8, 0, 0, TimeSpan.Zero);
        Map(path, context => AnswerAsync(context, content(), contentType, lastModified));
    }

    /// <summary>
    /// Answers with <paramref name="body"/> under an ETag derived from it, or 304 when the request's If-None-Match
    /// names that ETag: validators as real feeds have them, for handlers that do more than serve a document.
    /// </summary>
    public static async Task AnswerAsync(HttpContext context, string body, string contentType = "application/rss+xml", DateTimeOffset? lastModified = null)
    {
        var etag = $"\"{(uint)body.GetHashCode(StringComparison.Ordinal):x8}\"";
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        context.Response.Headers.ETag = etag;
        if (lastModified is { } at)
        {
            context.Response.Headers.LastModified = at.ToString("R");
        }
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body);
    }

    public int CountRequests(string path) => Requests.Count(r => r.Path == path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
