using System.Text.Json;
using Monitoring.Stories;

namespace Monitoring.Silo.Tests.Topics;

/// <summary>
/// The engine at the edges its main tests leave: how many article ids it remembers, articles without
/// an outlet or a URL, media, every field of an alert, the measure types of a topic, corroboration of
/// a status change and a lift, aliases and kinds, events and the cap on links.
/// </summary>
public sealed class StoryEngineEdgeTests
{
    private static readonly IActorResolver Resolver = new TolerantActorResolver();
    private static readonly DateTimeOffset T0 = new(2024, 11, 16, 0, 0, 0, TimeSpan.Zero);
    private static readonly TopicDefinition Topic = new() { Id = "jp-ru", AllActors = ["Japan", "Russia"] };
    private static readonly TopicDefinition TwoOutlets = Topic with { MinOutlets = 2 };

    private static StoryActor Actor(string name, string kind = "country", string evidence = "") => new() { Name = name, Kind = kind, Evidence = evidence };

    private static StoryMeasure Measure(string type, string imposer, string target, string status, string evidence = "", string? quantity = null) =>
        new() { Type = type, Imposer = imposer, Target = target, Status = status, Evidence = evidence, Quantity = quantity };

    private static StoryArticle Article(string id, string outlet, int hour, IReadOnlyList<StoryActor> actors, params StoryMeasure[] measures) => new()
    {
        Id = $"https://{outlet}/{id}",
        Url = $"https://{outlet}/{id}",
        Outlet = outlet,
        Published = T0.AddHours(hour),
        Text = "Japan and Russia.",
        Actors = actors,
        Measures = measures,
    };

    /// <summary>Every field of an alert but its sequence, in one comparable line.</summary>
    private static string Line(StoryAlert a) =>
        $"{a.Kind} {a.Actor}|{a.Type}|{a.Imposer}|{a.Target}|{a.Status} \"{a.Evidence}\" [{string.Join(' ', a.ArticleUrls)}] x{a.Corroboration} @{(a.At - T0).TotalHours}h";

    private static List<string> Lines(IEnumerable<StoryAlert> alerts) => alerts.Select(Line).ToList();

    [Fact]
    public void An_actor_or_measure_read_without_evidence_gives_alerts_with_none_not_made_up_text()
    {
        var state = new StoryState();
        // Evidence left unset, as a reader that keeps none would leave it.
        var article = Article("bare", "tokyo.example", 1, [new StoryActor { Name = "Japan", Kind = "country" }, new StoryActor { Name = "Russia", Kind = "country" }],
            new StoryMeasure { Type = "asset_freeze", Imposer = "Japan", Target = "Russia", Status = "enacted" });

        var alerts = StoryEngine.Apply(state, Topic, article, Resolver);

        Assert.Equal(3, alerts.Count);
        Assert.All(alerts, a => Assert.Equal("", a.Evidence));
    }

    [Fact]
    public void Only_the_most_recent_article_ids_are_remembered_and_a_stored_state_remembers_the_same()
    {
        var state = new StoryState();
        var topic = new TopicDefinition { Id = "t" };
        for (var i = 0; i <= StoryEngine.RememberedArticles; i++)
        {
            StoryEngine.Apply(state, topic, new StoryArticle { Id = $"a{i}", Published = T0 }, Resolver);
        }

        Assert.Equal(StoryEngine.RememberedArticles, state.RecentArticles.Count);
        Assert.Equal(["a1", "a2"], state.RecentArticles.Take(2));
        Assert.False(state.HasApplied("a0"));
        Assert.True(state.HasApplied("a1"));
        Assert.True(state.HasApplied($"a{StoryEngine.RememberedArticles}"));

        var stored = JsonSerializer.Deserialize<StoryState>(JsonSerializer.Serialize(state))!;
        Assert.False(stored.HasApplied("a0"));
        Assert.True(stored.HasApplied("a1"));
        Assert.True(stored.HasApplied($"a{StoryEngine.RememberedArticles}"));
    }

