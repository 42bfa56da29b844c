using Monitoring.Extraction;
using Monitoring.Stories;

namespace Monitoring.Silo.Tests.Topics;

/// <summary>The one mapping from the reader's findings to a story's article, field by field.</summary>
public sealed class StoryArticlesTests
{
    [Fact]
    public void Every_field_is_carried_over_and_outlets_and_places_are_not_actors()
    {
        var published = new DateTimeOffset(2024, 11, 16, 8, 0, 0, TimeSpan.Zero);
        var findings = new Findings(
            "Japan froze assets of Russian banks, NHK said in Tokyo.",
            [
                new Actor("Japan", ActorKind.Country, ["Tokyo", "Japanese"], new Evidence("Japan froze assets.", 0, 5)),
                new Actor("NHK", ActorKind.Media, [], new Evidence("NHK said.", 0, 3)),
                new Actor("Europe", ActorKind.Place, [], new Evidence("In Europe.", 3, 6)),
                new Actor("Takeshi Iwaya", ActorKind.Person, [], new Evidence("Iwaya spoke.", 0, 5)),
            ],
            [new Measure("asset_freeze", "Japan", "Russia", "enacted", "$5bn", new Evidence("Japan froze $5bn of assets.", 0, 26))],
            0xABCDEF);

        var article = StoryArticles.From("id-1", "https://one.example/a", "one.example", published, "Japan freezes assets", findings);

        Assert.Equal(("id-1", "https://one.example/a", "one.example", published, "Japan freezes assets"), (article.Id, article.Url, article.Outlet, article.Published, article.Title));
        Assert.Equal("Japan froze assets of Russian banks, NHK said in Tokyo.", article.Text);
        Assert.Equal(0xABCDEFUL, article.Fingerprint);
        Assert.Equal(
            ["Japan country [Tokyo Japanese] Japan froze assets.", "Takeshi Iwaya person [] Iwaya spoke."],
            article.Actors.Select(a => $"{a.Name} {a.Kind} [{string.Join(' ', a.Forms)}] {a.Evidence}"));
        var measure = Assert.Single(article.Measures);
        Assert.Equal(("asset_freeze", "Japan", "Russia", "enacted", "Japan froze $5bn of assets.", "$5bn"),
            (measure.Type, measure.Imposer, measure.Target, measure.Status, measure.Evidence, measure.Quantity));
    }
}
