namespace Monitoring.Extraction.Tests;

public sealed class ActorTests
{
    [Fact]
    public void Countries_come_from_names_demonyms_and_capitals_with_their_forms()
    {
        var f = Read.Text("Tokyo and Moscow traded accusations. Japanese officials met Russian envoys in Kyiv.");
        var japan = Assert.Single(f.Actors, a => a.Name == "Japan");
        Assert.Equal(ActorKind.Country, japan.Kind);
        Assert.Equal(["Tokyo", "Japanese"], japan.Forms);
        Assert.Contains("Ukraine", Read.ActorNames(f));
    }

    [Fact]
    public void Blocs_and_bodies_are_organizations()
    {
        var f = Read.Text("The Group of Seven (G7) and the EU agreed. OFAC published the list.");
        Assert.Equal(["G7", "European Union", "Office of Foreign Assets Control"], Read.ActorNames(f, ActorKind.Organization));
    }

    [Fact]
    public void People_come_from_titles_speech_verbs_and_appositions()
    {
        var f = Read.Text(
            "Foreign Minister Kaja Mirren arrived on Monday. \"We are ready,\" Tomas Varga said. Lina Okafor, the trade minister, agreed.");
        Assert.Equal(["Kaja Mirren", "Tomas Varga", "Lina Okafor"], Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void A_later_surname_is_the_person_named_in_full_before()
    {
        var f = Read.Text("Foreign Minister Kaja Mirren spoke first. Mirren later added that talks would go on.");
        var person = Assert.Single(f.Actors, a => a.Kind == ActorKind.Person);
        Assert.Equal("Kaja Mirren", person.Name);
        Assert.Contains("Mirren", person.Forms);
    }

    [Fact]
    public void A_name_one_letter_off_is_the_same_person_but_another_given_name_is_another_person()
    {
        var f = Read.Text("Defence Minister Boris Pistorius arrived. Pistorijus said the aid would continue. Minister Anna Pistorius disagreed.");
        Assert.Equal(["Boris Pistorius", "Anna Pistorius"], Read.ActorNames(f, ActorKind.Person));
        Assert.Contains("Pistorijus", f.Actors.Single(a => a.Name == "Boris Pistorius").Forms);
    }

    [Fact]
    public void Known_people_resolve_from_other_spellings_and_name_orders()
    {
        var f = Read.Text("President Zelensky spoke to Foreign Minister Hayashi Yoshimasa.");
        Assert.Equal(["Volodymyr Zelenskyy", "Yoshimasa Hayashi"], Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void Bylines_credits_and_outlets_are_never_actors_of_the_story()
    {
        var f = Read.Text("""
            By John Smithers
            Japan imposed sanctions on Russia on Friday, Kyodo News reported, citing Reuters.
            Prime Minister Fumio Kishida announced the move in Tokyo.
            Kishida at a news conference in Tokyo. (Photo by Jane Doerr/AFP)
            """);
        var named = f.Actors.Where(a => a.Kind is ActorKind.Person or ActorKind.Organization).Select(a => a.Name).ToList();
        Assert.Equal(["Fumio Kishida"], named);
        Assert.DoesNotContain(f.Actors, a => a.Name.Contains("Smithers", StringComparison.Ordinal) || a.Name.Contains("Doerr", StringComparison.Ordinal));
        Assert.All(f.Actors.Where(a => a.Name is "Kyodo News" or "Reuters"), a => Assert.Equal(ActorKind.Media, a.Kind));
    }

    [Fact]
    public void Regions_are_not_states()
    {
        var f = Read.Text("Exports to Latin America and Southeast Asia grew.");
        Assert.DoesNotContain("United States", Read.ActorNames(f));
        Assert.Empty(f.Actors);
    }

    [Fact]
    public void An_article_in_another_language_resolves_the_names_it_can_and_invents_nothing()
    {
        var f = Read.Text("Япония ввела новые санкции против России. Die Regierung in Tokio verhängte Sanktionen gegen Russland.");
        Assert.Contains("Japan", Read.ActorNames(f));
        Assert.Contains("Russia", Read.ActorNames(f));
        Assert.DoesNotContain(f.Actors, a => a.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_hyphenated_given_name_stays_whole() =>
        Assert.Equal(["Cho Tae-yul"], Read.ActorNames(Read.Text("Foreign Minister Cho Tae-yul said Seoul would respond."), ActorKind.Person));

    [Fact]
    public void A_states_own_person_is_a_person() =>
        Assert.Equal(["Robert Fico"], Read.ActorNames(Read.Text("Slovakia's Robert Fico also voiced doubts."), ActorKind.Person));
}
