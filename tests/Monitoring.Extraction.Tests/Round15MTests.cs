namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 15M: the bodies of a state that open a clause ("Agencies of the Peruvian government will freeze …") act for it,
/// the state after their "of" is no target; the state whose banking system or jurisdiction holds what is frozen or
/// blocked ("in Norway's banking system", "subject to Norway's jurisdiction") is where the measure is held, not its target,
/// so the measure keeps the target of its context; a trade ban "on" a list of goods reaches past the list's commas to the state
/// it is "against"; transactions barred "with Norwegian entities" after Norway's sanctions have Norway's own firms as the other
/// side and keep the target of the context. One rule each, sentences written for it, each with a guard.
/// </summary>
public sealed class Round15MTests
{
    [Fact]
    public void Agencies_of_a_government_impose_for_its_state()
    {
        var found = Read.Measures("Agencies of the Peruvian government will block the accounts and transactions of Chilean officials, "
            + "freeze their assets inside Peru, and subject them to an entry ban.");
        Assert.Equal(["asset_freeze Peru>Chile announced", "financial_restriction Peru>Chile announced", "travel_ban Peru>Chile announced"], found);
        Assert.DoesNotContain(found, m => m.Contains("Chile>", StringComparison.Ordinal));
    }

    [Fact]
    public void Agencies_of_a_government_hit_by_sanctions_stay_the_target()
    {
        var found = Read.Measures("Chile imposed sanctions on agencies of the Peruvian government.");
        Assert.Equal(["sanctions_general Chile>Peru enacted"], found);
        Assert.DoesNotContain(found, m => m.Contains("Peru>", StringComparison.Ordinal));
    }

    [Fact]
    public void Accounts_blocked_in_a_states_banking_system_are_its_measures_on_the_context_target()
    {
        var found = Read.Measures("Norway imposed sanctions on Peruvian officials. "
            + "The sanctions include blocking their accounts and transactions in Norway's banking system.");
        Assert.Equal(["asset_freeze Norway>Peru enacted", "financial_restriction Norway>Peru enacted"], found);
    }

    [Fact]
    public void A_states_own_programme_is_no_place_where_assets_are_held() =>
        Assert.Equal(["asset_freeze Norway>Peru enacted"],
            Read.Measures("Norway froze the assets of firms linked to Peru's missile program."));

    [Fact]
    public void Property_subject_to_a_states_jurisdiction_is_frozen_by_it()
    {
        var found = Read.Measures("Norway sanctioned a Peruvian oil firm on Monday. "
            + "All property of the firm subject to Norway's jurisdiction is blocked.");
        Assert.Equal(["asset_freeze Norway>Peru enacted"], found);
        Assert.DoesNotContain(found, m => m.EndsWith(">Norway enacted", StringComparison.Ordinal));
    }

    [Fact]
    public void A_trade_ban_on_a_list_of_goods_reaches_the_state_it_is_against()
    {
        Assert.Equal(["export_ban Norway>Peru announced"],
            Read.Measures("Norway announced details of its export ban on salmon, timber and machinery against Peru."));
        Assert.Equal(["import_ban Norway>Peru enacted"],
            Read.Measures("Norway imposed an import ban on salmon, timber and oil from Peru."));
    }

    [Fact]
    public void A_state_after_the_list_that_speaks_is_no_target() =>
        Assert.DoesNotContain(Read.Text("Norway imposed an export ban on salmon, timber and oil, Chile said.").Measures,
            m => m.Target == "Chile");

    [Fact]
    public void Transactions_barred_with_the_imposers_own_firms_keep_the_context_target() =>
        Assert.Equal(["financial_restriction Norway>Peru announced", "travel_ban Norway>Peru announced"],
            Read.Measures("Norway sanctioned Peruvian President Pedro Castillo on Monday. "
                + "The sanctions will block any transactions with Norwegian entities and bar him from Norway."));

    [Fact]
    public void Transactions_barred_with_another_states_firms_aim_at_that_state() =>
        Assert.Equal(["financial_restriction Norway>Chile announced", "sanctions_general Norway>Peru enacted"],
            Read.Measures("Norway sanctioned Peruvian President Pedro Castillo on Monday. "
                + "The sanctions will block any transactions with Chilean entities."));
}
