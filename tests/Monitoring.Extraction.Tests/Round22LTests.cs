namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 22L: the status words of alerts. A contraction is one token ("we'll", "didn’t"), so "'ll" and a curly "n’t"
/// were never read; "studies" is a verb of weighing like "is studying"; and a sentence that goes on in a list item's
/// line does not end the list, whose lead ("will include:") still sets the later items' status. A copy that strips the
/// dots of "U.S." and "U.K." keeps the letters apart ("joins U S and EU"): the two letters still name the state.
/// A state that "confirms" sanctions announces them (the present tense of headlines; "confirmed" stays a word of reporting).
/// Goods banned as those "that could boost" a state's programme are aimed at that state.
/// Sentences written for the rules, with guards.
/// </summary>
public sealed class Round22LTests
{
    [Fact]
    public void A_contracted_will_announces()
    {
        var found = Read.Measures("Chile said it'll impose sanctions on Peru.");
        Assert.Equal(["sanctions_general Chile>Peru announced"], found);
    }

    [Fact]
    public void A_contracted_will_with_a_curly_apostrophe_announces()
    {
        var found = Read.Measures("Norway says it’ll impose an asset freeze on Peruvian officials.");
        Assert.Equal(["asset_freeze Norway>Peru announced"], found);
    }

    [Fact]
    public void A_contracted_negation_with_a_curly_apostrophe_denies()
    {
        var found = Read.Measures("Chile didn’t impose sanctions on Peru.");
        Assert.DoesNotContain(found, m => m.StartsWith("sanctions_general Chile>Peru", StringComparison.Ordinal));
    }

    [Fact]
    public void Studies_in_a_headline_is_considering()
    {
        var found = Read.Measures("Norway studies sanctions on Peru over election fraud");
        Assert.Equal(["sanctions_general Norway>Peru considered"], found);
    }

    [Fact]
    public void Studied_before_an_act_of_its_own_leaves_the_act_in_force()
    {
        var found = Read.Measures("Norway studied the reports before it imposed sanctions on Peru.");
        Assert.Equal(["sanctions_general Norway>Peru enacted"], found);
    }

    [Fact]
    public void A_possessive_stays_no_contraction()
    {
        var found = Read.Measures("Chile's sanctions on Peru took effect on Monday.");
        Assert.Equal(["sanctions_general Chile>Peru enacted"], found);
    }

    [Fact]
    public void A_sentence_going_on_in_an_item_keeps_the_planned_lead()
    {
        var found = Read.Measures(
            "Norway's new package of sanctions against Peru will include:\n"
            + "- A ban on oil imports from Peru. The ban will halve the oil Peru sells abroad.\n"
            + "- An asset freeze on Peruvian officials.\n"
            + "- The extension of export bans to Peru.");
        Assert.Equal(["asset_freeze Norway>Peru announced", "export_ban Norway>Peru announced", "import_ban Norway>Peru announced", "sanctions_general Norway>Peru announced"], found);
    }

    [Fact]
    public void A_new_line_without_a_bullet_ends_the_list()
    {
        var found = Read.Measures(
            "Norway's new package of sanctions against Peru will include:\n"
            + "- A ban on oil imports from Peru.\n"
            + "Norway has already imposed these measures:\n"
            + "- An asset freeze on Peruvian officials.");
        Assert.Equal(["asset_freeze Norway>Peru enacted", "import_ban Norway>Peru announced", "sanctions_general Norway>Peru announced"], found);
    }

    [Fact]
    public void Stripped_dots_of_US_still_name_the_state_joined()
    {
        var found = Read.Measures("Chile joins U S and EU in banning chip exports to Peru");
        Assert.Equal(["export_ban Chile>Peru enacted", "export_ban European Union>Peru enacted", "export_ban United States>Peru enacted"], found);
    }

    [Fact]
    public void Stripped_dots_of_UK_still_name_the_state()
    {
        var found = Read.Measures("The U K and Chile froze the assets of Peruvian generals.");
        Assert.Equal(["asset_freeze Chile>Peru enacted", "asset_freeze United Kingdom>Peru enacted"], found);
    }

    [Fact]
    public void A_lone_capital_U_names_no_state()
    {
        var found = Read.Text("Chile made a U turn on its sanctions against Peru.");
        Assert.DoesNotContain("United States", Read.ActorNames(found));
    }

    [Fact]
    public void Goods_that_could_boost_a_states_programme_aim_at_the_state()
    {
        var found = Read.Measures("The UN Security Council banned the sale of technology that could boost Chile's missile programme.");
        Assert.Equal(["export_ban UN Security Council>Chile enacted"], found);
    }

    [Fact]
    public void Buying_and_selling_goods_that_would_help_a_state_are_both_bans()
    {
        var found = Read.Measures("Norway backed a UN resolution, which was adopted on Friday, banning the buying and selling of parts that would help Chile's army.");
        Assert.Contains(found, m => m.StartsWith("import_ban UN Security Council>Chile", StringComparison.Ordinal));
        Assert.Contains(found, m => m.StartsWith("export_ban UN Security Council>Chile", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_in_a_relative_clause_of_saying_is_not_aimed_at()
    {
        var found = Read.Measures("Norway banned exports of drones that Chile says are harmless.");
        Assert.DoesNotContain(found, m => m.Contains(">Chile", StringComparison.Ordinal));
    }

    [Fact]
    public void Aiding_after_the_target_adds_no_target()
    {
        var found = Read.Measures("Norway banned the sale of arms to Peru, which could help Chile's rivals.");
        Assert.Contains(found, m => m.Contains("Norway>Peru", StringComparison.Ordinal));
        Assert.DoesNotContain(found, m => m.Contains(">Chile", StringComparison.Ordinal));
    }

    [Fact]
    public void Confirms_announces()
    {
        var found = Read.Measures("Chile confirms sanctions on Peru. Officials said the details would follow.");
        Assert.Equal(["sanctions_general Chile>Peru announced"], found);
    }

    [Fact]
    public void Confirmed_as_reporting_leaves_a_measure_in_force()
    {
        var found = Read.Measures("The ministry confirmed the asset freeze on Peruvian generals by Chile took effect on Monday.");
        Assert.Equal(["asset_freeze Chile>Peru enacted"], found);
    }
}