    [Fact]
    public void An_article_without_an_outlet_is_its_own_outlet_and_without_a_url_is_cited_by_its_id()
    {
        var state = new StoryState();
        StoryArticle Bare(string id) => new()
        {
            Id = id,
            Published = T0,
            Actors = [Actor("Japan")],
            Measures = [Measure("export_ban", "Japan", "Russia", "enacted")],
        };

        Assert.Empty(StoryEngine.Apply(state, TwoOutlets, Bare("x1"), Resolver));
        var second = StoryEngine.Apply(state, TwoOutlets, Bare("x2"), Resolver);
        var third = StoryEngine.Apply(state, TwoOutlets, Bare("x3") with { Url = "https://three.example/x3" }, Resolver);

        Assert.Equal(["new_actor Japan|||| \"\" [x1 x2] x2 @0h", "new_measure |export_ban|Japan|Russia|enacted \"\" [x1 x2] x2 @0h"], Lines(second));
        Assert.Empty(third);
        Assert.Equal(["x1", "x2", "https://three.example/x3"], state.Measures[MeasureRecord.KeyOf("export_ban", "Japan", "Russia")].Articles);
        Assert.Equal(["x1", "x2", "x3"], state.Measures[MeasureRecord.KeyOf("export_ban", "Japan", "Russia")].Outlets);
    }

    [Fact]
    public void Media_are_neither_actors_of_the_story_nor_of_its_events()
    {
        var state = new StoryState();

        var alerts = StoryEngine.Apply(state, Topic, Article("a", "one.example", 0, [Actor("NHK", "media"), Actor("Japan"), Actor("Russia")]), Resolver);

        Assert.Equal(["new_actor Japan|||| \"\" [https://one.example/a] x1 @0h", "new_actor Russia|||| \"\" [https://one.example/a] x1 @0h"], Lines(alerts));
        Assert.Equal(["Japan", "Russia"], state.Actors.Keys.Order());
        Assert.Equal(["Japan", "Russia"], Assert.Single(state.Events).Actors);
    }

    [Fact]
    public void A_new_actor_alert_waits_for_the_outlets_required_and_carries_the_first_evidence_there_is()
    {
        var state = new StoryState();

        var first = StoryEngine.Apply(state, TwoOutlets, Article("a", "one.example", 0, [Actor("Japan"), Actor("Russia", evidence: "Russia first.")]), Resolver);
        var second = StoryEngine.Apply(state, TwoOutlets, Article("b", "two.example", 1, [Actor("Japan", evidence: "Japan acted."), Actor("Russia", evidence: "Russia second.")]), Resolver);
        var third = StoryEngine.Apply(state, TwoOutlets, Article("c", "three.example", 2, [Actor("Japan"), Actor("Russia")]), Resolver);

        Assert.Empty(first);
        Assert.Equal(
        [
            "new_actor Japan|||| \"Japan acted.\" [https://one.example/a https://two.example/b] x2 @1h",
            "new_actor Russia|||| \"Russia first.\" [https://one.example/a https://two.example/b] x2 @1h",
        ], Lines(second));
        Assert.Equal([1L, 2L], second.Select(a => a.Sequence));
        Assert.Empty(third);
        Assert.Equal(T0, state.Actors["Japan"].FirstSeen);
        Assert.Equal(["one.example", "two.example", "three.example"], state.Actors["Japan"].Outlets);
    }

