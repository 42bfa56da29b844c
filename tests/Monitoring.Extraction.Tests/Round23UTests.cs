namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 23U: a measure named with neither imposer nor target, as the subject of a verb of lasting ("But an arms embargo
/// remains", "the export ban stays in place"), is the context's measure in force, as "has been imposed" would make it.
/// A predicate noun after the verb ("remains a sore point") says nothing of the measure. Sentences written for the rule.
/// </summary>
public sealed class Round23UTests
{
    [Fact]
    public void Measure_that_remains_after_others_were_eased_is_in_force()
    {
        var found = Read.Measures("Norway first imposed sanctions on Chile in March. Many were eased last year. But an arms embargo remains.");
        Assert.Contains(found, m => m.StartsWith("arms_embargo Norway>Chile enacted", StringComparison.Ordinal));
    }

    [Fact]
    public void Measure_that_stays_in_place_is_in_force()
    {
        var found = Read.Measures("Japan imposed sanctions on Peru in June. The export ban stays in place, officials said.");
        Assert.Contains(found, m => m.StartsWith("export_ban Japan>Peru enacted", StringComparison.Ordinal));
    }

    [Fact]
    public void Measure_that_still_remains_in_force_is_in_force()
    {
        var found = Read.Measures("Canada froze the assets of Bolivian generals in April. An arms embargo still remains in force.");
        Assert.Contains(found, m => m.StartsWith("arms_embargo Canada>Bolivia enacted", StringComparison.Ordinal));
    }

    [Fact]
    public void Measure_that_remains_a_predicate_noun_gives_no_measure()
    {
        var found = Read.Measures("Japan imposed sanctions on Peru in June. The arms embargo remains a sore point.");
        Assert.DoesNotContain(found, m => m.StartsWith("arms_embargo", StringComparison.Ordinal));
    }
}
