using System.Text.Json;
using Monitoring.Silo.Api;

namespace Monitoring.Silo.Tests.Api;

/// <summary>Each documented bound: a value at it is taken, one past it is refused naming the field.</summary>
public sealed class InputBoundsTests(BoundsSilo fixture) : IClassFixture<BoundsSilo>
{
    /// <summary>One bound: the request carrying a value of size n, the bound, and the field a refusal must name.</summary>
    private sealed record Bound(string Method, string Path, Func<BoundsSilo, int, object> Body, int Limit, string Field);

    private static readonly Dictionary<string, Bound> Bounds = new()
    {
        ["source url"] = new("POST", "/api/sources?validate=false", (f, n) => new { url = Url(f.UniqueId("/feed"), n) }, ApiLimits.MaxUrlLength, "url"),
        ["source title"] = new("POST", "/api/sources?validate=false", (f, n) => new { url = Url(f.UniqueId("/t"), 60), title = new string('t', n) }, ApiLimits.MaxTitleLength, "title"),
        ["topic id"] = new("POST", "/api/topics", (f, n) => Topic(Pad(f.UniqueId("id"), n)), ApiLimits.MaxIdLength, "id"),
        ["topic name"] = new("POST", "/api/topics", (f, n) => Topic(f.UniqueId("name"), name: new string('n', n)), ApiLimits.MaxNameLength, "name"),
        ["topic keywords"] = new("POST", "/api/topics", (f, n) => Topic(f.UniqueId("kw"), keywords: Items("k", n)), ApiLimits.MaxListItems, "keywords"),
        ["topic keyword"] = new("POST", "/api/topics", (f, n) => Topic(f.UniqueId("kl"), keywords: [new string('k', n)]), ApiLimits.MaxItemLength, "keywords[0]"),
        ["topic allActors"] = new("POST", "/api/topics", (f, n) => new { id = f.UniqueId("aa"), name = "x", allActors = Items("a", n) }, ApiLimits.MaxListItems, "allActors"),
        ["topic anyActors"] = new("POST", "/api/topics", (f, n) => new { id = f.UniqueId("ya"), name = "x", anyActors = Items("a", n) }, ApiLimits.MaxListItems, "anyActors"),
        ["key name"] = new("POST", "/api/keys", (_, n) => new { name = new string('k', n), role = "subscriber" }, ApiLimits.MaxNameLength, "name"),
        ["filter actors"] = new("POST", "/api/subscriptions", (_, n) => Stream(new { actors = Items("a", n) }), ApiLimits.MaxListItems, "filters.actors"),
        ["filter actor"] = new("POST", "/api/subscriptions", (_, n) => Stream(new { actors = new[] { new string('a', n) } }), ApiLimits.MaxItemLength, "filters.actors[0]"),
        ["webhook url"] = new("POST", "/api/subscriptions", (_, n) => Webhook(Url("/hook", n), null), ApiLimits.MaxUrlLength, "channel.url"),
        ["webhook secret"] = new("POST", "/api/subscriptions", (_, n) => Webhook(Url("/hook", 40), new string('s', n)), ApiLimits.MaxSecretLength, "channel.secret"),
        ["minOutlets"] = new("POST", "/api/topics", (f, n) => new { id = f.UniqueId("mo"), name = "x", keywords = new[] { "k" }, minOutlets = n }, ApiLimits.MaxMinOutlets, "minOutlets"),
        ["minCorroboration"] = new("POST", "/api/subscriptions", (_, n) => Stream(new { minCorroboration = n }), ApiLimits.MaxMinCorroboration, "filters.minCorroboration"),
    };

    public static TheoryData<string> BoundNames => [.. Bounds.Keys];

    [Theory]
    [MemberData(nameof(BoundNames))]
    public async Task A_value_at_its_bound_is_taken_and_one_past_it_is_a_400_naming_the_field(string name)
    {
        var bound = Bounds[name];

        var (atStatus, atBody) = await fixture.SendAsync(bound.Method, bound.Path, JsonSerializer.Serialize(bound.Body(fixture, bound.Limit)));
        var (pastStatus, pastBody) = await fixture.SendAsync(bound.Method, bound.Path, JsonSerializer.Serialize(bound.Body(fixture, bound.Limit + 1)));

        Assert.True(atStatus is >= 200 and < 300, $"{name} at {bound.Limit}: {atStatus} {atBody}");
        Assert.Equal(400, pastStatus);
        Assert.StartsWith(bound.Field + " ", Detail(pastBody));
    }