    [Fact]
    public void A_measure_alert_carries_the_reports_evidence_and_its_record_the_latest_quantity_given()
    {
        var state = new StoryState();
        var key = MeasureRecord.KeyOf("asset_freeze", "Japan", "Russia");

        var announced = StoryEngine.Apply(state, Topic, Article("a", "one.example", 0, [], Measure("asset_freeze", "Japan", "Russia", "announced", "E1", "$1bn")), Resolver);
        Assert.Equal(("E1", "$1bn", T0), (state.Measures[key].Evidence, state.Measures[key].Quantity, state.Measures[key].FirstSeen));
        var enacted = StoryEngine.Apply(state, Topic, Article("b", "two.example", 1, [], Measure("asset_freeze", "Japan", "Russia", "enacted", "E2", "$5bn")), Resolver);
        Assert.Equal(("E2", "$5bn"), (state.Measures[key].Evidence, state.Measures[key].Quantity));
        var lifted = StoryEngine.Apply(state, Topic, Article("c", "three.example", 2, [], Measure("asset_freeze", "Japan", "Russia", "lifted", "E3")), Resolver);

        Assert.Equal(["new_measure |asset_freeze|Japan|Russia|announced \"E1\" [https://one.example/a] x1 @0h"], Lines(announced));
        Assert.Equal(["status_change |asset_freeze|Japan|Russia|enacted \"E2\" [https://one.example/a https://two.example/b] x2 @1h"], Lines(enacted));
        Assert.Equal(["status_change |asset_freeze|Japan|Russia|lifted \"E3\" [https://one.example/a https://two.example/b https://three.example/c] x3 @2h"], Lines(lifted));
        Assert.Equal(("E3", "$5bn", T0), (state.Measures[key].Evidence, state.Measures[key].Quantity, state.Measures[key].FirstSeen));
    }

    [Fact]
    public void A_topics_measure_types_keep_only_those_types_whatever_the_case_and_an_empty_list_keeps_all()
    {
        var article = Article("a", "one.example", 0, [], Measure("export_ban", "Japan", "Russia", "enacted"), Measure("asset_freeze", "Japan", "Russia", "enacted"));
        var typed = new StoryState();
        var untyped = new StoryState();

        var kept = StoryEngine.Apply(typed, Topic with { MeasureTypes = ["Export_Ban"] }, article, Resolver);
        var all = StoryEngine.Apply(untyped, Topic with { MeasureTypes = [] }, article, Resolver);

        Assert.Equal(["new_measure export_ban"], kept.Select(a => $"{a.Kind} {a.Type}"));
        Assert.Equal([MeasureRecord.KeyOf("export_ban", "Japan", "Russia")], typed.Measures.Keys);
        Assert.Equal(["new_measure export_ban", "new_measure asset_freeze"], all.Select(a => $"{a.Kind} {a.Type}"));
    }

    [Fact]
    public void With_two_outlets_required_a_status_change_and_a_lift_wait_for_two_outlets_at_that_status()
    {
        var state = new StoryState();
        IReadOnlyList<StoryAlert> Report(string id, string outlet, int hour, string status) =>
            StoryEngine.Apply(state, TwoOutlets, Article(id, outlet, hour, [], Measure("price_cap", "G7", "Russia", status)), Resolver);
        static string Short(StoryAlert a) => $"{a.Kind} {a.Status} x{a.Corroboration}";

        Assert.Empty(Report("a", "one.example", 0, "announced"));
        Assert.Equal(["new_measure announced x2"], Report("b", "two.example", 1, "announced").Select(Short));
        Assert.Empty(Report("c", "one.example", 2, "enacted")); // one outlet at enacted, two at announced
        Assert.Empty(Report("d", "one.example", 3, "enacted")); // the same outlet again
        Assert.Equal(["status_change enacted x2"], Report("e", "two.example", 4, "enacted").Select(Short));
        Assert.Empty(Report("f", "one.example", 5, "lifted")); // one outlet at lifted, two at enacted
        Assert.Equal(["status_change lifted x2"], Report("g", "two.example", 6, "lifted").Select(Short));
        Assert.Empty(Report("h", "three.example", 7, "announced"));

        // The first report of each status by each outlet: the repeat by one.example at enacted is not there.
        Assert.Equal(
            ["announced one.example", "announced two.example", "enacted one.example", "enacted two.example", "lifted one.example", "lifted two.example", "announced three.example"],
            state.Measures[MeasureRecord.KeyOf("price_cap", "G7", "Russia")].History.Select(h => $"{h.Status} {h.Outlet}"));
    }

