using System.Net;
using System.Net.Http.Json;
using System.Security;
using System.Text;
using System.Text.Json;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Bulk;

/// <summary>OPML imports and JSON batches register many feeds in one call and say what became of each.</summary>
public sealed class BulkRegistrationTests : IAsyncLifetime
{
    private FeedServer _feeds = null!;
    private RunningSilo _silo = null!;

    public async Task InitializeAsync()
    {
        _feeds = await FeedServer.StartAsync();
        // The scheduler runs: bulk-registered sources are polled by it without ever being called one by one.
        _silo = await RunningSilo.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _silo.DisposeAsync();
        await _feeds.DisposeAsync();
    }

    [Fact]
    public async Task An_opml_import_registers_every_feed_in_one_call_and_the_schedule_polls_them()
    {
        const int feeds = 40;
        for (var i = 0; i < feeds; i++)
        {
            var name = $"desk{i}";
            _feeds.MapFeed($"/{name}.xml", () => RssBuilder.Feed(name, RssBuilder.Items(name, 3, _feeds.BaseUrl.ToString())));
        }
        var urls = Enumerable.Range(0, feeds).Select(i => _feeds.Url($"/desk{i}.xml").ToString()).ToList();

        var result = await ImportAsync(urls);

        Assert.Equal(feeds, result.GetProperty("added").GetInt32());
        Assert.Equal(0, result.GetProperty("existing").GetInt32());
        var items = result.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(feeds, items.Count);
        Assert.All(items, i => Assert.Equal("created", i.GetProperty("result").GetString()));
        Assert.Equal(Enumerable.Range(0, feeds), items.Select(i => i.GetProperty("index").GetInt32()));
        Assert.Equal(feeds, (await _silo.GetJsonAsync("/api/sources")).GetProperty("total").GetInt32());

        // A source registered in bulk reads as registered before anything has polled it.
        var first = await _silo.SourceAsync(items[0].GetProperty("id").GetString()!);
        Assert.Equal(urls[0], first.GetProperty("url").GetString());

        await RunningSilo.EventuallyAsync(async () =>
            (await _silo.ArticlesAsync()).GetArrayLength() == feeds * 3,
            TimeSpan.FromSeconds(60), $"the scheduler to archive the {feeds * 3} items of the imported feeds");

        var again = await ImportAsync(urls.Take(5).ToList());
        Assert.Equal(0, again.GetProperty("added").GetInt32());
        Assert.Equal(5, again.GetProperty("existing").GetInt32());
        Assert.All(again.GetProperty("items").EnumerateArray(), i => Assert.Equal("exists", i.GetProperty("result").GetString()));
    }

    [Fact]
    public async Task Invalid_items_are_reported_with_their_reason_and_the_valid_ones_are_still_registered()
    {
        _feeds.MapFeed("/a.xml", () => RssBuilder.Feed("A", RssBuilder.Items("a", 1, _feeds.BaseUrl.ToString())));
        _feeds.MapFeed("/b.xml", () => RssBuilder.Feed("B", RssBuilder.Items("b", 1, _feeds.BaseUrl.ToString())));
        var batch = new object?[]
        {
            new { url = _feeds.Url("/a.xml").ToString(), title = "Desk A" },
            new { url = "ftp://example.org/feed.xml" },
            new { title = "no url" },
            new { url = _feeds.Url("/b.xml").ToString() },
            new { url = _feeds.Url("/a.xml").ToString() },
            new { url = _feeds.Url("/missing.xml").ToString() },
        };

        using var response = await _silo.Client.PostAsJsonAsync("/api/sources", batch);

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = JsonDocument.Parse(text).RootElement;
        var items = result.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["created", "invalid", "invalid", "created", "exists", "invalid"], items.Select(i => i.GetProperty("result").GetString()));
        Assert.Contains("http or https", items[1].GetProperty("error").GetString());
        Assert.Contains("url is required", items[2].GetProperty("error").GetString());
        // Checked by default, as a single add is: a feed that is not there is refused with the reason.
        Assert.Contains("404", items[5].GetProperty("error").GetString());
        Assert.Equal(2, result.GetProperty("created").GetInt32());
        Assert.Equal(3, result.GetProperty("invalid").GetInt32());
        var listed = (await _silo.GetJsonAsync("/api/sources")).GetProperty("items").EnumerateArray().Select(s => s.GetProperty("url").GetString()).ToHashSet();
        Assert.Equal([_feeds.Url("/a.xml").ToString(), _feeds.Url("/b.xml").ToString()], listed.Order());
        Assert.Equal("Desk A", (await _silo.SourceAsync(items[0].GetProperty("id").GetString()!)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_batch_unchecked_registers_what_is_down_and_an_oversized_batch_is_refused_whole()
    {
        using var unchecked_ = await _silo.Client.PostAsJsonAsync("/api/sources?validate=false", new[] { new { url = _feeds.Url("/down.xml").ToString() } });
        Assert.Equal(HttpStatusCode.OK, unchecked_.StatusCode);
        Assert.Equal("created", JsonDocument.Parse(await unchecked_.Content.ReadAsStringAsync()).RootElement.GetProperty("items")[0].GetProperty("result").GetString());

        var tooMany = Enumerable.Range(0, 1001).Select(i => new { url = $"https://example.org/{i}.xml" }).ToArray();
        using var refused = await _silo.Client.PostAsJsonAsync("/api/sources?validate=false", tooMany);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("at most 1000", await refused.Content.ReadAsStringAsync());

        var huge = "[" + string.Join(',', Enumerable.Repeat($"{{\"url\":\"https://example.org/{new string('x', 1000)}\"}}", 1100)) + "]";
        using var tooLarge = await _silo.Client.PostAsync("/api/sources", new StringContent(huge, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(1, (await _silo.GetJsonAsync("/api/sources")).GetProperty("total").GetInt32());
    }

    private async Task<JsonElement> ImportAsync(IReadOnlyList<string> urls)
    {
        var opml = new StringBuilder("<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>");
        foreach (var url in urls)
        {
            opml.Append(System.Globalization.CultureInfo.InvariantCulture, $"<outline type=\"rss\" text=\"x\" xmlUrl=\"{SecurityElement.Escape(url)}\"/>");
        }
        opml.Append("</body></opml>");
        using var response = await _silo.Client.PostAsync("/api/sources/opml", new StringContent(opml.ToString(), Encoding.UTF8, "text/x-opml"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
