using Monitoring.Stories;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Abstractions;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Delivery;

/// <summary>
/// Each subscription filter, set through the API, against one story whose alerts differ in kind, type,
/// status and corroboration: every filter must drop some and keep others, delivered to a loopback receiver.
/// </summary>
public sealed class SubscriptionFilterTests : ReceiverTests
{
    private static StoryMeasure Measure(string type, string target, string status) =>
        new() { Type = type, Imposer = "Japan", Target = target, Status = status, Evidence = $"Japan {status} {type} on {target}." };

    private static StoryArticle Article(string outlet, IReadOnlyList<string> actors, params StoryMeasure[] measures) => new()
    {
        Id = $"https://{outlet}/story",
        Url = $"https://{outlet}/story",
        Outlet = outlet,
        Published = DateTimeOffset.UtcNow,
        Text = "Japan and sanctions.",
        Actors = actors.Select(a => new StoryActor { Name = a, Kind = "country", Evidence = $"{a} said." }).ToList(),
        Measures = measures,
    };

    private List<long> Sequences(string path) => Receiver.On(path).Select(r => r.Sequence).Distinct().Order().ToList();

    [Fact]
    public async Task Each_filter_drops_the_alerts_it_excludes_and_delivers_the_rest()
    {
        await using var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast());
        await AlertMaker.DefineTopicAsync(silo, "filtered");
        var expected = new Dictionary<string, (object? Filters, long[] Sequences)>
        {
            ["/all"] = (null, [1, 2, 3, 4, 5, 6, 7]),
            ["/kinds"] = (new { kinds = new[] { "status_change", "new_target" } }, [5, 6]),
            // Alerts without a type (new actors) are not measure alerts: a type filter lets them through.
            ["/types"] = (new { measureTypes = new[] { "asset_freeze" } }, [1, 2, 3, 5]),
            // Considered is below announced; alerts without a status and lifted measures pass.
            ["/status"] = (new { minStatus = "announced" }, [1, 2, 4, 5, 6, 7]),
            ["/corroborated"] = (new { minCorroboration = 2 }, [5]),
            ["/actors"] = (new { actors = new[] { "belarus" } }, [6]),
        };
        foreach (var (path, (filters, _)) in expected)
        {
            Receiver.Accept(path);
            using var created = await silo.Client.PostAsJsonAsync("/api/subscriptions",
                new { topic = "filtered", filters, channel = new { type = "webhook", url = Receiver.Url(path).ToString() } });
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }

        var topic = silo.Services.GetRequiredService<IGrainFactory>().GetGrain<ITopicGrain>("filtered");
        var raised = new List<TopicAlert>();
        // 1 new_actor Japan, 2 new_actor Russia, 3 new_measure asset_freeze considered, 4 new_measure export_ban enacted
        raised.AddRange(await topic.Apply(Article("a.example", ["Japan", "Russia"],
            Measure("asset_freeze", "Russia", "considered"), Measure("export_ban", "Russia", "enacted"))));
        // 5 status_change asset_freeze enacted, told by a second outlet: corroboration 2
        raised.AddRange(await topic.Apply(Article("b.example", ["Japan"], Measure("asset_freeze", "Russia", "enacted"))));
        // 6 new_target export_ban on Belarus, announced
        raised.AddRange(await topic.Apply(Article("c.example", ["Japan"], Measure("export_ban", "Belarus", "announced"))));
        // 7 new_measure import_ban lifted
        raised.AddRange(await topic.Apply(Article("d.example", ["Japan"], Measure("import_ban", "Russia", "lifted"))));
        Assert.Equal(
            ["1 new_actor  ", "2 new_actor  ", "3 new_measure asset_freeze considered 1", "4 new_measure export_ban enacted 1",
             "5 status_change asset_freeze enacted 2", "6 new_target export_ban announced 1", "7 new_measure import_ban lifted 1"],
            raised.Select(a => a.Kind == "new_actor" ? $"{a.Sequence} new_actor  " : $"{a.Sequence} {a.Kind} {a.Type} {a.Status} {a.Corroboration}"));

        foreach (var (path, (_, sequences)) in expected)
        {
            Assert.True(await WebhookReceiver.WaitAsync(() => Receiver.Accepted(path).Select(r => r.Sequence).Distinct().Count() >= sequences.Length, TimeSpan.FromSeconds(20)),
                $"{path}: {Receiver.Accepted(path).Count} of {sequences.Length} delivered");
        }
        // Everything due has arrived; nothing the filters dropped may follow. A try repeated after a slow
        // answer carries the same sequence and id (at least once), so alerts are counted, not requests.
        Assert.True(await WebhookReceiver.HoldsAsync(() => expected.All(e => Sequences(e.Key).Count == e.Value.Sequences.Length), TimeSpan.FromSeconds(1)),
            string.Join("; ", expected.Select(e => $"{e.Key}: {string.Join(',', Receiver.On(e.Key).Select(r => r.Sequence))}")));
        foreach (var (path, (_, sequences)) in expected)
        {
            Assert.Equal(sequences, Sequences(path));
        }
    }
}
