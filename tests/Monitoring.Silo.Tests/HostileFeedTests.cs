using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests;

/// <summary>Bad feeds end as a clear error on the source's health; the silo keeps serving.</summary>
public sealed class HostileFeedTests : IAsyncLifetime
{
    private FeedServer _feeds = null!;
    private RunningSilo _silo = null!;

    public async Task InitializeAsync()
    {
        _feeds = await FeedServer.StartAsync();
        _silo = await RunningSilo.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Fetch:MaxBodyBytes"] = "1048576",
            ["Fetch:Timeout"] = "00:00:03",
            ["Scheduler:Enabled"] = "false",
        });
    }

    public async Task DisposeAsync()
    {
        await _silo.DisposeAsync();
        await _feeds.DisposeAsync();
    }

    public static TheoryData<string, string> Cases => new()
    {
        { "xxe", "DTD" },
        { "billion-laughs", "DTD" },
        { "gzip-bomb", "1048576" },
        { "too-big", "1048576" },
        { "trickle", "timed out" },
        { "redirect-loop", "redirect" },
        { "html", "HTML" },
        { "empty", "empty" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_feed_ends_as_an_error_on_the_source_health(string kind, string expected)
    {
        MapHostile(kind);
        var id = await _silo.AddSourceAsync(_feeds.Url($"/{kind}.xml"), validate: false);

        var report = await _silo.PollAsync(id);

        Assert.False(report.GetProperty("succeeded").GetBoolean());
        var health = (await _silo.SourceAsync(id)).GetProperty("health");
        var error = health.GetProperty("lastError").GetString();
        Assert.Contains(expected, error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("root:", error, StringComparison.Ordinal);
        Assert.Empty((await _silo.ArticlesAsync(id)).EnumerateArray());
        using var alive = await _silo.Client.GetAsync("/healthz");
        Assert.True(alive.IsSuccessStatusCode);
    }

    [Fact]
    public async Task A_wrong_declared_charset_does_not_break_the_source()
    {
        var body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Caf\u00e9 news</title>"
            + "<item><guid>c1</guid><title>Na\u00efve report</title><link>https://example.org/c1</link></item></channel></rss>";
        _feeds.Map("/charset.xml", async context =>
        {
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            await context.Response.Body.WriteAsync(Encoding.Latin1.GetBytes(body));
        });
        var id = await _silo.AddSourceAsync(_feeds.Url("/charset.xml"));

        var report = await _silo.PollAsync(id);

        // Declared UTF-8, sent Latin-1: the feed is still read, with the accented characters kept or replaced.
        Assert.True(report.GetProperty("succeeded").GetBoolean(), report.ToString());
        Assert.Equal(1, report.GetProperty("newArticles").GetInt32());
        var title = (await _silo.ArticlesAsync(id)).EnumerateArray().Single().GetProperty("title").GetString();
        Assert.StartsWith("Na", title);
        Assert.EndsWith("ve report", title);
    }

    [Fact]
    public async Task Loopback_addresses_are_refused_unless_the_operator_allows_them()
    {
        await using var strict = await RunningSilo.StartAsync(settings: new Dictionary<string, string?> { ["Fetch:AllowPrivateNetworks"] = "false", ["Scheduler:Enabled"] = "false" });
        _feeds.MapFeed("/private.xml", () => RssBuilder.Feed("Private", RssBuilder.Items("p", 1, _feeds.BaseUrl.ToString())));
        var id = await strict.AddSourceAsync(_feeds.Url("/private.xml"), validate: false);

        var report = await strict.PollAsync(id);

        Assert.False(report.GetProperty("succeeded").GetBoolean());
        Assert.Contains("Fetch:AllowPrivateNetworks", report.GetProperty("error").GetString());
        Assert.Equal(0, _feeds.CountRequests("/private.xml"));
    }

    private void MapHostile(string kind)
    {
        var path = $"/{kind}.xml";
        switch (kind)
        {
            case "xxe":
                MapText(path, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<rss version=\"2.0\"><channel><title>&x;</title><item><title>&x;</title></item></channel></rss>");
                break;
            case "billion-laughs":
                var sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
                for (var i = 1; i <= 9; i++)
                {
                    sb.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat(i == 1 ? "&lol;" : $"&lol{i - 1};", 10))}\">");
                }
                sb.Append("]><rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>");
                MapText(path, sb.ToString());
                break;
            case "gzip-bomb":
                var bomb = GzipOfZeros(64L * 1024 * 1024);
                _feeds.Map(path, async context =>
                {
                    context.Response.Headers.ContentEncoding = "gzip";
                    context.Response.ContentType = "application/rss+xml";
                    await context.Response.Body.WriteAsync(bomb);
                });
                break;
            case "too-big":
                _feeds.Map(path, async context =>
                {
                    context.Response.ContentType = "application/rss+xml";
                    await context.Response.WriteAsync("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>");
                    var chunk = new string('a', 64 * 1024);
                    for (var i = 0; i < 40; i++)
                    {
                        await context.Response.WriteAsync(chunk);
                    }
                    await context.Response.WriteAsync("</title></channel></rss>");
                });
                break;
            case "trickle":
                _feeds.Map(path, async context =>
                {
                    context.Response.ContentType = "application/rss+xml";
                    try
                    {
                        for (var i = 0; i < 600 && !context.RequestAborted.IsCancellationRequested; i++)
                        {
                            await context.Response.WriteAsync("<", context.RequestAborted);
                            await context.Response.Body.FlushAsync(context.RequestAborted);
                            await Task.Delay(200, context.RequestAborted);
                        }
                    }
                    catch (OperationCanceledException)
                    {
                        // The client gave up, as it should.
                    }
                });
                break;
            case "redirect-loop":
                _feeds.Map(path, context =>
                {
                    context.Response.Redirect("/redirect-loop-2.xml");
                    return Task.CompletedTask;
                });
                _feeds.Map("/redirect-loop-2.xml", context =>
                {
                    context.Response.Redirect(path);
                    return Task.CompletedTask;
                });
                break;
            case "html":
                _feeds.Map(path, async context =>
                {
                    context.Response.ContentType = "text/html";
                    await context.Response.WriteAsync("<!DOCTYPE html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>");
                });
                break;
            case "empty":
                _feeds.Map(path, _ => Task.CompletedTask);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private void MapText(string path, string body) => _feeds.Map(path, async context =>
    {
        context.Response.ContentType = "application/rss+xml";
        await context.Response.WriteAsync(body);
    });

    private static byte[] GzipOfZeros(long length)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < length; written += zeros.Length)
            {
                gzip.Write(zeros);
            }
        }
        return output.ToArray();
    }
}
