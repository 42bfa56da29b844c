namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 23A: a state reacting to another's measure ("anger as …", "hits back at", "protests", "blasts … over",
/// "summoned the ambassador over") is not its imposer; "as" after a noun of reaction opens the acting state's clause.
/// A state that acts itself ("retaliated with a ban") still imposes. Sentences written for the rule, with guards.
/// </summary>
public sealed class Round23ATests
{
    [Fact]
    public void Anger_as_another_imposes_names_the_other()
    {
        var found = Read.Measures("Peru anger as Chile imposes sanctions on Peruvian officials.");
        Assert.Equal(["sanctions_general Chile>Peru enacted"], found);
        Assert.DoesNotContain(found, m => m.Contains(" Peru>", StringComparison.Ordinal));
    }

    [Fact]
    public void Anger_as_another_imposes_on_its_fleet_is_not_the_angry_state_imposing()
    {
        var found = Read.Measures("Peru anger as Chile imposes sanctions on its fishing fleet.");
        Assert.DoesNotContain(found, m => m.Contains(" Peru>", StringComparison.Ordinal));
    }

    [Fact]
    public void Outrage_in_a_state_as_another_bans()
    {
        var found = Read.Measures("Outrage in Peru as Chile bans its fruit imports.");
        Assert.DoesNotContain(found, m => m.Contains(" Peru>", StringComparison.Ordinal));
    }

    [Fact]
    public void Hitting_back_at_sanctions_imposes_nothing()
    {
        var found = Read.Measures("Peru hits back at Chile sanctions.");
        Assert.DoesNotContain(found, m => m.Contains(" Peru>", StringComparison.Ordinal));
    }

    [Fact]
    public void Protesting_an_export_ban_imposes_nothing()
    {
        var found = Read.Measures("Peru protests Chile's export ban.");
        Assert.DoesNotContain(found, m => m.Contains(" Peru>", StringComparison.Ordinal));
    }

    [Fact]
    public void Summoning_an_ambassador_over_sanctions_imposes_nothing()
    {
        var found = Read.Measures("Peru summoned the Chilean ambassador over the new sanctions.");
        Assert.DoesNotContain(found, m => m.Contains(" Peru>", StringComparison.Ordinal));
    }

    [Fact]
    public void Blasting_a_state_over_sanctions_imposes_nothing()
    {
        var found = Read.Measures("Peru blasts Chile over sanctions on its oil firms.");
        Assert.DoesNotContain(found, m => m.Contains(" Peru>", StringComparison.Ordinal));
    }

    [Fact]
    public void Retaliating_with_a_ban_is_the_states_own_measure()
    {
        var found = Read.Measures("Peru retaliated with a ban on Chile's imports.");
        Assert.Contains(found, m => m.Contains(" Peru>Chile", StringComparison.Ordinal));
    }

    [Fact]
    public void Protesting_something_else_keeps_the_imposer()
    {
        var found = Read.Measures("Peru protested the arrest of its diplomats and imposed sanctions on Chile.");
        Assert.Equal(["sanctions_general Peru>Chile enacted"], found);
    }

    [Fact]
    public void As_well_as_is_no_clause()
    {
        var found = Read.Measures("Peru imposed sanctions on Chile as well as Bolivia.");
        Assert.Equal(["sanctions_general Peru>Bolivia enacted", "sanctions_general Peru>Chile enacted"], found);
    }

    [Fact]
    public void Protests_as_another_imposes_on_a_third_state()
    {
        var found = Read.Measures("Peru protests as Chile imposes an arms embargo on Bolivia.");
        Assert.Equal(["arms_embargo Chile>Bolivia enacted"], found);
        Assert.DoesNotContain(found, m => m.Contains(" Peru>", StringComparison.Ordinal));
    }
}
