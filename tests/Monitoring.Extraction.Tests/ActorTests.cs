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
        // Both outlets are found, and found as media: a filter that matched nothing would prove nothing.
        Assert.Equal(["Kyodo News Media", "Reuters Media"],
            f.Actors.Where(a => a.Name is "Kyodo News" or "Reuters").Select(a => $"{a.Name} {a.Kind}").Order(StringComparer.Ordinal));
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

    [Fact]
    public void Kallas_after_Kaja_Kallas_is_the_same_person()
    {
        var f = Read.Text("Foreign Minister Kaja Kallas said the bloc was united. Kallas added that more sanctions would follow.");
        var person = Assert.Single(f.Actors, a => a.Kind == ActorKind.Person);
        Assert.Equal("Kaja Kallas", person.Name);
        Assert.Equal(["Kallas"], person.Forms);
    }

    [Fact]
    public void An_analyst_quoted_by_role_is_a_person()
    {
        var f = Read.Text("Sanctions expert Irina Volkanova said the measures would bite. Volkanova added that enforcement was weak.");
        var person = Assert.Single(f.Actors, a => a.Kind == ActorKind.Person);
        Assert.Equal("Irina Volkanova", person.Name);
        Assert.Equal(["Volkanova"], person.Forms);
    }

    [Fact]
    public void Two_people_sharing_a_surname_stay_two() =>
        Assert.Equal(["Peter Novak", "Maria Novak"],
            Read.ActorNames(Read.Text("Finance Minister Peter Novak said the rules were clear. Central bank governor Maria Novak disagreed."), ActorKind.Person));

    [Theory]
    [InlineData("By John Smith\nJapan imposed sanctions on Russia on Friday.")]
    [InlineData("Written by John Smith\nJapan imposed sanctions on Russia on Friday.")]
    [InlineData("Reporting by John Smith; Editing by Jane Doe\nJapan imposed sanctions on Russia on Friday.")]
    [InlineData("Japan imposed sanctions on Russia on Friday.\n(Photo by Jane Doe/AFP)")]
    [InlineData("Japan imposed sanctions on Russia on Friday. Ministers met in Tokyo. (Photo by Jane Doe/AFP)")]
    public void Bylines_and_photo_credits_name_no_person(string text)
    {
        var f = Read.Text(text);
        Assert.DoesNotContain(f.Actors, a => a.Kind == ActorKind.Person);
        Assert.Equal(["sanctions_general Japan>Russia enacted"], f.Measures.Select(m => $"{m.Type} {m.Imposer}>{m.Target} {m.Status}"));
    }

    [Theory]
    [InlineData("Kyodo News said Japan imposed sanctions on Russia.", "Kyodo News")]
    [InlineData("Reuters reported that Japan imposed sanctions on Russia.", "Reuters")]
    [InlineData("Japan imposed sanctions on Russia, according to Kyodo News.", "Kyodo News")]
    [InlineData("The sanctions target 12 Russian firms, Bloomberg News reported.", "Bloomberg")]
    public void An_outlet_is_media_and_never_a_person_or_organization(string text, string outlet)
    {
        var f = Read.Text(text);
        Assert.Equal(ActorKind.Media, Assert.Single(f.Actors, a => a.Name == outlet).Kind);
        Assert.DoesNotContain(f.Actors, a => a.Kind is ActorKind.Person or ActorKind.Organization);
    }

    [Fact]
    public void Foreign_spellings_of_states_resolve_and_no_person_is_invented()
    {
        var f = Read.Text("Россия заявила, что ответит на новые ограничения. Япония и Германия обсудили поддержку Украины. " +
            "Die Regierung in Berlin will die Gespräche mit Russland fortsetzen. Le Japon reste prudent.");
        Assert.Equal(["Russia", "Japan", "Germany", "Ukraine"], Read.ActorNames(f));
        Assert.Equal(["Россия", "Russland"], f.Actors.Single(a => a.Name == "Russia").Forms);
        Assert.Contains("Japon", f.Actors.Single(a => a.Name == "Japan").Forms);
        Assert.Empty(f.Measures);
    }
}
