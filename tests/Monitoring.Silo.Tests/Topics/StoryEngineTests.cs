using Monitoring.Stories;

namespace Monitoring.Silo.Tests.Topics;

public sealed class StoryEngineTests
{
    private static readonly TopicDefinition Topic = new() { Id = "jp-ru", AllActors = ["Japan", "Russia"], Keywords = ["sanction"] };
    private static readonly IActorResolver Resolver = new TolerantActorResolver();
    private static readonly DateTimeOffset T0 = new(2024, 11, 16, 0, 0, 0, TimeSpan.Zero);

    private static StoryActor Country(string name) => new() { Name = name, Kind = "country" };

    private static StoryActor Person(string name) => new() { Name = name, Kind = "person" };

    private static StoryActor Organization(string name) => new() { Name = name, Kind = "organization" };

    private static StoryMeasure Measure(string type, string imposer, string target, string status) =>
        new() { Type = type, Imposer = imposer, Target = target, Status = status, Evidence = $"{imposer} {status} {type} on {target}." };

    private static StoryArticle Article(string id, string outlet, int hour, IReadOnlyList<StoryActor> actors, params StoryMeasure[] measures) => new()
    {
        Id = $"https://{outlet}/{id}",
        Url = $"https://{outlet}/{id}",
        Outlet = outlet,
        Published = T0.AddHours(hour),
        Text = "Japan and Russia: sanctions.",
        Actors = actors,
        Measures = measures,
    };

    private static List<string> Kinds(IEnumerable<StoryAlert> alerts) =>
        alerts.Select(a => a.Kind == "new_actor" ? $"new_actor {a.Actor}" : $"{a.Kind} {a.Type} {a.Imposer}>{a.Target} {a.Status}").ToList();

    [Fact]
    public void A_first_article_raises_its_actors_then_its_measures_in_sequence()
    {
        var state = new StoryState();
        var alerts = StoryEngine.Apply(state, Topic, Article("a", "one.example", 0, [Country("Japan"), Country("Russia")],
            Measure("asset_freeze", "Japan", "Russia", "announced")), Resolver);

        Assert.Equal(["new_actor Japan", "new_actor Russia", "new_measure asset_freeze Japan>Russia announced"], Kinds(alerts));
        Assert.Equal([1L, 2L, 3L], alerts.Select(a => a.Sequence));
    }

    [Fact]
    public void A_stronger_status_is_a_status_change_a_weaker_one_is_nothing_and_lifted_is_news()
    {
        var state = new StoryState();
        StoryEngine.Apply(state, Topic, Article("a", "one.example", 0, [], Measure("asset_freeze", "Japan", "Russia", "announced")), Resolver);

        var enacted = StoryEngine.Apply(state, Topic, Article("b", "two.example", 1, [], Measure("asset_freeze", "Japan", "Russia", "enacted")), Resolver);
        var considered = StoryEngine.Apply(state, Topic, Article("c", "three.example", 2, [], Measure("asset_freeze", "Japan", "Russia", "considered")), Resolver);
        var lifted = StoryEngine.Apply(state, Topic, Article("d", "four.example", 3, [], Measure("asset_freeze", "Japan", "Russia", "lifted")), Resolver);

        Assert.Equal(["status_change asset_freeze Japan>Russia enacted"], Kinds(enacted));
        Assert.Empty(considered);
        Assert.Equal(["status_change asset_freeze Japan>Russia lifted"], Kinds(lifted));
    }

    [Fact]
    public void A_known_imposer_aiming_a_known_measure_type_at_someone_new_is_a_new_target()
    {
        var state = new StoryState();
        StoryEngine.Apply(state, Topic, Article("a", "one.example", 0, [], Measure("sanctions_general", "Japan", "Russia", "enacted")), Resolver);

        var alerts = StoryEngine.Apply(state, Topic, Article("b", "two.example", 1, [],
            Measure("sanctions_general", "Japan", "North Korea", "considered"), Measure("import_ban", "Japan", "Russia", "enacted")), Resolver);

        Assert.Equal(["new_target sanctions_general Japan>North Korea considered", "new_measure import_ban Japan>Russia enacted"], Kinds(alerts));
    }