    [Theory]
    [InlineData("/api/sources")]
    [InlineData("/api/topics")]
    [InlineData("/api/subscriptions")]
    [InlineData("/api/keys")]
    public async Task A_json_body_past_its_cap_is_a_413_naming_the_body(string path)
    {
        var (status, body) = await fixture.SendAsync("POST", path, Padded("{\"pad\":\"", ApiLimits.MaxJsonBodyBytes + 1), expectContinue: true);

        Assert.Equal(413, status);
        Assert.StartsWith("body ", Detail(body));
    }

    [Fact]
    public async Task A_json_body_at_its_cap_is_read()
    {
        // Padded with whitespace: a field the request does not have would be refused.
        var head = $"{{\"url\":\"{Url(fixture.UniqueId("/capped"), 60)}\"";
        var padded = head + new string(' ', ApiLimits.MaxJsonBodyBytes - head.Length - 1) + "}";

        var (status, body) = await fixture.SendAsync("POST", "/api/sources?validate=false", padded);

        Assert.True(status == 201, $"{status} {body}");
    }

    [Fact]
    public async Task An_opml_body_is_read_to_its_cap_and_refused_past_it()
    {
        var head = $"<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline type=\"rss\" text=\"o\" xmlUrl=\"{Url(fixture.UniqueId("/opml"), 60)}\"/></body></opml><!--";
        string Document(int size) => head + new string('x', size - head.Length - 3) + "-->";

        var (atStatus, atBody) = await fixture.SendAsync("POST", "/api/sources/opml", Document(ApiLimits.MaxOpmlBodyBytes), "text/x-opml");
        var (pastStatus, pastBody) = await fixture.SendAsync("POST", "/api/sources/opml", Document(ApiLimits.MaxOpmlBodyBytes + 1), "text/x-opml", expectContinue: true);

        Assert.True(atStatus == 200, $"{atStatus} {atBody}");
        Assert.Equal(1, JsonDocument.Parse(atBody).RootElement.GetProperty("added").GetInt32());
        Assert.Equal(413, pastStatus);
        Assert.StartsWith("body ", Detail(pastBody));
    }

    [Theory]
    [InlineData("/api/sources?limit={0}", "limit")]
    [InlineData("/api/articles?limit={0}", "limit")]
    [InlineData("/api/topics/bounds/alerts?limit={0}", "limit")]
    public async Task A_page_size_at_its_bound_is_taken_and_one_past_it_is_a_400_naming_it(string template, string field)
    {
        var (atStatus, _) = await fixture.SendAsync("GET", string.Format(System.Globalization.CultureInfo.InvariantCulture, template, ApiLimits.MaxPageSize), null);
        var (pastStatus, pastBody) = await fixture.SendAsync("GET", string.Format(System.Globalization.CultureInfo.InvariantCulture, template, ApiLimits.MaxPageSize + 1), null);

        Assert.Equal(200, atStatus);
        Assert.Equal(400, pastStatus);
        Assert.StartsWith(field + " ", Detail(pastBody));
    }

    internal static string Detail(string problem) => JsonDocument.Parse(problem).RootElement.GetProperty("detail").GetString()!;

    /// <summary>A public URL of exactly <paramref name="length"/> characters.</summary>
    private static string Url(string path, int length)
    {
        var head = "https://feeds.example.org" + path + "/";
        return head + new string('a', length - head.Length);
    }

    private static string Pad(string id, int length) => id + new string('a', length - id.Length);

    /// <summary>A JSON string property opened by <paramref name="head"/>, closed so the body is <paramref name="size"/> bytes.</summary>
    private static string Padded(string head, int size) => head + new string('x', size - head.Length - 2) + "\"}";

    private static string[] Items(string prefix, int count) => [.. Enumerable.Range(0, count).Select(i => $"{prefix}{i}")];

    private static object Topic(string id, string name = "x", string[]? keywords = null) => new { id, name, keywords = keywords ?? ["k"] };

    private static object Stream(object filters) => new { topic = BoundsSilo.Topic, filters, channel = new { type = "stream" } };

    private static object Webhook(string url, string? secret) => new { topic = BoundsSilo.Topic, channel = new { type = "webhook", url, secret } };
}
