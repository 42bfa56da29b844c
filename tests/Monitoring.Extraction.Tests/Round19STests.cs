namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 19S: financial sanctions put on people (in the passive, or joined to an entry ban) are freezes; "travel and asset
/// bans" name two measures; armaments are arms, and "a similar embargo" after an arms embargo is one too; sanctions "already
/// imposed by" a bloc, or that a bloc imposed, or imposed by the state before ", which", are that state's as well; "the
/// sanctions are …" names their measures as "include" does. Sentences written for each rule, each with a guard.
/// </summary>
public sealed class Round19STests
{
    private const string Lead = "Norway widened its sanctions against Peru on Friday. ";

    [Fact]
    public void Financial_sanctions_imposed_on_people_in_the_passive_are_a_freeze()
    {
        var found = Read.Measures(Lead + "Financial sanctions and travel bans were imposed on nine individuals, including the interior minister.");
        Assert.Equal(["asset_freeze Norway>Peru enacted", "sanctions_general Norway>Peru enacted", "travel_ban Norway>Peru enacted"], found);
        Assert.DoesNotContain(found, m => m.StartsWith("financial_restriction", StringComparison.Ordinal));
    }

    [Fact]
    public void Financial_sanctions_imposed_on_a_bank_stay_a_financial_restriction()
    {
        var found = Read.Measures(Lead + "Financial sanctions were imposed on the country's central bank.");
        Assert.Equal(["financial_restriction Norway>Peru enacted", "sanctions_general Norway>Peru enacted"], found);
        Assert.DoesNotContain(found, m => m.StartsWith("asset_freeze", StringComparison.Ordinal));
    }

    [Fact]
    public void Financial_sanctions_joined_to_an_entry_ban_are_a_freeze()
    {
        var found = Read.Measures(Lead + "The cabinet decided to impose financial sanctions and a ban on entry for nine officials.");
        Assert.Equal(["asset_freeze Norway>Peru announced", "sanctions_general Norway>Peru enacted", "travel_ban Norway>Peru announced"], found);
        Assert.DoesNotContain(found, m => m.StartsWith("financial_restriction", StringComparison.Ordinal));
    }

    [Fact]
    public void Financial_sanctions_joined_to_tariffs_stay_a_financial_restriction()
    {
        var found = Read.Measures(Lead + "The cabinet decided to impose financial sanctions and new tariffs.");
        Assert.Equal(["financial_restriction Norway>Peru announced", "sanctions_general Norway>Peru enacted", "trade_status Norway>Peru announced"], found);
        Assert.DoesNotContain(found, m => m.StartsWith("asset_freeze", StringComparison.Ordinal));
    }

    [Fact]
    public void Travel_and_asset_bans_are_two_measures()
    {
        var found = Read.Measures("Norway imposed travel and asset bans on Peru's generals.");
        Assert.Equal(["asset_freeze Norway>Peru enacted", "travel_ban Norway>Peru enacted"], found);
    }

    [Fact]
    public void Travel_and_visa_bans_freeze_nothing()
    {
        var found = Read.Measures("Norway imposed travel and visa bans on Peru's generals.");
        Assert.Equal(["travel_ban Norway>Peru enacted"], found);
        Assert.DoesNotContain(found, m => m.StartsWith("asset_freeze", StringComparison.Ordinal));
    }

    [Fact]
    public void An_embargo_on_armaments_is_an_arms_embargo()
    {
        Assert.Equal(["arms_embargo Norway>Peru enacted"], Read.Measures("Norway imposed an embargo on armaments against Peru."));
    }

    [Fact]
    public void An_embargo_on_fish_is_no_arms_embargo()
    {
        Assert.DoesNotContain(Read.Measures("Norway imposed an embargo on Peruvian fish."), m => m.StartsWith("arms_embargo", StringComparison.Ordinal));
    }

    [Fact]
    public void A_similar_embargo_after_an_arms_embargo_is_one()
    {
        var found = Read.Measures("Norway has imposed an arms embargo on Peru. The EU imposed a similar embargo in 2011.");
        Assert.Equal(["arms_embargo European Union>Peru enacted", "arms_embargo Norway>Peru enacted"], found);
        Assert.DoesNotContain(found, m => m.StartsWith("sanctions_general European Union", StringComparison.Ordinal));
    }

    [Fact]
    public void A_similar_embargo_after_general_sanctions_stays_general()
    {
        var found = Read.Measures("Norway has imposed sanctions on Peru. The EU imposed a similar embargo in 2011.");
        Assert.Equal(["sanctions_general European Union>Peru enacted", "sanctions_general Norway>Peru enacted"], found);
        Assert.DoesNotContain(found, m => m.StartsWith("arms_embargo", StringComparison.Ordinal));
    }

    [Fact]
    public void Sanctions_already_imposed_by_a_bloc_are_its_too()
    {
        var found = Read.Measures("Norway has adopted the economic sanctions against Peru already imposed by the European Union.");
        Assert.Equal(["sanctions_general European Union>Peru enacted", "sanctions_general Norway>Peru enacted"], found);
    }

    [Fact]
    public void Sanctions_that_a_bloc_imposed_are_its_too()
    {
        var found = Read.Measures("Norway adopted the sanctions against Peru that the EU imposed last year.");
        Assert.Equal(["sanctions_general European Union>Peru enacted", "sanctions_general Norway>Peru enacted"], found);
    }