    [Fact]
    public void The_same_article_again_or_a_second_outlet_retelling_it_raises_nothing_but_corroborates()
    {
        var state = new StoryState();
        var first = Article("a", "one.example", 0, [Country("Japan"), Country("Russia")], Measure("export_ban", "Japan", "Russia", "enacted"));
        StoryEngine.Apply(state, Topic, first, Resolver);

        Assert.Empty(StoryEngine.Apply(state, Topic, first, Resolver));
        Assert.Empty(StoryEngine.Apply(state, Topic, first with { Id = "https://two.example/a", Url = "https://two.example/a", Outlet = "two.example" }, Resolver));
        Assert.Equal(2, state.Measures[MeasureRecord.KeyOf("export_ban", "Japan", "Russia")].Outlets.Count);
        Assert.Single(state.Events);
    }

    [Fact]
    public void A_transliterated_name_is_folded_into_the_known_person_and_two_people_sharing_a_surname_are_not()
    {
        var state = new StoryState();
        StoryEngine.Apply(state, Topic, Article("a", "one.example", 0, [Person("Takeshi Iwaya"), Person("Fumio Kishida")]), Resolver);

        var iwaja = StoryEngine.Apply(state, Topic, Article("b", "two.example", 1, [Person("Takeshi Iwaja"), Person("Zelensky")]), Resolver);
        var otherKishida = StoryEngine.Apply(state, Topic, Article("c", "three.example", 2, [Person("Yuko Kishida"), Person("Volodymyr Zelenskyy")]), Resolver);

        Assert.Equal(["new_actor Zelensky"], Kinds(iwaja));
        Assert.Contains("Takeshi Iwaja", state.Actors["Takeshi Iwaya"].Aliases);
        Assert.Equal(["new_actor Yuko Kishida"], Kinds(otherKishida));
    }

    [Fact]
    public void Names_spelled_by_another_transliteration_or_with_one_slip_are_the_known_actor_but_other_names_are_not()
    {
        var state = new StoryState();
        StoryEngine.Apply(state, Topic, Article("a", "one.example", 0,
            [Person("Aleksei Miller"), Person("Andrei Kostin"), Organization("Transeft"), Organization("Bank Rossia"), Organization("VTB"), Country("Niger")]), Resolver);

        var second = StoryEngine.Apply(state, Topic, Article("b", "two.example", 1,
            [Person("Alexei Miller"), Person("Andrey Kostin"), Organization("Transneft"), Organization("Bank Rossiya"), Organization("VEB"), Country("Nigeria"),
             Organization("Sovcombank"), Organization("Sberbank")]), Resolver);

        Assert.Equal(["new_actor Nigeria", "new_actor Sberbank", "new_actor Sovcombank", "new_actor VEB"], Kinds(second).Order(StringComparer.Ordinal));
        Assert.Contains("Alexei Miller", state.Actors["Aleksei Miller"].Aliases);
        Assert.Contains("Bank Rossiya", state.Actors["Bank Rossia"].Aliases);
    }

    [Fact]
    public void With_two_outlets_required_the_alert_comes_once_when_the_second_distinct_outlet_reports()
    {
        var topic = Topic with { MinOutlets = 2 };
        var state = new StoryState();
        var measure = Measure("price_cap", "G7", "Russia", "announced");

        var first = StoryEngine.Apply(state, topic, Article("a", "one.example", 0, [], measure), Resolver);
        var sameOutlet = StoryEngine.Apply(state, topic, Article("b", "one.example", 1, [], measure), Resolver);
        var second = StoryEngine.Apply(state, topic, Article("c", "two.example", 2, [], measure), Resolver);
        var third = StoryEngine.Apply(state, topic, Article("d", "three.example", 3, [], measure), Resolver);

        Assert.Empty(first);
        Assert.Empty(sameOutlet);
        var alert = Assert.Single(second);
        Assert.Equal(2, alert.Corroboration);
        Assert.Empty(third);
    }

