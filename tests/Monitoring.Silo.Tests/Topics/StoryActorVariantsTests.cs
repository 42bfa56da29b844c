using Monitoring.Stories;

namespace Monitoring.Silo.Tests.Topics;

/// <summary>
/// One actor named differently by two articles of a story is one actor and one alert; names that only
/// look alike stay two actors.
/// </summary>
public sealed class StoryActorVariantsTests
{
    private static readonly TopicDefinition Topic = new() { Id = "uk-by", AllActors = ["United Kingdom", "Belarus"] };
    private static readonly IActorResolver Resolver = new TolerantActorResolver();
    private static readonly DateTimeOffset T0 = new(2024, 11, 16, 0, 0, 0, TimeSpan.Zero);

    private static StoryActor Person(string name) => new() { Name = name, Kind = "person" };

    private static StoryActor Organization(string name) => new() { Name = name, Kind = "organization" };

    private static StoryArticle Article(string id, int hour, params StoryActor[] actors) => new()
    {
        Id = $"https://news.example/{id}",
        Url = $"https://news.example/{id}",
        Outlet = $"{id}.example",
        Published = T0.AddHours(hour),
        Actors = actors,
    };

    private static List<string> NewActors(StoryState state, StoryArticle article) =>
        StoryEngine.Apply(state, Topic, article, Resolver).Select(a => a.Actor!).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void An_organisation_named_without_its_legal_form_later_is_the_known_one()
    {
        var state = new StoryState();
        NewActors(state, Article("a", 0, Organization("Stalprom Holding"), Organization("OJSC Zarya")));

        Assert.Empty(NewActors(state, Article("b", 1, Organization("Stalprom"), Organization("Zarya"), Organization("Zarya Group"))));
        Assert.Contains("Stalprom", state.Actors["Stalprom Holding"].Aliases);
        Assert.Contains("Zarya", state.Actors["OJSC Zarya"].Aliases);
        Assert.Equal(2, state.Actors.Count);
    }

    [Fact]
    public void An_abbreviated_word_reordered_words_and_inflected_words_name_the_known_organisation()
    {
        var state = new StoryState();
        NewActors(state, Article("a", 0, Organization("Minsk Football Club"), Organization("Credit Bank of Minsk"), Organization("Belarusian Revolutionary Guard Corps")));

        var later = NewActors(state, Article("b", 1, Organization("Minsk FC"), Organization("Minsk Credit Bank"), Organization("Belarusian Revolution Guards Corps")));

        Assert.Empty(later);
        Assert.Equal(3, state.Actors.Count);
    }

    [Fact]
    public void Organisations_that_share_words_but_not_a_name_stay_apart()
    {
        var state = new StoryState();
        NewActors(state, Article("a", 0, Organization("Minsk Tractor Works"), Organization("Bank of Minsk"), Organization("National Bank"), Organization("Group")));

        var later = NewActors(state, Article("b", 1, Organization("Minsk Tractor"), Organization("Minsk Bank"), Organization("National Banking Union"),
            Organization("Holding Group")));

        Assert.Equal(["Holding Group", "Minsk Bank", "Minsk Tractor", "National Banking Union"], later);
    }

    [Fact]
    public void A_given_name_spelled_from_another_language_is_the_known_person_but_a_namesake_of_the_other_sex_is_not()
    {
        var state = new StoryState();
        NewActors(state, Article("a", 0, Person("Alexander Lukashenko"), Person("Marat Lukashenko")));

        var later = NewActors(state, Article("b", 1, Person("Alyaksandr Lukashenka"), Person("Aleksandra Lukashenko"), Person("Mert Lukashenko")));

        Assert.Equal(["Aleksandra Lukashenko", "Mert Lukashenko"], later);
        Assert.Contains("Alyaksandr Lukashenka", state.Actors["Alexander Lukashenko"].Aliases);
    }

    [Fact]
    public void A_known_actor_named_another_way_in_an_update_of_the_same_article_raises_nothing()
    {
        var state = new StoryState();
        NewActors(state, Article("a", 0, Organization("Stalprom Holding")));

        Assert.Empty(NewActors(state, Article("a", 0, Organization("Stalprom"))));
        Assert.Empty(NewActors(state, Article("b", 2, Organization("Stalprom"))));
        Assert.Empty(NewActors(state, Article("c", 3, Organization("Stalprom"), Organization("Stalprom Holding"))));
        Assert.Single(state.Actors);
    }
}
