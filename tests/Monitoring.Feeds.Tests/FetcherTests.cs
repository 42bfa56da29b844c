using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Monitoring.Feeds.Tests;

public sealed class FetcherTests
{
    private const string Rss = """<rss version="2.0"><channel><title>T</title></channel></rss>""";

    private static FeedFetcher Fetcher(Action<FetchOptions>? configure = null)
    {
        var options = new FetchOptions { AllowPrivateNetworks = true, MinHostGap = TimeSpan.Zero, MaxConcurrentPerHost = 8 };
        configure?.Invoke(options);
        return FeedFetcher.Create(options);
    }

    [Fact]
    public async Task Fetches_then_gets_304_sending_both_validators()
    {
        var lastModified = new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero);
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed", (HttpContext c) =>
        {
            if (c.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                c.Response.StatusCode = 304;
                return Task.CompletedTask;
            }
            c.Response.Headers.ETag = "\"v1\"";
            c.Response.Headers.LastModified = lastModified.ToString("r");
            c.Response.Headers.CacheControl = "public, max-age=600";
            c.Response.ContentType = "application/rss+xml";
            return c.Response.WriteAsync(Rss);
        }));
        var fetcher = Fetcher();

        var first = await fetcher.FetchAsync(new FetchRequest { Url = server.Url("/feed") }, default);
        Assert.Equal(FetchOutcome.Ok, first.Outcome);
        Assert.Equal(200, first.HttpStatus);
        Assert.Equal(Rss, Encoding.UTF8.GetString(first.Body!));
        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal(lastModified, first.LastModified);
        Assert.Equal(TimeSpan.FromMinutes(10), first.MaxAge);
        Assert.StartsWith("application/rss+xml", first.ContentType);

        var second = await fetcher.FetchAsync(new FetchRequest { Url = server.Url("/feed"), ETag = first.ETag, LastModified = first.LastModified }, default);
        Assert.Equal(FetchOutcome.NotModified, second.Outcome);
        Assert.Equal(304, second.HttpStatus);
        Assert.Null(second.Body);
        Assert.Equal("\"v1\"", second.ETag);
        Assert.Equal(lastModified, second.LastModified);

        var requests = server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Null(requests[0].Header("If-None-Match"));
        Assert.Null(requests[0].Header("If-Modified-Since"));
        Assert.Equal("\"v1\"", requests[1].Header("If-None-Match"));
        Assert.Equal("Wed, 01 May 2024 10:00:00 GMT", requests[1].Header("If-Modified-Since"));
        Assert.Equal("Monitoring/1.0 (+feed reader)", requests[1].Header("User-Agent"));
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Retry_after_in_seconds_is_turned_into_a_time(int status)
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/", (HttpContext c) =>
        {
            c.Response.StatusCode = status;
            c.Response.Headers.RetryAfter = "120";
            return Task.CompletedTask;
        }));
        var before = DateTimeOffset.UtcNow;
        var result = await Fetcher().FetchAsync(new FetchRequest { Url = server.Url("/") }, default);
        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal(FetchErrorKind.Http, result.ErrorKind);
        Assert.Equal(status, result.HttpStatus);
        Assert.NotNull(result.RetryAfter);
        Assert.InRange(result.RetryAfter!.Value, before.AddSeconds(119), DateTimeOffset.UtcNow.AddSeconds(121));
    }

    [Fact]
    public async Task Retry_after_as_http_date_is_kept()
    {
        var when = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/", (HttpContext c) =>
        {
            c.Response.StatusCode = 429;
            c.Response.Headers.RetryAfter = when.ToString("r");
            return Task.CompletedTask;
        }));
        var result = await Fetcher().FetchAsync(new FetchRequest { Url = server.Url("/") }, default);
        Assert.Equal(429, result.HttpStatus);
        Assert.Equal(when, result.RetryAfter);
    }

    [Fact]
    public async Task Server_error_fails_with_status_and_reason()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/", () => Results.StatusCode(500)));
        var result = await Fetcher().FetchAsync(new FetchRequest { Url = server.Url("/") }, default);
        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal(FetchErrorKind.Http, result.ErrorKind);
        Assert.Equal(500, result.HttpStatus);
        Assert.Equal("HTTP 500 Internal Server Error", result.Error);
        Assert.Null(result.RetryAfter);
    }

    private static Task<LoopbackServer> RedirectChainAsync() => LoopbackServer.StartAsync(app =>
    {
        app.MapGet("/hop/{n:int}", (int n) => n == 0 ? Results.Text(Rss, "application/rss+xml") : Results.Redirect($"/hop/{n - 1}"));
        app.MapGet("/loop/a", () => Results.Redirect("/loop/b"));
        app.MapGet("/loop/b", () => Results.Redirect("/loop/a", permanent: true));
    });

    [Fact]
    public async Task Follows_three_redirects_and_reports_the_final_url()
    {
        await using var server = await RedirectChainAsync();
        var result = await Fetcher().FetchAsync(new FetchRequest { Url = server.Url("/hop/3") }, default);
        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(server.Url("/hop/0"), result.FinalUrl);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task Six_redirects_exceed_a_cap_of_five()
    {
        await using var server = await RedirectChainAsync();
        var result = await Fetcher().FetchAsync(new FetchRequest { Url = server.Url("/hop/6") }, default);
        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal(FetchErrorKind.Redirects, result.ErrorKind);
        Assert.Equal("too many redirects (6 > 5)", result.Error);
        Assert.Equal(6, server.Requests.Count);
    }

    [Fact]
    public async Task Redirect_loop_is_detected()
    {
        await using var server = await RedirectChainAsync();
        var result = await Fetcher().FetchAsync(new FetchRequest { Url = server.Url("/loop/a") }, default);
        Assert.Equal(FetchErrorKind.Redirects, result.ErrorKind);
        Assert.StartsWith("redirect loop", result.Error);
        Assert.Equal(2, server.Requests.Count);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("deflate")]
    public async Task Compressed_bodies_are_decompressed(string encoding)
    {
        var text = string.Concat(Enumerable.Repeat(Rss, 50));
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/", async (HttpContext c) =>
        {
            c.Response.Headers.ContentEncoding = encoding;
            await using var compressed = Compress(c.Response.Body, encoding);
            await compressed.WriteAsync(Encoding.UTF8.GetBytes(text));
        }));
        var result = await Fetcher().FetchAsync(new FetchRequest { Url = server.Url("/") }, default);
        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(text, Encoding.UTF8.GetString(result.Body!));
        Assert.Contains("gzip", server.Requests.Single().Header("Accept-Encoding"));
        Assert.Contains("br", server.Requests.Single().Header("Accept-Encoding"));
    }

    [Fact]
    public async Task Gzip_bomb_stops_at_the_cap()
    {
        // Up to 1 GiB of zeros, compressed as it is sent: the client must stop after 5 MiB.
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/", async (HttpContext c) =>
        {
            c.Response.Headers.ContentEncoding = "gzip";
            var zeros = new byte[1 << 20];
            try
            {
                await using var gzip = new GZipStream(c.Response.Body, CompressionLevel.Optimal);
                for (var i = 0; i < 1024; i++)
                {
                    await gzip.WriteAsync(zeros, c.RequestAborted);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
                // The client hung up, as it should.
            }
        }));
        var watch = Stopwatch.StartNew();
        var result = await Fetcher().FetchAsync(new FetchRequest { Url = server.Url("/") }, default);
        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal(FetchErrorKind.TooLarge, result.ErrorKind);
        Assert.Equal("body exceeds 5242880 bytes after decompression", result.Error);
        Assert.Null(result.Body);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Declared_length_over_the_cap_fails_without_reading()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/", () => Results.Bytes(new byte[2000], "application/xml")));
        var result = await Fetcher(o => o.MaxBodyBytes = 1000).FetchAsync(new FetchRequest { Url = server.Url("/") }, default);
        Assert.Equal(FetchErrorKind.TooLarge, result.ErrorKind);
        Assert.Equal("body of 2000 bytes exceeds 1000 bytes", result.Error);
    }

    [Fact]
    public async Task Chunked_body_over_the_cap_fails()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/", async (HttpContext c) =>
        {
            for (var i = 0; i < 4; i++)
            {
                await c.Response.Body.WriteAsync(new byte[500]);
                await c.Response.Body.FlushAsync();
            }
        }));
        var exact = await Fetcher(o => o.MaxBodyBytes = 2000).FetchAsync(new FetchRequest { Url = server.Url("/") }, default);
        Assert.Equal(FetchOutcome.Ok, exact.Outcome);
        Assert.Equal(2000, exact.Body!.Length);
        var over = await Fetcher(o => o.MaxBodyBytes = 1999).FetchAsync(new FetchRequest { Url = server.Url("/") }, default);
        Assert.Equal(FetchErrorKind.TooLarge, over.ErrorKind);
        Assert.Equal("body exceeds 1999 bytes after decompression", over.Error);
    }

    [Fact]
    public async Task Trickling_server_times_out_within_the_total_timeout()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/", async (HttpContext c) =>
        {
            try
            {
                while (!c.RequestAborted.IsCancellationRequested)
                {
                    await c.Response.Body.WriteAsync("<"u8.ToArray(), c.RequestAborted);
                    await c.Response.Body.FlushAsync(c.RequestAborted);
                    await Task.Delay(1000, c.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }));
        var watch = Stopwatch.StartNew();
        var result = await Fetcher(o => o.Timeout = TimeSpan.FromSeconds(1.5)).FetchAsync(new FetchRequest { Url = server.Url("/") }, default);
        Assert.Equal(FetchErrorKind.Timeout, result.ErrorKind);
        Assert.Equal("timed out after 1.5 s", result.Error);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1.4), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Callers_cancellation_is_not_reported_as_a_timeout()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/", async (HttpContext c) => await Task.Delay(10_000, c.RequestAborted)));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Fetcher().FetchAsync(new FetchRequest { Url = server.Url("/") }, cts.Token));
    }

    [Fact]
    public async Task Loopback_is_refused_unless_allowed()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/", () => Rss));
        var fetcher = Fetcher(o => o.AllowPrivateNetworks = false);

        var literal = await fetcher.FetchAsync(new FetchRequest { Url = server.Url("/") }, default);
        Assert.Equal(FetchErrorKind.AddressRefused, literal.ErrorKind);
        Assert.Equal("address 127.0.0.1 is loopback; set Fetch:AllowPrivateNetworks=true (environment Fetch__AllowPrivateNetworks=true) to allow it", literal.Error);

        // A name is resolved and checked at connect time, the path that defeats DNS rebinding.
        var named = await fetcher.FetchAsync(new FetchRequest { Url = new Uri($"http://localhost:{server.BaseUrl.Port}/") }, default);
        Assert.Equal(FetchErrorKind.AddressRefused, named.ErrorKind);
        Assert.Contains("is loopback", named.Error);

        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is link-local")]
    [InlineData("http://10.1.2.3/", "10.1.2.3 is private")]
    [InlineData("http://192.168.0.1/", "192.168.0.1 is private")]
    [InlineData("http://[fe80::1]/", "fe80::1 is link-local")]
    [InlineData("http://0.0.0.0/", "0.0.0.0 is unspecified")]
    public async Task Private_literals_are_refused_before_connecting(string url, string expected)
    {
        var watch = Stopwatch.StartNew();
        var result = await Fetcher(o => o.AllowPrivateNetworks = false).FetchAsync(new FetchRequest { Url = new Uri(url) }, default);
        Assert.Equal(FetchErrorKind.AddressRefused, result.ErrorKind);
        Assert.Contains(expected, result.Error);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), "a refusal must not wait on a connection");
    }

    [Fact]
    public async Task Non_http_schemes_are_refused()
    {
        var result = await Fetcher().FetchAsync(new FetchRequest { Url = new Uri("file:///etc/hostname") }, default);
        Assert.Equal(FetchErrorKind.InvalidUrl, result.ErrorKind);
    }

    [Fact]
    public async Task Connection_refused_is_a_network_failure()
    {
        int port;
        await using (var server = await LoopbackServer.StartAsync(_ => { }))
        {
            port = server.BaseUrl.Port;
        }
        var result = await Fetcher().FetchAsync(new FetchRequest { Url = new Uri($"http://127.0.0.1:{port}/") }, default);
        Assert.Equal(FetchErrorKind.Network, result.ErrorKind);
        Assert.False(string.IsNullOrEmpty(result.Error));
    }

    [Fact]
    public async Task Pages_are_fetched_with_an_html_accept_header()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/page", () => Results.Content("<html></html>", "text/html")));
        var result = await Fetcher().FetchPageAsync(server.Url("/page"), default);
        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.StartsWith("text/html", server.Requests.Single().Header("Accept"));
    }

    private static Stream Compress(Stream target, string encoding) => encoding switch
    {
        "gzip" => new GZipStream(target, CompressionLevel.Fastest, leaveOpen: true),
        "br" => new BrotliStream(target, CompressionLevel.Fastest, leaveOpen: true),
        _ => new ZLibStream(target, CompressionLevel.Fastest, leaveOpen: true),
    };
}
