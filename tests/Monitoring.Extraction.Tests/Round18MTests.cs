namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 18M: a firm named as a partner, investor, shareholder, customer or operator of the one a measure aims at is not
/// aimed at, and nor is its state; a possessive before a trade status ("Peru's most-favoured-nation status") names its holder,
/// and removing that status is the measure, not its lifting. Sentences written for each rule, each with a guard.
/// </summary>
public sealed class Round18MTests
{
    [Fact]
    public void A_partner_firm_named_after_the_target_is_no_target()
    {
        var found = Read.Measures("Norway imposed sanctions on Peru's state oil firm, a joint venture partner in two gas fields with Chevron and Mitsubishi.");
        Assert.Contains(found, m => m.StartsWith("sanctions_general Norway>Peru", StringComparison.Ordinal));
        Assert.DoesNotContain(found, m => m.Contains(">United States", StringComparison.Ordinal));
        Assert.DoesNotContain(found, m => m.Contains(">Japan", StringComparison.Ordinal));
    }

    [Fact]
    public void An_investor_of_the_target_is_no_target()
    {
        var found = Read.Measures("Norway imposed sanctions on a Peruvian mining firm, the main customer of Mitsubishi in the region.");
        Assert.DoesNotContain(found, m => m.Contains(">Japan", StringComparison.Ordinal));
    }

    [Fact]
    public void Firms_named_as_the_object_stay_targets()
    {
        var found = Read.Measures("Norway imposed sanctions on Chevron and Mitsubishi.");
        Assert.Contains(found, m => m.StartsWith("sanctions_general Norway>United States", StringComparison.Ordinal));
        Assert.Contains(found, m => m.StartsWith("sanctions_general Norway>Japan", StringComparison.Ordinal));
    }

    [Fact]
    public void A_firm_described_as_a_partner_stays_the_target()
    {
        var found = Read.Measures("Norway imposed sanctions on Chevron, a partner of a Peruvian oil firm.");
        Assert.Contains(found, m => m.StartsWith("sanctions_general Norway>United States", StringComparison.Ordinal));
    }

    [Fact]
    public void A_possessive_before_a_trade_status_names_its_holder()
    {
        var found = Read.Measures("Norway revoked Peru's most-favoured-nation status.");
        Assert.Equal(["trade_status Norway>Peru enacted"], found);
    }

    [Fact]
    public void A_possessive_before_tariffs_still_names_the_imposer()
    {
        var found = Read.Measures("Norway's tariffs on Peruvian salmon rose.");
        Assert.DoesNotContain(found, m => m.StartsWith("trade_status Peru>", StringComparison.Ordinal));
        Assert.Contains(found, m => m.StartsWith("trade_status Norway>Peru", StringComparison.Ordinal));
    }

    [Fact]
    public void Removing_a_trade_status_is_the_measure()
    {
        var found = Read.Measures("Norway is preparing to remove Peru's most favored nation status.");
        Assert.Equal(["trade_status Norway>Peru announced"], found);
    }

    [Fact]
    public void Removing_a_travel_ban_stays_a_lifting()
    {
        var found = Read.Measures("Norway is preparing to remove the travel ban on Peru.");
        Assert.Equal(["travel_ban Norway>Peru lifted"], found);
    }
}
