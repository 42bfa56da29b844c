namespace Monitoring.Extraction.Tests;

/// <summary>
/// Measures of the newest stories: people on a list barred, by whatever verb, from dealing with the imposer's people,
/// and "the ban on exporting" goods, whose and whither unsaid, after an import ban on the same state,
/// and the imposer named only as where the barred may not deal ("barred from making investments in the country").
/// One rule each, sentences written for it, each with a guard.
/// </summary>
public sealed class Round12MeasureTests
{
    [Fact]
    public void Listed_people_prevented_from_trade_relations_with_the_imposer_is_a_financial_restriction() =>
        Assert.Equal(["financial_restriction Norway>Peru enacted"],
            Read.Measures("Norway sanctioned three Peruvian generals. Under its law, those listed are prevented from having trade relations with Norway."));

    [Fact]
    public void Firms_kept_from_doing_business_with_the_imposer_is_a_financial_restriction() =>
        Assert.Equal(["financial_restriction Norway>Peru enacted"],
            Read.Measures("Norway sanctioned two Peruvian shipyards on Monday. The shipyards are now kept from doing business with Norway."));

    [Fact]
    public void The_barring_verb_gives_the_status_of_the_dealings_barred()
    {
        Assert.Equal(["financial_restriction Norway>Peru enacted"],
            Read.Measures("Norway sanctioned three Peruvian generals. Those named on the sanctions list are prevented from having trade relations with Norway."));
        Assert.Equal(["financial_restriction Norway>Peru announced"],
            Read.Measures("Norway sanctioned three Peruvian generals. Those named on the sanctions list will be prevented from doing business with Norway."));
    }

    [Fact]
    public void Relations_of_states_or_a_prevention_without_dealings_are_no_financial_restriction()
    {
        Assert.DoesNotContain(Read.Text("Norway sanctioned three Peruvian generals to prevent them from having diplomatic relations with Norway.").Measures,
            m => m.Type == "financial_restriction");
        Assert.DoesNotContain(Read.Text("Peru said the dispute had not prevented it from having good trade relations with Norway.").Measures,
            m => m.Type == "financial_restriction");
    }

    [Fact]
    public void The_ban_on_exporting_after_an_import_ban_on_the_same_state_is_that_ban()
    {
        var found = Read.Measures("Norway has extended its ban on fish imports to Peru. For Peru, the ban on exporting fish will take effect in May, the minister said.");
        Assert.Equal(["import_ban Norway>Peru enacted"], found);
        Assert.DoesNotContain(found, m => m.StartsWith("export_ban", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ban_on_exporting_with_a_destination_or_no_import_ban_before_stays_an_export_ban()
    {
        Assert.Equal(["export_ban Norway>Peru enacted", "import_ban Norway>Peru enacted"],
            Read.Measures("Norway has extended its ban on fish imports to Peru. Norway has also imposed the ban on exporting drones to Peru."));
        Assert.Contains(Read.Text("Norway sanctioned Peru on Monday. For Peru, the ban on exporting drones will take effect in May, the minister said.").Measures,
            m => m.Type == "export_ban");
    }

    [Fact]
    public void The_imposer_named_as_where_the_barred_may_not_invest_is_no_target()
    {
        Assert.Contains("investment_ban Peru>Chile enacted",
            Read.Measures("Peru has imposed sanctions on ten Chilean shipyards. The firms may no longer trade with Peru and are barred from making new investments in the country."));
        Assert.Equal(["investment_ban Peru>Chile enacted"],
            Read.Measures("Peru has imposed sanctions on ten Chilean shipyards. These companies are now barred from making new investments in Peru."));
    }

    [Fact]
    public void The_imposer_named_as_the_subject_of_the_sentence_keeps_its_role() =>
        Assert.DoesNotContain(Read.Text("Peru has imposed sanctions on ten Chilean shipyards. Peru is barred from making new investments in Bolivia by its own law.").Measures,
            m => m.Type == "investment_ban" && m.Target == "Peru");
}
