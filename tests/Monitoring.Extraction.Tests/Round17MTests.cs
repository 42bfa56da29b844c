namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 17M: restrictions, curbs and constraints on sectors ("constraints on financial institutions and exports") name their
/// measures as "sanctions on" does; the state pressed with the measures ("to pressure Lima with …") is their target, and the
/// means of a pressing are in force. Sentences written for each rule, each with a guard.
/// </summary>
public sealed class Round17MTests
{
    [Fact]
    public void Constraints_on_sectors_name_their_measures()
    {
        var found = Read.Measures("Norway imposed a series of constraints on financial institutions and exports including chips against Peru.");
        Assert.Equal(["export_ban Norway>Peru enacted", "financial_restriction Norway>Peru enacted"], found);
    }

    [Fact]
    public void Constraints_with_no_sector_name_no_measure()
    {
        var found = Read.Measures("Norway said budget constraints on its ministries would last until May.");
        Assert.Empty(found);
    }

    [Fact]
    public void The_state_pressed_with_measures_is_their_target()
    {
        var found = Read.Measures("Norway's new sanctions on Bolivia come as Norway acts with its partners to pressure Lima with a series of constraints on financial institutions and exports.");
        Assert.Equal(["export_ban Norway>Peru enacted", "financial_restriction Norway>Peru enacted", "sanctions_general Norway>Bolivia enacted"], found);
    }

    [Fact]
    public void A_threat_to_press_with_measures_keeps_its_status()
    {
        var found = Read.Measures("Norway threatened to punish Peru with restrictions on its banks.");
        Assert.Equal(["financial_restriction Norway>Peru considered"], found);
    }

    [Fact]
    public void Further_before_a_verb_with_its_object_weighs_nothing()
    {
        var found = Read.Measures("Norway said its actions further bar Peru from the global financial system.");
        Assert.Equal(["financial_restriction Norway>Peru enacted"], found);
        Assert.Equal(["financial_restriction Norway>Peru announced"], Read.Measures("Norway will further bar Peru from the global financial system."));
    }

    [Fact]
    public void Further_before_a_measure_noun_stays_weak()
    {
        var found = Read.Measures("Norway said further restrictions on Peruvian banks could follow.");
        Assert.Equal(["financial_restriction Norway>Peru considered"], found);
    }

    [Fact]
    public void Sanctions_that_involve_measures_name_them()
    {
        var found = Read.Measures("Norway imposed sanctions on four officials in Peru. The sanctions involve a freeze on the officials' assets and a ban on them traveling in Norway.");
        Assert.Equal(["asset_freeze Norway>Peru enacted", "travel_ban Norway>Peru enacted"], found);
    }

    [Fact]
    public void Measures_that_could_involve_a_ban_are_considered()
    {
        var found = Read.Measures("Norway imposed sanctions on four officials in Peru. New measures could involve a travel ban.");
        Assert.Equal(["sanctions_general Norway>Peru enacted", "travel_ban Norway>Peru considered"], found);
    }

    [Fact]
    public void Sanctions_to_be_imposed_later_are_announced()
    {
        var found = Read.Measures("Norway's latest sanctions on Peru, to be imposed from May 3, come as talks stall.");
        Assert.Equal(["sanctions_general Norway>Peru announced"], found);
    }

    [Fact]
    public void Sanctions_imposed_to_press_a_state_stay_enacted()
    {
        var found = Read.Measures("Norway imposed sanctions on Peru to force it back to talks.");
        Assert.Equal(["sanctions_general Norway>Peru enacted"], found);
    }
}