    [Fact]
    public void Topics_match_on_all_of_actors_and_keyword_prefixes_and_the_index_finds_only_those_that_can()
    {
        var index = new TopicIndex();
        for (var i = 0; i < 10_000; i++)
        {
            index.Add(new TopicDefinition { Id = $"t{i}", AllActors = [$"Country{i}"], Keywords = ["sanction"] });
        }
        index.Add(Topic);
        index.Add(new TopicDefinition { Id = "tariffs", Keywords = ["tariff"] });
        var article = Article("a", "one.example", 0, [Country("Japan"), Country("Russia")]) with { Text = "Japan widens sanctions on Russia." };

        var candidates = index.Candidates(article);

        Assert.Equal(["jp-ru"], candidates.Order());
        Assert.True(TopicMatcher.Matches(Topic, article));
        Assert.False(TopicMatcher.Matches(Topic, article with { Text = "Japan and Russia talk trade." }));
        Assert.False(TopicMatcher.Matches(Topic, article with { Actors = [Country("Japan")] }));
        Assert.Contains("tariffs", index.Candidates(article with { Text = "New tariffs on steel." }));
    }

    [Fact]
    public void A_measure_found_between_the_topics_actors_matches_without_its_keyword()
    {
        // "Tokyo bars exports of machine tools to Moscow" says no "sanction", yet it is the topic's news.
        var article = Article("a", "one.example", 0, [Country("Japan"), Country("Russia")],
            Measure("export_ban", "Japan", "Russia", "enacted")) with
        { Text = "Tokyo bars exports of machine tools to Moscow." };

        Assert.True(TopicMatcher.Matches(Topic, article));
        Assert.False(TopicMatcher.Matches(Topic, article with { Measures = [Measure("export_ban", "Japan", "China", "enacted")] }));
    }

    [Fact]
    public void A_state_named_only_as_a_measures_imposer_or_target_brings_the_article_to_its_topic()
    {
        // "The Council of the EU froze the assets of Russian oligarchs": the actors are the Council and the
        // oligarchs; the measure is the EU's, aimed at Russia.
        var topic = new TopicDefinition { Id = "eu-ru", AllActors = ["European Union", "Russia"] };
        var index = new TopicIndex();
        index.Add(topic);
        var article = Article("a", "one.example", 0, [new StoryActor { Name = "Council of the European Union", Kind = "organization" }],
            Measure("asset_freeze", "European Union", "Russia", "enacted"));

        Assert.Equal(["eu-ru"], index.Candidates(article));
        Assert.True(TopicMatcher.Matches(topic, article));
        Assert.False(TopicMatcher.Matches(topic, article with { Measures = [] }));
    }

    [Fact]
    public void A_state_met_only_by_its_demonym_is_alerted_once_an_article_names_it()
    {
        var state = new StoryState();
        StoryActor Demonym(string name) => new() { Name = name, Kind = "country", Forms = ["South Korean"], OnlyByDemonym = true };

        Assert.Equal(["new_actor Japan", "new_actor Russia"],
            Kinds(StoryEngine.Apply(state, Topic, Article("a", "one.example", 0, [Country("Japan"), Country("Russia"), Demonym("South Korea")]), Resolver)));
        Assert.Empty(StoryEngine.Apply(state, Topic, Article("b", "two.example", 1, [Country("Japan"), Demonym("South Korea")]), Resolver));

        var named = StoryEngine.Apply(state, Topic, Article("c", "three.example", 2, [Country("Japan"), Country("South Korea")]), Resolver);
        Assert.Equal(["new_actor South Korea"], Kinds(named));
        Assert.Equal(3, named[0].Corroboration); // every article that met it counts
        Assert.Empty(StoryEngine.Apply(state, Topic, Article("d", "four.example", 3, [Country("South Korea")]), Resolver));
    }

    [Fact]
    public void A_state_met_only_by_its_demonym_is_alerted_where_it_sides_a_measure()
    {
        var state = new StoryState();
        StoryActor Demonym(string name) => new() { Name = name, Kind = "country", OnlyByDemonym = true };

        var alerts = StoryEngine.Apply(state, Topic, Article("a", "one.example", 0, [Country("Japan"), Demonym("Belarus"), Demonym("Iran")],
            Measure("swift_exclusion", "Japan", "Belarus", "enacted")), Resolver);

        Assert.Equal(["new_actor Japan", "new_actor Belarus", "new_measure swift_exclusion Japan>Belarus enacted"], Kinds(alerts));
    }
}
