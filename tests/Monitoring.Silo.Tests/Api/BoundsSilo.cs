using System.Text;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Api;

/// <summary>One silo for the input-bound tests, with a topic to subscribe to; each test names its own ids.</summary>
public sealed class BoundsSilo : IAsyncLifetime
{
    public const string Topic = "bounds";

    private int _next;

    public RunningSilo Silo { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Silo = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling);
        await Silo.PostJsonAsync("/api/topics", new { id = Topic, name = Topic, keywords = new[] { "sanction" } });
    }

    public async Task DisposeAsync() => await Silo.DisposeAsync();

    /// <summary>An id no other request of this silo used.</summary>
    public string UniqueId(string prefix) => $"{prefix}{Interlocked.Increment(ref _next)}";

    /// <summary>
    /// Sends a request; with <paramref name="expectContinue"/> the body waits for the server's go-ahead,
    /// so a body refused by its length is answered rather than cut off mid-upload.
    /// </summary>
    public async Task<(int Status, string Body)> SendAsync(string method, string path, string? body, string contentType = "application/json", bool expectContinue = false)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.ExpectContinue = expectContinue;
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }
        using var response = await Silo.Client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
