namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 24S: Arabic names with the article "al-" (read backwards before an apposition, counted as one word after a
/// minister's portfolio), Levantine given names, army units, Bashar al-Assad and his relatives, a state's leader after its
/// possessive, a state in a law's title, the earlier agent of a passive, and a contact relative with a state as subject.
/// Sentences written for the rules, with guards; names invented where the rule allows.
/// </summary>
public sealed class Round24STests
{
    [Fact]
    public void A_name_with_an_arabic_article_before_an_apposition_is_read_whole()
    {
        var f = Read.Text("The listings also extended to Karim al-Haddad, the minister's brother and head of the guard.");
        Assert.Contains("Karim al-Haddad", Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void A_minister_after_his_portfolio_may_have_three_name_words_and_an_article()
    {
        var f = Read.Text("Norway listed four ministers — Minister of Defense Fahd Jassem al-Qaraji, Minister of Health Samer Adel al-Tawil and others.");
        var people = Read.ActorNames(f, ActorKind.Person);
        Assert.Contains("Fahd Jassem al-Qaraji", people);
        Assert.Contains("Samer Adel al-Tawil", people);
    }

    [Fact]
    public void Levantine_given_names_open_a_listed_name()
    {
        var f = Read.Text("The military officials Fadi Qudsi, Ghaith Hamdan and Samer Barakat also were sanctioned.");
        var people = Read.ActorNames(f, ActorKind.Person);
        Assert.Contains("Fadi Qudsi", people);
        Assert.Contains("Ghaith Hamdan", people);
        Assert.Contains("Samer Barakat", people);
    }

    [Fact]
    public void Numbered_divisions_and_armies_are_bodies()
    {
        var f = Read.Text("Norway listed the Fourth Division of the Syrian Arab Army on Monday.");
        var bodies = Read.ActorNames(f, ActorKind.Organization);
        Assert.Contains("Fourth Division", bodies);
        Assert.Contains("Syrian Arab Army", bodies);
    }

    [Fact]
    public void Assad_alone_names_bashar_al_assad()
    {
        var f = Read.Text("Norway said the Assad regime must end its attacks on civilians.");
        Assert.Contains("Bashar al-Assad", Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void A_relative_with_the_article_is_not_bashar_al_assad()
    {
        var f = Read.Text("Norway sanctioned Bashar al-Assad's brother Maher al-Assad on Monday.");
        var people = Read.ActorNames(f, ActorKind.Person);
        Assert.Contains("Maher al-Assad", people);
        Assert.Contains("Bashar al-Assad", people);
    }

    [Fact]
    public void A_relative_named_after_a_comma_takes_the_family_name_with_its_article()
    {
        var f = Read.Text("Norway increased pressure on Bashar Assad, his wife, Asma, and his inner circle.");
        Assert.Contains("Asma al-Assad", Read.ActorNames(f, ActorKind.Person));
    }

    private const string Visas = "Together, the Norwegian Foreign Ministry targeted 39 individuals and entities for new economic and visa restrictions.";

    private static List<string> General(string title) =>
        Read.Text(Visas, title).Measures.Where(m => m.Type == "sanctions_general").Select(m => $"{m.Imposer}>{m.Target}").ToList();

    [Fact]
    public void A_states_own_leader_after_its_possessive_keeps_the_general_sanction_on_the_state()
    {
        Assert.Equal(["Norway>Syria"], General("Norway sanctions Syria's Assad as well as his family"));
    }

    [Fact]
    public void Guard_a_person_no_table_knows_after_a_states_possessive_gives_only_the_types_named()
    {
        Assert.Empty(General("Norway sanctions Syria's Karim Haddad as well as his family"));
    }

    [Fact]
    public void A_state_in_a_laws_title_neither_imposes_nor_is_aimed_at()
    {
        var found = Read.Measures("The Caesar Moldova Civilian Protection Act was signed into law by US President Jane Roe in 2019, authorising severe economic sanctions.");
        Assert.DoesNotContain(found, m => m.Contains(" Moldova>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_laws_title_is_not_a_persons_name()
    {
        var f = Read.Text("US sanctions Jane Roe's wife Asma Caesar Act Moldova");
        Assert.DoesNotContain("Asma Caesar Act", Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void The_agent_of_an_earlier_passive_is_not_the_next_passives_target()
    {
        var found = Read.Measures("It is the first time Jane Roe has been sanctioned by Norway, after being placed under sanctions by the European Union in 2019.");
        Assert.DoesNotContain(found, m => m.EndsWith(">Norway enacted", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_after_those_and_a_verb_of_saying_is_not_aimed_at()
    {
        var found = Read.Measures("The governor of the Central Bank of Moldova, a bank in Chisinau, was among those the U.S. said it sanctioned Wednesday.");
        Assert.DoesNotContain(found, m => m.Contains(">United States", StringComparison.Ordinal));
    }
}
