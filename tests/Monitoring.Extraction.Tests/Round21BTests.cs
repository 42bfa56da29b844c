namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 21B: a state named as an office ("the Vice President of Peru", "Peru's first lady"), in a law's title or in what the listed
/// people did is not the state aimed at. Sentences written for each rule, each with a guard.
/// </summary>
public sealed class Round21BTests
{
    private const string Freeze = " The EU froze the assets of the two Peruvian officials.";

    [Fact]
    public void A_blocs_sanctions_on_a_state_stay_general()
    {
        var found = Read.Measures("EU sanctions on Peru will stay in place until the vote." + Freeze);
        Assert.Equal(["asset_freeze European Union>Peru enacted", "sanctions_general European Union>Peru enacted"], found);
    }

    [Fact]
    public void An_office_of_the_state_names_its_holder()
    {
        var found = Read.Measures("The EU imposed sanctions on the Vice President of Peru and an adviser." + Freeze);
        Assert.DoesNotContain(found, m => m.StartsWith("sanctions_general European Union>Peru", StringComparison.Ordinal));
    }

    [Fact]
    public void The_government_of_the_state_is_the_state()
    {
        var found = Read.Measures("The EU imposed sanctions on the government of Peru." + Freeze);
        Assert.Equal(["asset_freeze European Union>Peru enacted", "sanctions_general European Union>Peru enacted"], found);
    }

    [Fact]
    public void A_state_in_a_laws_title_is_not_aimed_at()
    {
        var found = Read.Measures(Freeze.Trim() + " The new designations were imposed pursuant to The Peru (Sanctions) Regulations 2020, and all new designees are now subject to asset freezes.");
        Assert.DoesNotContain(found, m => m.StartsWith("sanctions_general European Union>Peru", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_in_what_the_listed_people_did_is_not_aimed_at()
    {
        var found = Read.Measures(Freeze.Trim() + " The designations were made under a decision which enables the EU to sanction persons who take part in abuses by the Government of Peru.");
        Assert.DoesNotContain(found, m => m.StartsWith("sanctions_general European Union>Peru", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_subject_to_a_blocs_sanctions_stays_aimed_at()
    {
        var found = Read.Measures("Peru has been subject to EU sanctions since 2019." + Freeze);
        Assert.Equal(["asset_freeze European Union>Peru enacted", "sanctions_general European Union>Peru enacted"], found);
    }

    [Fact]
    public void A_state_before_the_law_it_is_sanctioned_under_stays_aimed_at()
    {
        var found = Read.Measures("The EU imposed sanctions on Peru under its Human Rights Act." + Freeze);
        Assert.Equal(["asset_freeze European Union>Peru enacted", "sanctions_general European Union>Peru enacted"], found);
    }
}
