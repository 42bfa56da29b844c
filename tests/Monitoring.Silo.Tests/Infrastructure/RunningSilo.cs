using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Silo.Hosting;

namespace Monitoring.Silo.Tests.Infrastructure;

/// <summary>The real host (API + silo + SQLite) on loopback ports, with a data folder the test owns.</summary>
public sealed class RunningSilo : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Scheduled polling off: tests that poll by hand must not race the scheduler.</summary>
    public static readonly IReadOnlyDictionary<string, string?> ManualPolling = new Dictionary<string, string?> { ["Scheduler:Enabled"] = "false" };

    /// <summary>The operator key every test silo accepts; <see cref="Client"/> sends it.</summary>
    public const string OperatorKey = "test-operator-key-0123456789";

    private readonly WebApplication _app;

    private RunningSilo(WebApplication app, string dataPath, HttpClient client)
    {
        _app = app;
        DataPath = dataPath;
        Client = client;
    }

    public string DataPath { get; }

    public Uri BaseAddress => Client.BaseAddress!;

    /// <summary>A client that sends <paramref name="key"/> (or no key when null).</summary>
    public HttpClient ClientWithKey(string? key)
    {
        var client = new HttpClient { BaseAddress = Client.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        }
        return client;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a silo; <paramref name="settings"/> override the test defaults (loopback allowed, fast scheduler).</summary>
    public static async Task<RunningSilo> StartAsync(string? dataPath = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        dataPath ??= Path.Combine(Path.GetTempPath(), "monitoring-tests", Guid.NewGuid().ToString("n"));
        var values = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Storage:Path"] = dataPath,
            ["Cluster:SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cluster:GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Fetch:AllowPrivateNetworks"] = "true",
            ["Fetch:MinHostGap"] = "00:00:00",
            ["Fetch:MaxConcurrentPerHost"] = "8",
            ["Scheduler:TickInterval"] = "00:00:00.100",
            ["Scheduler:Shards"] = "4",
            ["Polling:FetchOriginalContent"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Auth:BootstrapOperatorKey"] = OperatorKey,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        var app = MonitoringHost.Build([], config => config.AddInMemoryCollection(values));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", OperatorKey);
        return new RunningSilo(app, dataPath, client);
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<JsonElement> PostJsonAsync(string path, object body)
    {
        using var response = await Client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Registers a feed and returns its id; <paramref name="validate"/> false skips the check that fetches it first.</summary>
    public async Task<string> AddSourceAsync(Uri url, bool validate = true) =>
        (await PostJsonAsync("/api/sources", new { url = url.ToString(), validate })).GetProperty("id").GetString()!;

    public Task<JsonElement> PollAsync(string id) => PostJsonAsync($"/api/sources/{id}/poll", new { });

    public Task<JsonElement> SourceAsync(string id) => GetJsonAsync($"/api/sources/{id}");

    public async Task<JsonElement> ArticlesAsync(string? source = null)
    {
        var query = source is null ? "?limit=1000" : $"?source={source}&limit=1000";
        return await GetJsonAsync("/api/articles" + query);
    }

    /// <summary>Waits until <paramref name="condition"/> holds, failing with <paramref name="what"/> after <paramref name="timeout"/>.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"timed out after {timeout.TotalSeconds} s waiting for {what}");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
