using System.Net.Http.Headers;
using System.Net.Http.Json;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Delivery;

public sealed class StreamTests
{
    /// <summary>Reads events until <paramref name="count"/> have come; returns (id, data) pairs.</summary>
    private static async Task<List<(long Id, string Data)>> ReadEventsAsync(HttpClient client, string topic, string? lastEventId, int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/stream?topic={topic}");
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cts.Token));
        var events = new List<(long, string)>();
        long? id = null;
        while (events.Count < count && await reader.ReadLineAsync(cts.Token) is { } line)
        {
            if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                id = long.Parse(line[4..], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && id is not null)
            {
                events.Add((id.Value, line[6..]));
                id = null;
            }
        }
        return events;
    }

    [Fact]
    public async Task A_client_that_reconnects_with_Last_Event_ID_misses_nothing_and_sees_nothing_twice()
    {
        await using var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast());
        await AlertMaker.DefineTopicAsync(silo, "live");
        var key = (await silo.PostJsonAsync("/api/keys", new { name = "listener", role = "subscriber" })).GetProperty("key").GetString();
        using var client = silo.ClientWithKey(key);
        using (var subscribed = await client.PostAsJsonAsync("/api/subscriptions", new { topic = "live", channel = new { type = "stream" } }))
        {
            subscribed.EnsureSuccessStatusCode();
        }

        // A burst of 40 alerts while the client is connected; it drops after 15.
        var burst = Task.Run(async () =>
        {
            for (var i = 0; i < 8; i++)
            {
                await AlertMaker.RaiseAsync(silo, "live", 5, $"burst{i}");
                await Task.Delay(20);
            }
        });
        var first = await ReadEventsAsync(client, "live", null, 15, TimeSpan.FromSeconds(20));
        Assert.Equal(15, first.Count);
        await burst;
        var total = (await silo.GetJsonAsync("/api/topics/live/alerts?limit=1000")).GetArrayLength();
        Assert.Equal(41, total); // 40 people and Japan

        var rest = await ReadEventsAsync(client, "live", first[^1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), total - 15, TimeSpan.FromSeconds(20));
        var ids = first.Concat(rest).Select(e => e.Id).ToList();
        Assert.Equal(Enumerable.Range(1, total).Select(i => (long)i), ids);
        Assert.All(rest, e => Assert.Contains("\"kind\":\"new_actor\"", e.Data));
    }
}
