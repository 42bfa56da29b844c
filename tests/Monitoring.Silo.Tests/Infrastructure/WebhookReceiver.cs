using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Monitoring.Silo.Tests.Infrastructure;

/// <summary>One request a receiver got: the Standard Webhooks headers and the body.</summary>
public sealed record ReceivedWebhook(string Path, string Id, long Timestamp, string Signature, string Body, DateTimeOffset At, int Status)
{
    public long Sequence => JsonDocument.Parse(Body).RootElement.GetProperty("alert").GetProperty("sequence").GetInt64();
}

/// <summary>Webhook endpoints on a real loopback server; each path answers as the test's behaviour says.</summary>
public sealed class WebhookReceiver(FeedServer server)
{
    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public Uri Url(string path) => server.Url(path);

    /// <summary>Routes <paramref name="path"/>; <paramref name="answer"/> gets the attempt number (1-based) on that path and returns the status to send.</summary>
    public void Map(string path, Func<int, Task<int>> answer) => Map(path, (attempt, _) => answer(attempt));

    /// <summary>Routes <paramref name="path"/>; <paramref name="answer"/> gets the attempt number on that path and the <c>webhook-id</c>.</summary>
    public void Map(string path, Func<int, string, Task<int>> answer)
    {
        var attempts = 0;
        server.Map(path, async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var attempt = Interlocked.Increment(ref attempts);
            var status = await answer(attempt, context.Request.Headers["webhook-id"].ToString());
            Received.Enqueue(new ReceivedWebhook(
                path,
                context.Request.Headers["webhook-id"].ToString(),
                long.Parse(context.Request.Headers["webhook-timestamp"].ToString(), System.Globalization.CultureInfo.InvariantCulture),
                context.Request.Headers["webhook-signature"].ToString(),
                body,
                DateTimeOffset.UtcNow,
                status));
            context.Response.StatusCode = status;
        });
    }

    public void Accept(string path) => Map(path, _ => Task.FromResult(StatusCodes.Status204NoContent));

    public List<ReceivedWebhook> On(string path) => Received.Where(r => r.Path == path).ToList();

    /// <summary>The requests on <paramref name="path"/> that were answered 2xx, in arrival order.</summary>
    public List<ReceivedWebhook> Accepted(string path) => Received.Where(r => r.Path == path && r.Status is >= 200 and < 300).ToList();

    /// <summary>
    /// Whether <paramref name="condition"/> keeps holding for all of <paramref name="quiet"/>, checked every
    /// 25 ms: for "nothing more arrives" once what was expected has arrived. Returns false at the first
    /// break, so an extra delivery fails the test as soon as it shows.
    /// </summary>
    public static async Task<bool> HoldsAsync(Func<bool> condition, TimeSpan quiet)
    {
        var deadline = DateTime.UtcNow + quiet;
        while (DateTime.UtcNow < deadline)
        {
            if (!condition())
            {
                return false;
            }
            await Task.Delay(25);
        }
        return condition();
    }

    /// <summary>Waits until <paramref name="condition"/> holds or the time is up.</summary>
    public static async Task<bool> WaitAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }
            await Task.Delay(25);
        }
        return condition();
    }
}
