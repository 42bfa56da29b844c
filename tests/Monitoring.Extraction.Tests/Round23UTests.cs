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
        Assert.Equal(["export_ban Japan>Peru enacted", "sanctions_general Japan>Peru enacted"], found);
    }

    [Fact]
    public void Measure_that_still_remains_in_force_is_in_force()
    {
        var found = Read.Measures("Canada froze the assets of Bolivian generals in April. An arms embargo still remains in force.");
        Assert.Equal(["arms_embargo Canada>Bolivia enacted", "asset_freeze Canada>Bolivia enacted"], found);
    }

    [Fact]
    public void Measure_that_remains_a_predicate_noun_gives_no_measure()
    {
        var found = Read.Measures("Japan imposed sanctions on Peru in June. The arms embargo remains a sore point.");
        Assert.DoesNotContain(found, m => m.StartsWith("arms_embargo", StringComparison.Ordinal));
    }
}

/// <summary>
/// Round 23U: "both countries imposed sanctions on each other" after a sentence naming two states ("tensions between Oslo
/// and Santiago") are each state's sanctions on the other. Without two states named, "each other" gives no pair.
/// </summary>
public sealed class Round23UEachOtherTests
{
    [Fact]
    public void Sanctions_on_each_other_after_two_states_are_each_on_the_other()
    {
        var found = Read.Measures("The ban is the latest turn in the feud between Norway and Chile. A fishing dispute last year saw both countries impose sanctions on each other.");
        Assert.Equal(["sanctions_general Chile>Norway enacted", "sanctions_general Norway>Chile enacted"], found);
    }

    [Fact]
    public void Sanctions_against_one_another_in_the_same_sentence_are_each_on_the_other()
    {
        var found = Read.Measures("Peru and Bolivia have imposed sanctions against one another since the border clash.");
        Assert.Equal(["sanctions_general Bolivia>Peru enacted", "sanctions_general Peru>Bolivia enacted"], found);
    }

    [Fact]
    public void Each_other_without_two_states_gives_no_pair()
    {
        var found = Read.Measures("Canada announced new measures on Tuesday. The two rival factions imposed sanctions on each other.");
        Assert.DoesNotContain(found, m => m.StartsWith("sanctions_general", StringComparison.Ordinal));
    }
}
