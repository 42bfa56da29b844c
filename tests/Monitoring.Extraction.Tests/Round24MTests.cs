namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 24M (uk-myanmar): a state's ruling junta is the state, so the general sanction on it stands beside the types; the
/// partners of a coordinated listing named after the target ("similar sanctions against the country by Chile and Peru");
/// dealings barred in other words ("prohibit funds being made available", "prevent … from dealing with them"); the firms
/// of a state's armed forces ("military business") aimed at, not a reason. Sentences written for the rules.
/// </summary>
public sealed class Round24MTests
{
    [Fact]
    public void Sanctions_on_a_states_junta_stay_general_beside_the_types()
    {
        var found = Read.Measures("Norway imposed sanctions on Eritrea's military junta. Norway froze the assets of three generals.");
        Assert.Equal(["asset_freeze Norway>Eritrea enacted", "sanctions_general Norway>Eritrea enacted"], found);
    }

    [Fact]
    public void Sanctions_on_a_states_firm_still_yield_to_the_types()
    {
        var found = Read.Measures("Norway imposed sanctions on Eritrea's state-owned mining company. Norway froze the assets of its directors.");
        Assert.DoesNotContain("sanctions_general Norway>Eritrea enacted", found);
    }

    [Fact]
    public void Partners_named_by_after_the_target_impose_on_it()
    {
        var found = Read.Measures("Norway has imposed sanctions on two companies in Eritrea. The Norwegian measures were coordinated with similar sanctions against the African country by Canada, Japan and Iceland.");
        Assert.Contains("sanctions_general Canada>Eritrea enacted", found);
        Assert.Contains("sanctions_general Japan>Eritrea enacted", found);
        Assert.Contains("sanctions_general Iceland>Eritrea enacted", found);
        Assert.DoesNotContain(found, m => m.EndsWith(">Norway enacted", StringComparison.Ordinal));
    }

    [Fact]
    public void Partners_named_from_after_the_target_impose_on_it()
    {
        var found = Read.Measures("Norway's measures are coordinated with similar sanctions against Eritrea from Canada and Iceland.");
        Assert.Contains("sanctions_general Canada>Eritrea enacted", found);
        Assert.Contains("sanctions_general Iceland>Eritrea enacted", found);
    }

    [Fact]
    public void A_time_after_the_target_names_no_agent()
    {
        var found = Read.Measures("Norway has kept sanctions on Eritrea from 2019 onwards.");
        Assert.Equal(["sanctions_general Norway>Eritrea enacted"], found);
    }

    [Fact]
    public void Funds_being_made_available_prohibited_is_a_financial_restriction()
    {
        var found = Read.Measures("Norway imposed sanctions on Eritrean firms. The measures will prohibit funds being made available to any of their subsidiaries.");
        Assert.Contains("financial_restriction Norway>Eritrea announced", found);
    }

    [Fact]
    public void Funds_being_made_available_without_a_bar_is_no_measure()
    {
        var found = Read.Measures("Norway imposed sanctions on Eritrean firms. The minister said funds being made available to the region would rise.");
        Assert.DoesNotContain(found, m => m.StartsWith("financial_restriction", StringComparison.Ordinal));
    }

    [Fact]
    public void Preventing_dealings_with_the_listed_is_a_financial_restriction()
    {
        var found = Read.Measures("Norway sanctioned two Eritrean firms on Monday. The firms will be subject to asset freezes, which will prevent Norwegian citizens and businesses from dealing with them.");
        Assert.Contains("financial_restriction Norway>Eritrea announced", found);
    }

    [Fact]
    public void Dealing_with_them_without_prevention_is_no_measure()
    {
        var found = Read.Measures("Norway sanctioned two Eritrean firms on Monday. Their partners said nothing would keep them from dealing with them.");
        Assert.DoesNotContain(found, m => m.StartsWith("financial_restriction", StringComparison.Ordinal));
    }

    [Fact]
    public void Sanctions_targeting_a_states_military_business_aim_at_the_state()
    {
        var found = Read.Measures("Norway imposed sanctions targeting Eritrea military business.");
        Assert.Equal(["sanctions_general Norway>Eritrea enacted"], found);
    }

    [Fact]
    public void Military_ties_of_a_state_stay_a_reason()
    {
        var found = Read.Measures("Norway imposed sanctions on Chile over Eritrea military ties with it.");
        Assert.DoesNotContain(found, m => m.Contains(">Eritrea", StringComparison.Ordinal));
    }
}
