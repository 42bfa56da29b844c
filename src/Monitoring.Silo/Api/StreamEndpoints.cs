using System.Globalization;
using System.Security.Claims;
using Monitoring.Silo.Auth;
using Monitoring.Silo.Delivery;
using Monitoring.Storage;

namespace Monitoring.Silo.Api;

internal static class StreamEndpoints
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    /// <summary>
    /// <c>GET /api/stream?topic=ID</c>: the topic's alerts as Server-Sent Events, read from the durable
    /// log, each with its sequence as the event id; <c>Last-Event-ID</c> (or <c>after=</c>) resumes
    /// after that sequence, so a reconnecting client misses nothing and sees nothing twice.
    /// </summary>
    public static void MapStreamEndpoints(this WebApplication app)
    {
        app.MapGet("/api/stream", async (HttpContext http, string? topic, long? after, ClaimsPrincipal user, TopicAccess access,
            TopicDirectory topics, ITopicStore store, AlertSignal signal, TimeProvider time) =>
        {
            if (string.IsNullOrWhiteSpace(topic))
            {
                return QueryChecks.Invalid("topic is required");
            }
            if (QueryChecks.First(QueryChecks.Length("topic", topic, ApiLimits.MaxIdLength), QueryChecks.NotNegative("after", after)) is { } problem)
            {
                return QueryChecks.Invalid(problem);
            }
            if (!await access.CanReadAsync(Caller.From(user), topic) || !await topics.ExistsAsync(topic))
            {
                return Results.Problem($"no topic with id '{topic}'", statusCode: StatusCodes.Status404NotFound, title: "Unknown topic");
            }
            var cursor = after ?? 0;
            if (long.TryParse(http.Request.Headers["Last-Event-ID"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var lastEventId))
            {
                cursor = lastEventId;
            }
            await StreamAsync(http, topic, cursor, store, signal, time);
            return Results.Empty;
        }).WithTags("stream").RequireAuthorization()
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream").ChecksQuery().MayBeMissing();
    }

    internal static async Task StreamAsync(HttpContext http, string topic, long cursor, ITopicStore store, AlertSignal signal, TimeProvider time)
    {
        var ct = http.RequestAborted;
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await http.Response.WriteAsync("retry: 1000\n\n", ct);
        await http.Response.Body.FlushAsync(ct);
        var lastWrite = time.GetUtcNow();
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var next = signal.NextAlertAsync(topic);
                var rows = await store.ReadAlertsAsync(topic, cursor, 500, ct);
                foreach (var row in rows)
                {
                    cursor = row.Sequence;
                    if (QuietAlerts.IsQuiet(row.PayloadJson))
                    {
                        continue; // in the log and the story, not a delivery
                    }
                    await http.Response.WriteAsync($"id: {row.Sequence}\nevent: alert\ndata: {row.PayloadJson}\n\n", ct);
                }
                if (rows.Count > 0)
                {
                    await http.Response.Body.FlushAsync(ct);
                    lastWrite = time.GetUtcNow();
                    continue;
                }
                if (time.GetUtcNow() - lastWrite >= KeepAlive)
                {
                    await http.Response.WriteAsync(": keep-alive\n\n", ct);
                    await http.Response.Body.FlushAsync(ct);
                    lastWrite = time.GetUtcNow();
                }
                await Task.WhenAny(next, Task.Delay(Poll, time, ct));
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away.
        }
    }
}
