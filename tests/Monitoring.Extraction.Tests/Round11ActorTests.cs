namespace Monitoring.Extraction.Tests;

/// <summary>
/// Actors of defence-sale and counter-sanction news: a firm named with a cue in one place is the same firm where the
/// article names it bare, a name listed beside a known firm is a firm, a part of a firm and its parent, a state's
/// "Presidency of …" agency, two ministries joined by "and", a trade word in a body's name, and the US export credit
/// agency. One rule each, sentences written for it, each with a guard.
/// </summary>
public sealed class Round11ActorTests
{
    private static List<string> Organizations(string text) => Read.ActorNames(Read.Text(text), ActorKind.Organization);

    [Fact]
    public void A_firm_named_with_its_legal_form_is_the_same_firm_named_bare()
    {
        var found = Organizations("Peru imposed sanctions on Andes Marine Corp on Monday. Andes Marine and Condor Forge were named for their role in the sale.");
        Assert.Contains("Andes Marine Corp", found);
        Assert.DoesNotContain("Andes Marine", found);
    }

    [Fact]
    public void A_name_listed_beside_a_known_firm_is_a_firm()
    {
        var found = Organizations("Peru announced sanctions against Andes Marine and Condor Forge on Friday. The move targets Andes Marine Corp's shipyard.");
        Assert.Contains("Condor Forge", found);
    }

    [Fact]
    public void Names_listed_after_a_known_firm_with_commas_are_firms()
    {
        var found = Organizations("The navy buys from the shipbuilder Andes Marine. Peru fined Andes Marine, Condor Forge, and Quintero on Friday.");
        Assert.Contains("Condor Forge", found);
        Assert.Contains("Quintero", found);
    }

    [Fact]
    public void A_person_or_a_state_beside_a_known_firm_stays_what_it_is()
    {
        var people = Read.Text("Peru imposed sanctions on Andes Marine Corp. Andes Marine and John Walker were named.");
        Assert.Contains("John Walker", Read.ActorNames(people, ActorKind.Person));
        var states = Read.Text("Peru imposed sanctions on Andes Marine Corp. Andes Marine and Chile were named.");
        Assert.Contains("Chile", Read.ActorNames(states, ActorKind.Country));
        Assert.DoesNotContain("Chile", Read.ActorNames(states, ActorKind.Organization));
    }

    [Fact]
    public void A_comma_alone_before_a_known_firm_makes_no_list() =>
        Assert.DoesNotContain("MP", Organizations("The delegation was led by one MP, Green Party member Jan Novak, who met the shipbuilder Andes Marine."));

    [Fact]
    public void Others_after_a_list_of_firms_is_no_firm() =>
        Assert.DoesNotContain("Others", Organizations("Peru Hits Andes Marine Corp, Condor Forge, and Others with Sanctions"));

    [Fact]
    public void A_part_of_a_firm_and_its_parent_are_firms()
    {
        var found = Organizations("Peru also listed Quintero, a subsidiary of Condor Forge that makes drones.");
        Assert.Contains("Quintero", found);
        Assert.Contains("Condor Forge", found);
    }

    [Fact]
    public void A_person_described_as_part_of_a_firm_stays_a_person() =>
        Assert.DoesNotContain("Maria Lopez", Organizations("Peru also listed Maria Lopez, a subsidiary of nothing, on Friday."));

    [Fact]
    public void A_states_presidency_of_an_industry_is_a_body()
    {
        var found = Organizations("The sanctions target Peru's Presidency of Naval Industries (PNI) and several PNI officials.");
        Assert.Contains("Presidency of Naval Industries", found);
    }

    [Fact]
    public void A_states_turn_chairing_a_council_is_no_body()
    {
        Assert.DoesNotContain(Organizations("The French Presidency of the EU Council proposed the package on Monday."), o => o.Contains("Presidency", StringComparison.Ordinal));
        Assert.DoesNotContain(Organizations("The Swedish Presidency of the Council said talks went on."), o => o.Contains("Presidency", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_ministries_joined_by_and_are_two_bodies()
    {
        var found = Organizations("Chile imposed sanctions on Peru's Ministry of National Defense and Ministry of Energy and Natural Resources.");
        Assert.Contains("Peruvian Ministry of National Defense", found);
        Assert.Contains("Ministry of Energy and Natural Resources", found);
    }

    [Fact]
    public void Fields_joined_by_and_stay_one_ministry() =>
        Assert.Contains("Ministry of Energy and Natural Resources", Organizations("Chile imposed sanctions on the Ministry of Energy and Natural Resources."));

    [Fact]
    public void A_trade_word_in_a_bodys_name_bars_no_trade()
    {
        var found = Read.Measures("The sanctions also ban U.S. Export-Import Bank assistance for exports to Peru's navy.");
        Assert.DoesNotContain(found, m => m.StartsWith("import_ban", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ban_on_imports_is_still_read() =>
        Assert.Equal(["import_ban Peru>Chile enacted"], Read.Measures("Peru banned imports of fish from Chile."));

    [Fact]
    public void The_US_export_credit_agency_has_its_official_name()
    {
        var found = Read.Text("The sanctions also bar U.S. Export-Import Bank loans to the agency.");
        Assert.Contains("Export-Import Bank of the United States", Read.ActorNames(found, ActorKind.Organization));
        Assert.DoesNotContain("Export-Import Bank", Read.ActorNames(found, ActorKind.Organization));
    }

    [Fact]
    public void Another_states_export_import_bank_is_not_the_US_one() =>
        Assert.DoesNotContain("Export-Import Bank of the United States", Organizations("The Export-Import Bank of Korea lent the money."));
}
