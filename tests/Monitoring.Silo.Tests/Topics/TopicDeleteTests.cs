using System.Net;
using System.Net.Http.Json;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Topics;

/// <summary>
/// A deleted topic takes its subscriptions with it: made again under the same id, its alerts are
/// numbered from 1, and an old subscription would receive them under webhook ids it was already sent.
/// </summary>
public sealed class TopicDeleteTests
{
    [Fact]
    public async Task Deleting_a_topic_removes_its_subscriptions_and_no_other()
    {
        await using var silo = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling);
        await AlertMaker.DefineTopicAsync(silo, "gone");
        await AlertMaker.DefineTopicAsync(silo, "kept");
        async Task<string> SubscribeAsync(string topic)
        {
            using var created = await silo.Client.PostAsJsonAsync("/api/subscriptions",
                new { topic, channel = new { type = "webhook", url = "https://hooks.example.org/x" } });
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
            return (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;
        }
        var onGone = await SubscribeAsync("gone");
        var onKept = await SubscribeAsync("kept");
        await AlertMaker.RaiseAsync(silo, "gone", 2, "before");

        using (var deleted = await silo.Client.DeleteAsync("/api/topics/gone"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using (var missing = await silo.Client.GetAsync($"/api/subscriptions/{onGone}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
        using (var kept = await silo.Client.GetAsync($"/api/subscriptions/{onKept}"))
        {
            Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        }
        // Made again, the topic starts a new log; a new subscription to it starts at its beginning.
        await AlertMaker.DefineTopicAsync(silo, "gone");
        Assert.Equal([1L, 2L, 3L], (await AlertMaker.RaiseAsync(silo, "gone", 2, "after")).Select(a => a.Sequence));
    }
}
