namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 21A: counter-sanctions name their targets by the bloc's adjective ("reciprocal sanctions against European
/// individuals and institutions"); "European" before the people or bodies a state lists names the European Union, while
/// "European" elsewhere (the continent, its countries or firms) still names no one. Sentences written for the rule, with guards.
/// </summary>
public sealed class Round21ATests
{
    [Fact]
    public void European_individuals_are_the_bloc_as_target()
    {
        var found = Read.Measures("Norway will impose reciprocal sanctions against relevant European individuals and institutions.");
        Assert.Equal(["sanctions_general Norway>European Union announced"], found);
    }

    [Fact]
    public void European_officials_among_others_listed_are_the_bloc()
    {
        var found = Read.Measures("Norway has imposed sanctions against a number of European officials, media outlets and charities.");
        Assert.Equal(["sanctions_general Norway>European Union enacted"], found);
    }

    [Fact]
    public void European_lawmakers_beside_a_state_demonym_give_both_targets()
    {
        var found = Read.Measures("Norway imposed sanctions on British and European lawmakers.");
        Assert.Equal(["sanctions_general Norway>European Union enacted", "sanctions_general Norway>United Kingdom enacted"], found);
    }

    [Fact]
    public void European_countries_are_no_bloc()
    {
        var found = Read.Measures("Norway and other European countries imposed sanctions on Peru.");
        Assert.DoesNotContain(found, m => m.Contains("European Union", StringComparison.Ordinal));
    }

    [Fact]
    public void European_firms_are_no_bloc()
    {
        var found = Read.Measures("Norway imposed sanctions on Peruvian officials and warned European companies against trading with them.");
        Assert.DoesNotContain(found, m => m.Contains(">European Union", StringComparison.Ordinal));
    }
}
