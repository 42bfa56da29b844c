namespace Monitoring.Extraction.Tests;

/// <summary>Bodies, firms, ships and people that no table holds, named as reporters name them.</summary>
public sealed class BodiesAndFirmsTests
{
    [Fact]
    public void A_demonym_before_a_bodys_name_belongs_to_the_name()
    {
        var f = Read.Text("Oslo froze the accounts of the Syrian Fisheries Bank on Monday.");
        Assert.Contains("Syrian Fisheries Bank", Read.ActorNames(f, ActorKind.Organization));
    }

    [Fact]
    public void A_generic_body_after_a_demonym_is_that_states_body()
    {
        var f = Read.Text("Canada also listed the Syrian Defense Ministry.");
        Assert.Contains("Syrian Defense Ministry", Read.ActorNames(f, ActorKind.Organization));
    }

    [Fact]
    public void A_generic_body_after_a_states_possessive_is_named_with_its_demonym()
    {
        var f = Read.Text("The listing was condemned by Syria's Ministry of Trade.");
        Assert.Contains("Syrian Ministry of Trade", Read.ActorNames(f, ActorKind.Organization));
    }

    [Fact]
    public void A_security_council_after_a_demonym_is_the_states_own()
    {
        var f = Read.Text("Canada listed members of the Iranian Security Council.");
        Assert.Contains("Iranian Security Council", Read.ActorNames(f, ActorKind.Organization));
        Assert.DoesNotContain("UN Security Council", Read.ActorNames(f, ActorKind.Organization));
    }

    [Fact]
    public void A_body_of_or_for_several_things_keeps_them_all()
    {
        var f = Read.Text("Canada listed the Fund for Reconstruction and Development last week.");
        Assert.Contains("Fund for Reconstruction and Development", Read.ActorNames(f, ActorKind.Organization));
    }

    [Fact]
    public void A_word_ending_in_bank_is_a_bank()
    {
        var f = Read.Text("Canada froze the assets of Zarechbank.");
        Assert.Contains("Zarechbank", Read.ActorNames(f, ActorKind.Organization));
    }

    [Fact]
    public void A_name_after_a_firms_common_noun_is_a_firm()
    {
        var f = Read.Text("The list includes the country's second-largest steelmaker, Volgastal, and two banks.");
        Assert.Contains("Volgastal", Read.ActorNames(f, ActorKind.Organization));
    }

    [Fact]
    public void A_name_described_as_a_firm_after_a_comma_is_a_firm()
    {
        var f = Read.Text("Norbalt, a state-owned shipping conglomerate, was also listed.");
        Assert.Contains("Norbalt", Read.ActorNames(f, ActorKind.Organization));
    }

    [Fact]
    public void A_name_before_a_firms_noun_is_a_firm()
    {
        var f = Read.Text("Officials also named the Kamaflot shipping company.");
        Assert.Contains("Kamaflot", Read.ActorNames(f, ActorKind.Organization));
    }

    [Fact]
    public void Names_listed_in_a_sentence_about_ships_are_vessels()
    {
        var f = Read.Text("The tankers named include Silver Dawn, Korvana and Blue Heron.");
        Assert.Equal(["Silver Dawn", "Korvana", "Blue Heron"], Read.ActorNames(f, ActorKind.Organization));
    }

    [Fact]
    public void The_second_name_of_a_credit_line_is_no_actor()
    {
        var f = Read.Text("Canada listed two firms. (Reporting by Jane Miller and John Carter)");
        Assert.Empty(Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void A_chinese_family_name_and_a_given_name_are_a_person()
    {
        var f = Read.Text("Critics included Zhang Wenhua and several diplomats.");
        Assert.Contains("Zhang Wenhua", Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void A_given_name_from_the_table_opens_a_persons_name()
    {
        var f = Read.Text("Canada froze the assets of Katerina Volkova.");
        Assert.Contains("Katerina Volkova", Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void A_us_department_is_named_officially()
    {
        var f = Read.Text("The U.S. State Department announced the listing.");
        Assert.Contains("United States Department of State", Read.ActorNames(f, ActorKind.Organization));
    }

    [Fact]
    public void A_states_government_body_is_not_the_target_of_a_blocs_sanctions_it_adopts()
    {
        var f = Read.Text("The Federal Council decided to adopt the packages of sanctions imposed by the EU on Friday.");
        Assert.DoesNotContain(f.Measures, m => m.Target == "Switzerland");
    }
}