    [Fact]
    public void Sanctions_criticised_by_a_bloc_are_not_its()
    {
        var found = Read.Measures("Norway has imposed sanctions against Peru already criticised by the European Union.");
        Assert.Equal(["sanctions_general Norway>Peru enacted"], found);
        Assert.DoesNotContain(found, m => m.StartsWith("sanctions_general European Union", StringComparison.Ordinal));
    }

    [Fact]
    public void The_state_before_which_imposes_what_the_relative_clause_says()
    {
        var found = Read.Measures("Norway is thus following the European Union, which last month imposed wide-ranging economic sanctions on Peru.");
        Assert.Equal(["sanctions_general European Union>Peru enacted"], found);
    }

    [Fact]
    public void A_group_before_which_leaves_the_subject_imposing()
    {
        Assert.Equal(["sanctions_general Norway>Peru enacted"], Read.Measures("Norway joined the coalition, which imposed sanctions on Peru."));
    }

    [Fact]
    public void The_sanctions_are_names_their_measures()
    {
        var found = Read.Measures("The EU is imposing sanctions on Peru. According to local media, the sanctions are travel and asset bans.");
        Assert.Equal(["asset_freeze European Union>Peru enacted", "sanctions_general European Union>Peru enacted", "travel_ban European Union>Peru enacted"], found);
    }

    [Fact]
    public void The_sanctions_are_not_names_nothing()
    {
        var found = Read.Measures("The EU is imposing sanctions on Peru. Officials said the sanctions are not travel bans.");
        Assert.DoesNotContain(found, m => m.StartsWith("travel_ban", StringComparison.Ordinal));
    }

    [Fact]
    public void Those_already_imposed_by_others_are_theirs()
    {
        var found = Read.Measures("Norway banned exports to Peru. The measures are similar to those already imposed on Chile by the EU and Denmark.");
        Assert.Equal(["export_ban Norway>Peru enacted", "sanctions_general Denmark>Chile enacted", "sanctions_general European Union>Chile enacted"], found);
    }

    [Fact]
    public void Those_already_criticised_by_others_are_not_theirs()
    {
        var found = Read.Measures("Norway banned exports to Peru. The measures are similar to those already criticised by the EU.");
        Assert.DoesNotContain(found, m => m.Contains("European Union>", StringComparison.Ordinal));
    }

    [Fact]
    public void Financing_for_investment_barred_is_no_investment_ban()
    {
        var found = Read.Measures(Lead + "Public financing or financial assistance for trade with or investment in Peru is prohibited.");
        Assert.Equal(["financial_restriction Norway>Peru enacted", "sanctions_general Norway>Peru enacted"], found);
        Assert.DoesNotContain(found, m => m.StartsWith("investment_ban", StringComparison.Ordinal));
    }

    [Fact]
    public void Investment_barred_stays_an_investment_ban()
    {
        Assert.Equal(["investment_ban Norway>Peru enacted", "sanctions_general Norway>Peru enacted"], Read.Measures(Lead + "New investment in Peru is prohibited."));
    }

    [Fact]
    public void The_swiss_sanctions_office_is_an_actor()
    {
        var f = Read.Text("The assets must be reported to SECO without delay, the Swiss government said.");
        Assert.Contains("State Secretariat for Economic Affairs", Read.ActorNames(f));
    }

    [Fact]
    public void Sanctions_in_line_with_a_decision_by_a_bloc_are_its_too()
    {
        var found = Read.Measures("Norway has extended economic sanctions against Peru in line with a decision by the European Union.");
        Assert.Equal(["sanctions_general European Union>Peru enacted", "sanctions_general Norway>Peru enacted"], found);
    }

    [Fact]
    public void Sanctions_in_line_with_a_parliament_decision_are_the_states_alone()
    {
        var found = Read.Measures("Norway has extended economic sanctions against Peru in line with a decision by its parliament.");
        Assert.Equal(["sanctions_general Norway>Peru enacted"], found);
    }

    [Fact]
    public void A_measure_opening_a_sentence_as_the_subject_of_a_ban_goes_on_about_the_last()
    {
        var found = Read.Measures("Norway has extended economic sanctions against Peru. Exports of dual-use goods have been banned.");
        Assert.Equal(["export_ban Norway>Peru enacted", "sanctions_general Norway>Peru enacted"], found);
    }

    [Fact]
    public void Exports_rising_are_no_ban()
    {
        var found = Read.Measures("Norway has extended economic sanctions against Peru. Exports of dual-use goods have been rising.");
        Assert.DoesNotContain(found, m => m.StartsWith("export_ban", StringComparison.Ordinal));
    }

    [Fact]
    public void Tightening_exports_is_an_export_ban()
    {
        Assert.Equal(["export_ban Norway>Peru enacted", "sanctions_general Norway>Peru enacted"], Read.Measures("Norway this month widened its sanctions against Peru, tightening exports to the country."));
    }

    [Fact]
    public void Exports_rising_after_a_budget_tightened_are_no_ban()
    {
        var found = Read.Measures("Norway widened its sanctions against Peru. Exports rose after Lima tightened its budget.");
        Assert.DoesNotContain(found, m => m.StartsWith("export_ban", StringComparison.Ordinal));
    }
}
