using Monitoring.Stories;

namespace Monitoring.Silo.Tests.Topics;

/// <summary>
/// The story as of a moment, read from a state built by the engine: each edge is the instant of a report,
/// taken inclusively, and a measure is seen at the strongest status reported by then.
/// </summary>
public sealed class StoryViewTests
{
    private static readonly TopicDefinition Topic = new() { Id = "jp-ru", AllActors = ["Japan", "Russia"] };
    private static readonly DateTimeOffset T0 = new(2024, 11, 16, 0, 0, 0, TimeSpan.Zero);
    private static readonly string FreezeKey = MeasureRecord.KeyOf("asset_freeze", "Japan", "Russia");

    private static StoryMeasure Freeze(string status) =>
        new() { Type = "asset_freeze", Imposer = "Japan", Target = "Russia", Status = status, Evidence = $"Japan {status} a freeze.", Quantity = status == "enacted" ? "$5bn" : null };

    /// <summary>
    /// Hour 0, one.example: Japan, a freeze announced. Hour 1, two.example: a new person, the freeze
    /// enacted and announced again in the same article. Hour 2, three.example: an import ban considered.
    /// </summary>
    private static StoryState Story()
    {
        var state = new StoryState();
        var resolver = new TolerantActorResolver();
        StoryEngine.Apply(state, Topic, Article("a", "one.example", 0, [new() { Name = "Japan", Kind = "country" }], Freeze("announced")), resolver);
        StoryEngine.Apply(state, Topic, Article("b", "two.example", 1, [new() { Name = "Yoko Kamikawa", Kind = "person" }], Freeze("enacted"), Freeze("announced")), resolver);
        StoryEngine.Apply(state, Topic, Article("c", "three.example", 2, [],
            new StoryMeasure { Type = "import_ban", Imposer = "Japan", Target = "Russia", Status = "considered" }), resolver);
        return state;
    }

    private static StoryArticle Article(string id, string outlet, int hour, IReadOnlyList<StoryActor> actors, params StoryMeasure[] measures) => new()
    {
        Id = id,
        Url = $"https://{outlet}/{id}",
        Outlet = outlet,
        Published = T0.AddHours(hour),
        Text = "Japan and Russia.",
        Actors = actors,
        Measures = measures,
    };

    [Fact]
    public void Before_the_first_report_the_story_is_empty()
    {
        var view = StoryView.AsOf(Story(), T0.AddTicks(-1));

        Assert.Empty(view.Actors);
        Assert.Empty(view.Measures);
        Assert.Empty(view.Events);
    }

    [Fact]
    public void At_the_first_reports_instant_it_holds_what_that_report_said()
    {
        var view = StoryView.AsOf(Story(), T0);

        Assert.Equal(["Japan"], view.Actors.Keys);
        var freeze = Assert.Single(view.Measures).Value;
        Assert.Equal("announced", freeze.Status);
        Assert.Equal(["one.example"], freeze.Outlets);
        Assert.Equal(["a"], freeze.Articles);
        Assert.Equal(["announced"], freeze.History.Select(h => h.Status));
        Assert.Single(view.Events);
    }

    [Fact]
    public void A_measure_is_at_the_strongest_status_by_then_with_each_outlet_and_article_once()
    {
        var story = Story();
        var view = StoryView.AsOf(story, T0.AddHours(1));

        Assert.Equal(["Japan", "Yoko Kamikawa"], view.Actors.Keys.Order());
        Assert.Equal([FreezeKey], view.Measures.Keys);
        var freeze = view.Measures[FreezeKey];
        Assert.Equal("enacted", freeze.Status);
        // Article b reported the freeze twice (enacted, and announced again): one outlet, one article.
        Assert.Equal(["one.example", "two.example"], freeze.Outlets);
        Assert.Equal(["a", "b"], freeze.Articles);
        Assert.Equal(["announced", "enacted", "announced"], freeze.History.Select(h => h.Status));
        // The rest is the measure's own.
        Assert.Equal(("asset_freeze", "Japan", "Russia"), (freeze.Type, freeze.Imposer, freeze.Target));
        Assert.Equal(T0, freeze.FirstSeen);
        Assert.Equal("Japan enacted a freeze.", freeze.Evidence);
        Assert.Equal("$5bn", freeze.Quantity);
        Assert.Null(freeze.AlertedStatus);
        Assert.Same(story.Actors["Japan"], view.Actors["Japan"]);
    }

    [Fact]
    public void Later_reports_come_in_at_their_instant()
    {
        var view = StoryView.AsOf(Story(), T0.AddHours(2));

        Assert.Equal([FreezeKey, MeasureRecord.KeyOf("import_ban", "Japan", "Russia")], view.Measures.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("considered", view.Measures[MeasureRecord.KeyOf("import_ban", "Japan", "Russia")].Status);
        Assert.Equal(Story().Events.Count, view.Events.Count);
    }

    [Fact]
    public void A_null_state_is_refused_by_name() =>
        Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => StoryView.AsOf(null!, T0)).ParamName);
}
