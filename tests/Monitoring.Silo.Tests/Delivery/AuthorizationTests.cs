using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Delivery;

public sealed class AuthorizationTests : IAsyncLifetime
{
    private RunningSilo _silo = null!;

    public async Task InitializeAsync()
    {
        _silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast());
        await AlertMaker.DefineTopicAsync(_silo, "alpha");
        await AlertMaker.DefineTopicAsync(_silo, "beta");
    }

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    private async Task<string> NewKeyAsync(string name, string role) =>
        (await _silo.PostJsonAsync("/api/keys", new { name, role })).GetProperty("key").GetString()!;

    [Theory]
    [InlineData("GET", "/api/sources")]
    [InlineData("POST", "/api/sources")]
    [InlineData("GET", "/api/topics")]
    [InlineData("POST", "/api/topics")]
    [InlineData("GET", "/api/articles")]
    [InlineData("GET", "/api/subscriptions")]
    [InlineData("GET", "/api/stream?topic=alpha")]
    [InlineData("GET", "/api/keys")]
    public async Task Without_a_key_every_api_call_is_401(string method, string path)
    {
        using var anonymous = _silo.ClientWithKey(null);
        using var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? JsonContent.Create(new { }) : null });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        using var wrong = _silo.ClientWithKey("mon_not-a-key-we-issued");
        using var refused = await wrong.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Health_needs_no_key()
    {
        using var anonymous = _silo.ClientWithKey(null);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_subscriber_sees_only_its_own_subscriptions_and_the_topics_it_subscribes_to()
    {
        using var a = _silo.ClientWithKey(await NewKeyAsync("a", "subscriber"));
        using var b = _silo.ClientWithKey(await NewKeyAsync("b", "subscriber"));

        using var created = await b.PostAsJsonAsync("/api/subscriptions", new { topic = "beta", channel = new { type = "stream" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var bId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        using var mine = await a.PostAsJsonAsync("/api/subscriptions", new { topic = "alpha", channel = new { type = "stream" } });
        Assert.Equal(HttpStatusCode.Created, mine.StatusCode);

        // B's subscription does not exist for A: not readable, changeable, removable.
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/api/subscriptions/{bId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.PutAsJsonAsync($"/api/subscriptions/{bId}", new { topic = "alpha", channel = new { type = "stream" } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.DeleteAsync($"/api/subscriptions/{bId}")).StatusCode);
        var listed = JsonDocument.Parse(await a.GetStringAsync("/api/subscriptions")).RootElement;
        Assert.Equal(1, listed.GetArrayLength());
        Assert.Equal("alpha", listed[0].GetProperty("topic").GetString());

        // Topics: A reads alpha (subscribed), not beta.
        var topics = JsonDocument.Parse(await a.GetStringAsync("/api/topics")).RootElement;
        Assert.Equal(["alpha"], topics.EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/api/topics/alpha/alerts")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync("/api/topics/beta")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync("/api/topics/beta/alerts")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync("/api/topics/beta/story")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync("/api/stream?topic=beta")).StatusCode);

        // Subscribers change nothing that belongs to the operator.
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostAsJsonAsync("/api/topics", new { id = "mine", name = "x", allActors = new[] { "Japan" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.DeleteAsync("/api/topics/alpha")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostAsJsonAsync("/api/sources", new { url = "http://example.org/feed" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.GetAsync("/api/keys")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostAsJsonAsync("/api/keys", new { name = "x", role = "operator" })).StatusCode);

        // The operator sees both.
        Assert.Equal(2, (await _silo.GetJsonAsync("/api/subscriptions")).GetArrayLength());
    }

    [Fact]
    public async Task Keys_are_not_stored_in_clear()
    {
        var key = await NewKeyAsync("stored", "subscriber");
        using var client = _silo.ClientWithKey(key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/subscriptions")).StatusCode);

        var bytes = new List<byte>();
        // Every file but the lock the running silo holds (it holds no data).
        foreach (var file in Directory.EnumerateFiles(_silo.DataPath).Where(f => Path.GetFileName(f) != "monitoring.lock"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory);
            bytes.AddRange(memory.ToArray());
        }
        var all = bytes.ToArray();
        Assert.True(all.Length > 0);
        Assert.Equal(-1, all.AsSpan().IndexOf(Encoding.UTF8.GetBytes(key)));
        Assert.Equal(-1, all.AsSpan().IndexOf(Encoding.UTF8.GetBytes(RunningSilo.OperatorKey)));
        Assert.NotEqual(-1, all.AsSpan().IndexOf(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(key))));
    }

    [Fact]
    public async Task Webhooks_to_private_addresses_are_refused_unless_allowed()
    {
        await using var strict = await RunningSilo.StartAsync(settings: new Dictionary<string, string?> { ["Scheduler:Enabled"] = "false" });
        await AlertMaker.DefineTopicAsync(strict, "gamma");
        foreach (var url in new[] { "http://127.0.0.1:9/hook", "http://10.1.2.3/hook", "http://169.254.169.254/latest", "http://localhost:8080/x", "http://192.0.2.1/hook", "http://[2001:db8::1]/hook", "ftp://example.org/x" })
        {
            using var response = await strict.Client.PostAsJsonAsync("/api/subscriptions", new { topic = "gamma", channel = new { type = "webhook", url } });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        using var allowed = await _silo.Client.PostAsJsonAsync("/api/subscriptions", new { topic = "alpha", channel = new { type = "webhook", url = "http://127.0.0.1:9/hook" } });
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
    }
}
