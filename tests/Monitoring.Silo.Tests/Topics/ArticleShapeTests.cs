using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Grains.Topics;
using Monitoring.Stories;
using Orleans.Serialization;

namespace Monitoring.Silo.Tests.Topics;

/// <summary>
/// The story library's article is the grain contract and the journal's record. Journals written
/// before it was (under the contract's old name) must still read, and a silo of the old build must
/// still understand one sent by a new one.
/// </summary>
public sealed class ArticleShapeTests
{
    private static StoryArticle Sample() => new()
    {
        Id = "https://news.example/a1",
        Url = "https://news.example/a1?utm=x",
        Outlet = "news.example",
        Published = new DateTimeOffset(2022, 3, 1, 9, 30, 0, TimeSpan.FromHours(9)),
        Title = "Japan freezes assets",
        Text = "Japan froze the assets of Bank Rossiya.",
        Actors = [new StoryActor { Name = "Japan", Kind = "country", Forms = ["Japan", "Tokyo"], Evidence = "Japan froze." }],
        Measures = [new StoryMeasure { Type = "asset_freeze", Imposer = "Japan", Target = "Russia", Status = "enacted", Evidence = "Japan froze.", Quantity = "$1 billion" }],
        Fingerprint = 0xFEDCBA9876543210,
    };

    [Fact]
    public void A_journal_entry_of_the_earlier_contract_reads_whole()
    {
        // Written by the build whose contract was ArticleFindings, FoundActor and FoundMeasure.
        const string journaled = """
            {"id":"https://news.example/a1","url":"https://news.example/a1?utm=x","outlet":"news.example",
             "published":"2022-03-01T09:30:00+09:00","title":"Japan freezes assets",
             "text":"Japan froze the assets of Bank Rossiya.",
             "actors":[{"name":"Japan","kind":"country","forms":["Japan","Tokyo"],"evidence":"Japan froze."}],
             "measures":[{"type":"asset_freeze","imposer":"Japan","target":"Russia","status":"enacted","evidence":"Japan froze.","quantity":"$1 billion"}],
             "fingerprint":18364758544493064720}
            """;

        var read = System.Text.Json.JsonSerializer.Deserialize<StoryArticle>(journaled, AlertJson.Options);

        AssertSame(Sample(), read);
    }

    [Fact]
    public void An_article_journaled_now_reads_back_whole()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Sample(), AlertJson.Options);
        AssertSame(Sample(), System.Text.Json.JsonSerializer.Deserialize<StoryArticle>(json, AlertJson.Options));
    }

    [Fact]
    public void Between_silos_the_article_travels_whole_under_the_contracts_old_name()
    {
        using var services = new ServiceCollection()
            .AddSerializer(b => b.AddAssembly(typeof(StoryArticle).Assembly))
            .BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();

        var bytes = serializer.SerializeToArray<object>(Sample());

        Assert.Contains("monitoring.ArticleFindings", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        AssertSame(Sample(), serializer.Deserialize<object>(bytes) as StoryArticle);
    }

    private static void AssertSame(StoryArticle expected, StoryArticle? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(
            (expected.Id, expected.Url, expected.Outlet, expected.Published, expected.Title, expected.Text, expected.Fingerprint),
            (actual.Id, actual.Url, actual.Outlet, actual.Published, actual.Title, actual.Text, actual.Fingerprint));
        Assert.Equal(expected.Published.Offset, actual.Published.Offset);
        var actor = Assert.Single(actual.Actors);
        Assert.Equal(expected.Actors[0] with { Forms = [] }, actor with { Forms = [] });
        Assert.Equal(expected.Actors[0].Forms, actor.Forms);
        Assert.Equal(expected.Measures[0], Assert.Single(actual.Measures));
    }
}
