using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Monitoring.Silo.Auth;

namespace Monitoring.Silo.Demo;

/// <summary>
/// With <c>Demo:Enabled</c>, once the silo listens: registers the sample feeds it serves itself, defines the
/// topic <c>demo</c> and a stream subscription to it, through the public API with the bootstrap operator key,
/// so what the demo does is what a user would do.
/// </summary>
internal sealed class DemoSetup(IServer server, IHostApplicationLifetime lifetime, IOptions<AuthOptions> auth, ILogger<DemoSetup> logger) : BackgroundService
{
    public const string Topic = "demo";

    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Whether the topic, its subscription and the feeds are set up (or the setup gave up, which it logs).</summary>
    public bool Done => _done.Task.IsCompleted;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }
        var address = server.Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        using var api = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/") };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", auth.Value.BootstrapOperatorKey);
        try
        {
            // The topic first, so it sees the sources' first articles.
            await PostAsync(api, "api/topics", new { id = Topic, name = "Japan–Iran sanctions (demo)", allActors = new[] { "Japan", "Iran" }, keywords = new[] { "sanctions" } }, stoppingToken);
            await PostAsync(api, "api/subscriptions", new { topic = Topic, channel = new { type = "stream" } }, stoppingToken);
            foreach (var outlet in DemoFeeds.Outlets)
            {
                await PostAsync(api, "api/sources", new { url = new Uri(api.BaseAddress, $"demo/feeds/{outlet}.xml").ToString() }, stoppingToken);
            }
            logger.LogInformation("Demo ready: sample feeds at {Address}demo/feeds/, topic '{Topic}'. In another shell: export MONITORING_KEY={Key}; ./monitoring listen {Topic}",
                api.BaseAddress, Topic, auth.Value.BootstrapOperatorKey, Topic);
        }
        catch (HttpRequestException e)
        {
            logger.LogError("Demo setup failed: {Error}", e.Message);
        }
        finally
        {
            _done.TrySetResult();
        }
    }

    /// <summary>A 409 (the topic is already there, from an earlier run on the same data folder) is fine.</summary>
    private static async Task PostAsync(HttpClient api, string path, object body, CancellationToken ct)
    {
        using var response = await api.PostAsJsonAsync(path, body, ct);
        if (!response.IsSuccessStatusCode && response.StatusCode != System.Net.HttpStatusCode.Conflict)
        {
            throw new HttpRequestException($"POST /{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }
    }
}
