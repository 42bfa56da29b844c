namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 22M: a UN Security Council resolution aimed at a state is the Council's sanctions on it ("in step with a Security
/// Council resolution against Lima", "the steps follow a Security Council resolution adopted in May after Peru refused …").
/// A resolution that demands something, or one a state broke, gives no measure. Sentences written for the rule, with guards.
/// </summary>
public sealed class Round22MTests
{
    [Fact]
    public void Council_resolution_against_a_state_is_its_sanctions()
    {
        var found = Read.Measures("Chile froze the assets of three Peruvian banks. The decision is in step with a U.N. Security Council resolution against Lima.");
        Assert.Equal(["asset_freeze Chile>Peru enacted", "sanctions_general UN Security Council>Peru enacted"], found);
    }

    [Fact]
    public void Council_resolution_adopted_after_a_state_acted_beside_measures_is_its_sanctions()
    {
        var found = Read.Measures("Chile announced new sanctions on Peru on Monday. The fresh measures follow a UN Security Council resolution adopted in May after Peru refused to halt its missile tests.");
        Assert.Equal(["sanctions_general Chile>Peru announced", "sanctions_general UN Security Council>Peru enacted"], found);
    }

    [Fact]
    public void Sentences_after_a_council_resolution_stay_with_the_state_that_acts()
    {
        var found = Read.Measures("Chile will freeze the assets of Peruvian banks. The move is in line with a UN Security Council resolution against Lima. "
            + "Two Peruvian shipping firms were on the list of those subject to the asset freeze.");
        Assert.DoesNotContain(found, m => m.StartsWith("asset_freeze UN Security Council", StringComparison.Ordinal));
        Assert.Contains(found, m => m.StartsWith("asset_freeze Chile>Peru", StringComparison.Ordinal));
    }

    [Fact]
    public void Council_resolution_that_demands_gives_no_measure()
    {
        var found = Read.Measures("Chile is weighing new sanctions on Peru after a UN Security Council resolution demanded a halt to its missile tests.");
        Assert.DoesNotContain(found, m => m.Contains("UN Security Council>", StringComparison.Ordinal));
    }

    [Fact]
    public void Council_resolution_adopted_without_measures_gives_no_measure()
    {
        var found = Read.Measures("A UN Security Council resolution adopted in May after Peru shelled the border called for a ceasefire.");
        Assert.DoesNotContain(found, m => m.Contains("UN Security Council>", StringComparison.Ordinal));
    }

    [Fact]
    public void Measures_taken_to_implement_a_council_resolution_are_the_implementing_state_s()
    {
        var found = Read.Measures("Chile will freeze the assets of 12 Peruvian firms named in a UN sanctions resolution, officials said. "
            + "Other steps the government approved to implement UN Security Council Resolution 2101 include banning arms and items linked to Peru's missile work.");
        Assert.Contains(found, m => m.StartsWith("arms_embargo Chile>Peru", StringComparison.Ordinal));
        Assert.DoesNotContain(found, m => m.StartsWith("arms_embargo UN Security Council", StringComparison.Ordinal));
    }

    [Fact]
    public void The_council_banning_arms_itself_stays_the_imposer()
    {
        var found = Read.Measures("Chile will freeze the assets of 12 Peruvian firms, officials said. "
            + "The UN Security Council voted on Friday to ban arms sales to Peru.");
        Assert.Equal(["arms_embargo UN Security Council>Peru enacted", "asset_freeze Chile>Peru announced"], found);
    }

    [Fact]
    public void A_listing_by_a_resolution_named_in_passing_does_not_carry_to_the_next_sentence()
    {
        var found = Read.Measures("Chile will freeze the assets of 12 Peruvian firms designated by a UN sanctions resolution, officials said. "
            + "Other steps the government approved include banning weapons and items linked to Peru's missile work.");
        Assert.Equal(["arms_embargo Chile>Peru enacted", "asset_freeze Chile>Peru announced", "sanctions_general UN Security Council>Peru enacted"], found);
    }

    [Fact]
    public void A_listing_by_a_state_still_carries()
    {
        var found = Read.Measures("Chile froze the assets of 12 Peruvian firms designated by its foreign ministry. "
            + "It also banned weapons sales to Peru.");
        Assert.Equal(["arms_embargo Chile>Peru enacted", "asset_freeze Chile>Peru enacted"], found);
    }

    [Fact]
    public void These_listed_people_are_the_states_of_those_just_listed()
    {
        var found = Read.Measures("Peru announced sanctions on 12 Chilean and Bolivian individuals and entities on Monday. "
            + "Peruvian agencies will block the transactions of these individuals and entities within the national banking system.");
        Assert.Equal(["financial_restriction Peru>Bolivia announced", "financial_restriction Peru>Chile announced"], found);
    }

    [Fact]
    public void These_measures_are_no_listed_people()
    {
        var found = Read.Measures("Peru announced sanctions on 12 Chilean and Bolivian individuals and entities on Monday. "
            + "Bankers said the transactions were not affected by these measures.");
        Assert.DoesNotContain(found, m => m.StartsWith("financial_restriction", StringComparison.Ordinal));
    }
}
