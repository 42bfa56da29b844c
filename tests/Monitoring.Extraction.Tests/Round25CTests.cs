namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 25C: counter-sanctions. A count between the target's preposition and a bloc's officials, a member's people on an outside
/// state's list of the bloc, the measure the article's one came after, anger at a measure, the owner of a blacklist, the ban that
/// covers more states, the agent of another participle, and goods from a state kept out by a passive verb. Sentences written for the
/// rules, with guards; people invented.
/// </summary>
public sealed class Round25CTests
{
    [Fact]
    public void A_count_between_against_and_a_blocs_officials_keeps_them_aimed_at()
    {
        Assert.Equal(["sanctions_general Venezuela>European Union enacted"], Read.Measures("Venezuela has imposed sanctions against a number of EU officials."));
    }

    [Fact]
    public void Guard_a_count_of_a_blocs_officials_as_subject_is_not_aimed_at()
    {
        Assert.DoesNotContain(Read.Measures("A number of EU officials called for new sanctions on Venezuela."), m => m.Contains(">European Union", StringComparison.Ordinal));
    }

    [Fact]
    public void A_members_firms_on_an_outside_states_list_of_the_bloc_are_the_blocs()
    {
        var found = Read.Measures("Venezuela has imposed sanctions on dozens of EU officials. Two German companies were also sanctioned.");
        Assert.Equal(["sanctions_general Venezuela>European Union enacted"], found);
    }

    [Fact]
    public void Guard_a_member_named_as_a_state_stays_its_own_target()
    {
        var found = Read.Measures("Venezuela has imposed sanctions on dozens of EU officials. It also imposed sanctions on Germany.");
        Assert.Contains("sanctions_general Venezuela>Germany enacted", found);
    }

    [Fact]
    public void The_measure_the_articles_one_came_after_is_no_context_for_the_next_sentences()
    {
        var found = Read.Measures(
            "Venezuela imposed sanctions on EU and UK officials on Monday. The move came hours after the EU imposed new sanctions on Venezuela. "
            + "The sanctioned British officials include Tom Raddle and Jane Whitcombe.");
        Assert.Contains("sanctions_general European Union>Venezuela enacted", found);
        Assert.DoesNotContain(found, m => m.Contains("European Union>United Kingdom", StringComparison.Ordinal));
    }

    [Fact]
    public void Who_is_angry_at_a_blacklist_does_not_impose_it()
    {
        var found = Read.Text("Venezuela has barred 40 EU politicians from entering Venezuela.", "EU anger at unjustified Venezuelan travel blacklist").Measures;
        Assert.DoesNotContain(found, m => m.Imposer == "European Union");
    }

    [Fact]
    public void A_demonym_before_a_blacklist_names_its_owner()
    {
        Assert.Equal(["sanctions_general Venezuela>European Union enacted"], Read.Measures("The Venezuelan blacklist targets 40 EU politicians."));
    }

    [Fact]
    public void The_ban_that_covered_more_states_is_aimed_at_each()
    {
        var found = Read.Measures(
            "Venezuela has banned food imports from Chile. The ban, which runs until next year, previously covered Peru, Bolivia and the 27 member states of the European Union.");
        Assert.Equal(
            ["import_ban Venezuela>Bolivia enacted", "import_ban Venezuela>Chile enacted", "import_ban Venezuela>European Union enacted", "import_ban Venezuela>Peru enacted"],
            found);
    }

    [Fact]
    public void Guard_a_ban_criticised_by_a_state_does_not_cover_it()
    {
        var found = Read.Measures("Venezuela has banned food imports from Chile. The ban was criticised by Peru.");
        Assert.Equal(["import_ban Venezuela>Chile enacted"], found);
    }

    [Fact]
    public void The_agent_of_another_participle_does_not_impose_the_measure_after_it()
    {
        var found = Read.Measures(
            "Venezuela has banned food imports from Chile. If no deal brokered by the European Union is reached, a food embargo for Peru will come into force.");
        Assert.DoesNotContain(found, m => m.Contains("European Union>", StringComparison.Ordinal));
    }

    [Fact]
    public void Goods_from_a_state_that_will_be_prohibited_are_an_announced_import_ban()
    {
        var found = Read.Measures("An official said that from Chile, all products that are made there and brought to Venezuela will be prohibited.");
        Assert.Equal(["import_ban Venezuela>Chile announced"], found);
    }

    [Fact]
    public void Guard_goods_from_a_state_that_will_not_be_prohibited_are_no_ban()
    {
        Assert.Empty(Read.Measures("An official said that products from Chile brought to Venezuela will not be prohibited."));
    }

    [Fact]
    public void Guard_goods_from_a_state_named_without_a_verb_of_barring_are_no_ban()
    {
        Assert.Empty(Read.Measures("Products from Chile brought to Venezuela are popular this year."));
    }
}