    [Fact]
    public void A_new_target_needs_the_same_imposer_and_type_already_known_before_the_article()
    {
        var state = new StoryState();
        StoryEngine.Apply(state, Topic, Article("a", "one.example", 0, [], Measure("sanctions_general", "United States", "Russia", "enacted")), Resolver);

        var otherImposer = StoryEngine.Apply(state, Topic, Article("b", "two.example", 1, [], Measure("sanctions_general", "Japan", "Russia", "enacted")), Resolver);

        Assert.Equal(["new_measure"], otherImposer.Select(a => a.Kind));

        // A measure not alerted yet (one outlet of two), reported by a second outlet: new, not a new target of itself.
        var waiting = new StoryState();
        Assert.Empty(StoryEngine.Apply(waiting, TwoOutlets, Article("a", "one.example", 0, [], Measure("sanctions_general", "Japan", "Iran", "enacted")), Resolver));
        var second = StoryEngine.Apply(waiting, TwoOutlets, Article("b", "two.example", 1, [], Measure("sanctions_general", "Japan", "Iran", "enacted")), Resolver);
        Assert.Equal(["new_measure"], second.Select(a => a.Kind));
    }

    [Fact]
    public void A_name_is_the_known_actor_by_its_forms_or_an_alias_of_the_same_kind_and_only_a_new_spelling_is_an_alias()
    {
        var state = new StoryState();
        StoryActor Org(string name, params string[] forms) => new() { Name = name, Kind = "organization", Forms = forms };
        IReadOnlyList<StoryAlert> Apply(string id, StoryActor actor) => StoryEngine.Apply(state, Topic, Article(id, "one.example", 0, [actor]), Resolver);

        Assert.Equal(["new_actor European Union"], Apply("a", Org("European Union")).Select(a => $"{a.Kind} {a.Actor}"));
        Assert.Empty(Apply("b", Org("EU", "European Union"))); // by its forms: "EU" becomes an alias
        Assert.Empty(Apply("c", Org("eu"))); // by the alias, whatever the case
        Assert.Empty(Apply("d", Org("EUROPEAN UNION"))); // the name itself in another case
        Assert.Equal(["new_actor Council of Europe"], Apply("e", Org("Council of Europe")).Select(a => $"{a.Kind} {a.Actor}"));
        Assert.Equal(["new_actor European-Union"], Apply("f", Actor("European-Union")).Select(a => $"{a.Kind} {a.Actor}")); // same words, another kind

        Assert.Equal(["EU"], state.Actors["European Union"].Aliases);
        Assert.Equal(["Council of Europe", "European Union", "European-Union"], state.Actors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_article_joins_the_latest_event_it_retells_and_one_published_before_its_last_leaves_the_events_last_instant()
    {
        var state = new StoryState();
        StoryEngine.Apply(state, Topic, Article("a", "one.example", 0, [Actor("Japan"), Actor("Russia")], Measure("export_ban", "Japan", "Russia", "enacted")), Resolver);
        StoryEngine.Apply(state, Topic, Article("b", "two.example", 1, [Actor("China"), Actor("Iran")], Measure("import_ban", "China", "Iran", "enacted")), Resolver);
        // Retells both events: it joins the latest.
        StoryEngine.Apply(state, Topic, Article("c", "three.example", 2, [Actor("Japan"), Actor("Russia"), Actor("China"), Actor("Iran"), Actor("NHK", "media")],
            Measure("export_ban", "Japan", "Russia", "enacted"), Measure("import_ban", "China", "Iran", "enacted")), Resolver);
        // Published between the event's first and last articles: the event keeps its last instant.
        StoryEngine.Apply(state, Topic, Article("d", "one.example", 0, [Actor("China"), Actor("Iran")], Measure("import_ban", "China", "Iran", "considered")) with { Published = T0.AddMinutes(90) }, Resolver);

        static string Describe(EventRecord e) =>
            $"{e.Id} {(e.First - T0).TotalHours}h..{(e.Last - T0).TotalHours}h [{string.Join(' ', e.Articles)}] [{string.Join(' ', e.Outlets)}] [{string.Join(' ', e.MeasureKeys)}] [{string.Join(' ', e.Actors)}]";
        Assert.Equal(
        [
            "1 0h..0h [https://one.example/a] [one.example] [export_ban|Japan|Russia] [Japan Russia]",
            "2 1h..2h [https://two.example/b https://three.example/c https://one.example/d] [two.example three.example one.example] [import_ban|China|Iran export_ban|Japan|Russia] [China Iran Japan Russia]",
        ], state.Events.Select(Describe));
    }

    [Fact]
    public void A_stored_state_missing_fields_reads_them_as_empty_not_null()
    {
        var state = JsonSerializer.Deserialize<StoryState>("""{ "Actors": { "x": {} }, "Measures": { "k": { "History": [{}] } } }""")!;

        var actor = state.Actors["x"];
        var measure = state.Measures["k"];
        var change = Assert.Single(measure.History);
        Assert.Equal(["", "", ""], [actor.Name, actor.Kind, actor.Evidence]);
        Assert.Equal(["", "", "", "", ""], [measure.Type, measure.Imposer, measure.Target, measure.Status, measure.Evidence]);
        Assert.Equal(["", "", ""], [change.Status, change.Article, change.Outlet]);
    }

    [Fact]
    public void Only_the_last_64_events_can_take_an_article()
    {
        static StoryState After(int others)
        {
            var state = new StoryState();
            var topic = new TopicDefinition { Id = "t" };
            StoryEngine.Apply(state, topic, new StoryArticle { Id = "first", Published = T0, Fingerprint = 0xF0F0 }, Resolver);
            for (var i = 0; i < others; i++)
            {
                // No fingerprint and no measure: each is an event of its own.
                StoryEngine.Apply(state, topic, new StoryArticle { Id = $"other{i}", Published = T0 }, Resolver);
            }
            StoryEngine.Apply(state, topic, new StoryArticle { Id = "again", Published = T0.AddHours(1), Fingerprint = 0xF0F0 }, Resolver);
            return state;
        }

        var within = After(63);
        var beyond = After(64);

        Assert.Equal(64, within.Events.Count);
        Assert.Equal(["first", "again"], within.Events[0].Articles);
        Assert.Equal(66, beyond.Events.Count);
        Assert.Equal(["first"], beyond.Events[0].Articles);
        Assert.Equal(["again"], beyond.Events[^1].Articles);
    }

    [Fact]
    public void A_record_cites_its_first_twenty_articles_and_counts_every_outlet()
    {
        var state = new StoryState();
        var urls = new List<string>();
        IReadOnlyList<StoryAlert> last = [];
        for (var i = 0; i < 25; i++)
        {
            var article = Article($"a{i}", $"outlet{i}.example", 0, [Actor("Japan"), Actor("Russia")], Measure("export_ban", "Japan", "Russia", i < 24 ? "announced" : "enacted"));
            urls.Add(article.Url);
            last = StoryEngine.Apply(state, Topic, article, Resolver);
        }

        var ban = state.Measures[MeasureRecord.KeyOf("export_ban", "Japan", "Russia")];
        Assert.Equal(urls.Take(StoryEngine.MaxLinks), ban.Articles);
        Assert.Equal(25, ban.Outlets.Count);
        Assert.Equal(urls.Take(StoryEngine.MaxLinks), state.Actors["Japan"].Articles);
        Assert.Equal(urls.Take(StoryEngine.MaxLinks), Assert.Single(state.Events).Articles);
        Assert.Equal(25, state.Events[0].Outlets.Count);
        var change = Assert.Single(last);
        Assert.Equal((StoryEngine.MaxLinks, 25), (change.ArticleUrls.Count, change.Corroboration));
    }
}
