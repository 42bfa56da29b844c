namespace Monitoring.Extraction.Tests;

/// <summary>
/// Measures of the newest stories: people on a list barred, by whatever verb, from dealing with the imposer's people.
/// One rule each, sentences written for it, each with a guard.
/// </summary>
public sealed class Round12MeasureTests
{
    [Fact]
    public void Listed_people_prevented_from_trade_relations_with_the_imposer_is_a_financial_restriction() =>
        Assert.Contains("financial_restriction Norway>Peru enacted",
            Read.Measures("Norway sanctioned three Peruvian generals. Under its law, those listed are prevented from having trade relations with Norway."));

    [Fact]
    public void Firms_kept_from_doing_business_with_the_imposer_is_a_financial_restriction() =>
        Assert.Contains("financial_restriction Norway>Peru enacted",
            Read.Measures("Norway sanctioned two Peruvian shipyards on Monday. The shipyards are now kept from doing business with Norway."));

    [Fact]
    public void The_barring_verb_gives_the_status_of_the_dealings_barred()
    {
        Assert.Contains("financial_restriction Norway>Peru enacted",
            Read.Measures("Norway sanctioned three Peruvian generals. Those named on the sanctions list are prevented from having trade relations with Norway."));
        Assert.Contains("financial_restriction Norway>Peru announced",
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
}
