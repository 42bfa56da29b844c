namespace Monitoring.Extraction.Tests;

/// <summary>
/// The wording of counter-sanctions and of sanctions on an ally: a state named as the other side of a sale or purchase
/// given as the reason, a bloc's name that only says what the state after it is, a list of goods between a trade cue and
/// its states, what a ban "covers", a second predicate after a relative clause, the agent of a ban's participle,
/// imports and exports barred together, talks stopped or to be ended, food embargoes and the states added to them, an
/// arms export ban, access to finance limited, a crisis given as the reason, a state modifying another measure's word,
/// those on the list as the subject, a government body before "which", the aside "(if any)", a law's title or a heading
/// after a state's possessive, firms listed with a generic word in their names, two-word firm names beside a firm noun,
/// people no longer allowed to travel into a state, and tariffs that will be raised. One
/// rule each, sentences written for it.
/// </summary>
public sealed class Round10StoriesTests
{
    [Theory]
    [InlineData("Peru imposed sanctions on two Chilean shipyards over their sales of patrol boats to Ecuador.")]
    [InlineData("Peru imposed sanctions on two Chilean shipyards in response to the latest arms sales to Ecuador.")]
    [InlineData("Peru imposed sanctions on two Chilean shipyards for their involvement in the sale of weapons to Ecuador.")]
    public void A_state_buying_in_a_sale_given_as_the_reason_is_not_aimed_at(string sentence)
    {
        var found = Read.Measures(sentence);
        Assert.Equal(["sanctions_general Peru>Chile enacted"], found);
        Assert.DoesNotContain(found, m => m.Contains(">Ecuador", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Peru sanctioned Chile's navy over its purchase of a Bolivian radar system.")]
    [InlineData("Peru sanctioned Chile's navy for the purchase of radar systems from Bolivia.")]
    public void A_state_selling_in_a_purchase_given_as_the_reason_is_not_aimed_at(string sentence) =>
        Assert.DoesNotContain(Read.Measures(sentence), m => m.Contains(">Bolivia", StringComparison.Ordinal));

    [Theory]
    [InlineData("Peru imposed a ban on arms sales to Ecuador.")]
    [InlineData("Peru banned the sale of weapons to Ecuador.")]
    public void A_sale_the_measure_stops_still_names_its_target(string sentence) =>
        Assert.Equal(["arms_embargo Peru>Ecuador enacted"], Read.Measures(sentence));

    [Fact]
    public void A_blocs_name_before_ally_only_says_what_the_state_is()
    {
        var found = Read.Measures("Canada imposed sanctions on its NATO ally Hungary on Friday.");
        Assert.Equal(["sanctions_general Canada>Hungary enacted"], found);
        Assert.DoesNotContain(found, m => m.Contains(">NATO", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bloc_aimed_at_on_its_own_stays_the_target() =>
        Assert.Contains(Read.Text("Russia imposed sanctions on NATO on Friday.").Measures, m => m.Imposer == "Russia" && m.Target == "NATO");

    [Theory]
    [InlineData("Peru banned imports of beef, pork and cheese from Chile and Bolivia.")]
    [InlineData("Peru banned some farm goods on Monday. The ban covers all imports of beef, pork and cheese from Chile and Bolivia.")]
    public void A_list_of_goods_does_not_end_the_trade_phrase_before_its_states(string text)
    {
        var found = Read.Measures(text);
        Assert.Equal(["import_ban Peru>Bolivia enacted", "import_ban Peru>Chile enacted"], found);
    }

    [Fact]
    public void Exports_of_a_list_of_goods_go_to_the_state_after_to() =>
        Assert.Equal(["export_ban Japan>China enacted"], Read.Measures("Japan banned exports of chips, lasers and sensors to China."));

    [Fact]
    public void What_a_ban_covers_is_in_force_whoever_announced_it() =>
        Assert.Equal(["import_ban Peru>Bolivia enacted"],
            Read.Measures("Peru banned some farm goods on Monday. The ban, announced by the minister on television, covers all imports of beef, pork and cheese from Bolivia."));

    [Fact]
    public void A_proposed_ban_that_covers_goods_is_not_in_force() =>
        Assert.DoesNotContain(Read.Text("Peru will ban some farm goods. The proposed ban covers all imports of beef, pork and cheese from Bolivia.").Measures,
            m => m.Status == "enacted");

    [Fact]
    public void The_subject_before_a_closed_relative_clause_acts_in_the_predicate_after_it()
    {
        var found = Read.Measures("Peru and Chile have accused Bolivia, which seized Ecuador's border posts, of arming rebels, and have sanctioned its firms.");
        Assert.Equal(["sanctions_general Chile>Bolivia enacted", "sanctions_general Peru>Bolivia enacted"], found);
        Assert.DoesNotContain(found, m => m.StartsWith("sanctions_general Ecuador", StringComparison.Ordinal));
    }

    [Fact]
    public void The_agent_of_a_bans_participle_imposes_it() =>
        Assert.Equal(["import_ban Peru>Bolivia enacted", "sanctions_general Chile>Bolivia enacted"],
            Read.Measures("Chile imposed sanctions on Bolivia on Monday. The ban, announced by Peruvian Prime Minister Ana Torres on television, covers all imports of beef, pork and cheese from Bolivia."));

    [Fact]
    public void A_speaker_still_yields_to_the_imposer_of_the_story() =>
        Assert.DoesNotContain(Read.Text("Chile imposed sanctions on Bolivia on Monday. The new sanctions were stronger, Peruvian Prime Minister Ana Torres said.").Measures,
            m => m.Imposer == "Peru");

    [Theory]
    [InlineData("Peru barred three Chilean firms from engaging in import and export activities related to Peru.")]
    [InlineData("Peru barred three Chilean firms from engaging in export and import activities.")]
    [InlineData("Peru banned three Chilean firms from imports and exports related to Peru.")]
    public void Imports_and_exports_barred_together_are_both_bans(string sentence)
    {
        var found = Read.Measures(sentence);
        Assert.Equal(["export_ban Peru>Chile enacted", "import_ban Peru>Chile enacted"], found);
    }

    [Fact]
    public void A_targets_own_exports_banned_alone_stay_an_import_ban() =>
        Assert.Equal(["import_ban Peru>Chile enacted"], Read.Measures("Peru banned Chile's exports."));

    [Fact]
    public void Trade_named_with_no_restriction_is_no_measure() =>
        Assert.Empty(Read.Text("Peru praised the exports and imports of Chile.").Measures);

    [Fact]
    public void Stopping_negotiations_with_a_state_is_diplomatic() =>
        Assert.Equal(["diplomatic Peru>Chile announced"], Read.Measures("Peru said it will stop negotiations on a free trade deal with Chile."));

    [Fact]
    public void Talks_to_be_ended_after_a_long_subject_are_announced() =>
        Assert.Equal(["diplomatic Peru>Chile announced", "sanctions_general Peru>Chile enacted"],
            Read.Measures("Peru imposed sanctions on Chile on Monday. Talks on a planned $5 billion trade deal with Chile will be terminated next month."));

    [Fact]
    public void Talks_held_to_stop_a_war_are_no_measure() =>
        Assert.DoesNotContain(Read.Text("Peru held talks with Chile to stop the fighting.").Measures, m => m.Type == "diplomatic");

    [Theory]
    [InlineData("Peru has imposed a food embargo on Chile.")]
    [InlineData("In response, Peru imposed an embargo on Chilean agricultural produce and dairy.")]
    public void An_embargo_on_food_is_an_import_ban(string sentence) =>
        Assert.Equal(["import_ban Peru>Chile enacted"], Read.Measures(sentence));

    [Fact]
    public void An_embargo_with_no_goods_stays_general() =>
        Assert.Equal(["sanctions_general Peru>Chile enacted"], Read.Measures("Peru has kept its embargo on Chile for decades."));

    [Fact]
    public void The_states_after_a_colon_are_the_countries_counted_before_it()
    {
        var found = Read.Measures("Peru has extended its food embargo to three countries: Chile, Bolivia and Ecuador.");
        Assert.Equal(["import_ban Peru>Bolivia enacted", "import_ban Peru>Chile enacted", "import_ban Peru>Ecuador enacted"], found);
    }

    [Fact]
    public void The_states_added_to_a_list_of_countries_a_ban_defines_are_aimed_at()
    {
        var found = Read.Measures("Peru has added Chile and Bolivia to the list of countries from which it has banned meat imports.");
        Assert.Equal(["import_ban Peru>Bolivia enacted", "import_ban Peru>Chile enacted"], found);
    }

    [Fact]
    public void An_arms_export_ban_is_an_arms_embargo_only() =>
        Assert.Equal(["arms_embargo Peru>Chile enacted"], Read.Measures("Peru imposed an arms export ban on Chile."));

    [Fact]
    public void Limited_access_to_finance_is_a_financial_restriction() =>
        Assert.Equal(["financial_restriction Peru>Chile enacted", "sanctions_general Peru>Chile enacted"], Read.Measures("Peru's sanctions on Chile include limited access to finance for Chilean banks."));

    [Fact]
    public void A_crisis_given_as_the_reason_names_no_party() =>
        Assert.DoesNotContain(Read.Text("Peru imposed sanctions on Chile over the crisis in Bolivia.").Measures, m => m.Target == "Bolivia" || m.Imposer == "Bolivia");

    [Fact]
    public void A_state_modifying_another_measures_word_is_not_the_next_ones_target()
    {
        var found = Read.Measures("Peru imposed sanctions on Chile's navy. The sanctions include a ban on all Peruvian export licences to the navy and an asset freeze on its commander, Admiral Juan Soto.");
        Assert.Equal(["asset_freeze Peru>Chile enacted", "export_ban Peru>Chile enacted", "sanctions_general Peru>Chile enacted"], found);
    }

    [Theory]
    [InlineData("Peru imposed sanctions on Chile's navy and on its commander. Those on the sanctions list face the blocking of their property.")]
    [InlineData("Peru imposed sanctions on Chile's navy and on its commander. Under the law, those sanctioned face the blocking of their property (if any).")]
    public void Those_on_the_list_are_the_ones_listed_before(string text) =>
        Assert.Equal(["asset_freeze Peru>Chile enacted", "sanctions_general Peru>Chile enacted"], Read.Measures(text));

    [Fact]
    public void Those_who_oppose_are_not_the_listed() =>
        Assert.DoesNotContain(Read.Text("Peru imposed sanctions on Chile. Those who oppose the plan face fines.").Measures, m => m.Type == "asset_freeze");

    [Fact]
    public void A_states_government_body_before_which_imposes_what_the_clause_says() =>
        Assert.Equal(["travel_ban Chile>Peru enacted"],
            Read.Measures("Peru was hit with retaliation from Chile's foreign ministry, which imposed travel bans on ten Peruvian officials."));

    [Fact]
    public void A_real_condition_still_makes_a_measure_considered() =>
        Assert.Equal(["asset_freeze Peru>Chile considered"], Read.Measures("Peru will freeze the assets of Chilean officials if the talks fail."));

    [Fact]
    public void A_state_whose_deal_is_given_as_the_reason_is_not_aimed_at()
    {
        var found = Read.Measures("Peru imposed sanctions on three Chilean firms in response to U.S. arms sales to Bolivia.");
        Assert.Equal(["sanctions_general Peru>Chile enacted"], found);
    }

    [Fact]
    public void A_state_named_before_a_deal_the_measure_stops_is_still_there() =>
        Assert.Equal(["arms_embargo Peru>Chile enacted"], Read.Measures("Peru banned arms sales to Chile over Chile's border raids."));

    [Theory]
    [InlineData("The measures fall under the Protecting Peru's Coastal Waters Through Trade Act of 2019.", "Coastal Waters")]
    [InlineData("Peru's Last Warning: What The Sanctions Mean For Chile", "Last Warning")]
    public void A_laws_title_or_a_heading_after_a_possessive_is_no_person(string text, string notAPerson) =>
        Assert.DoesNotContain(Read.ActorNames(Read.Text(text), ActorKind.Person), n => n.Contains(notAPerson, StringComparison.Ordinal));

    [Fact]
    public void A_states_own_person_after_its_possessive_is_still_found() =>
        Assert.Contains("Ana Torres", Read.ActorNames(Read.Text("Peru's Ana Torres said the sanctions would hurt Chile.")));

    [Fact]
    public void Firms_listed_with_a_generic_word_in_their_names_are_found()
    {
        var names = Read.ActorNames(Read.Text("Peru will sanction Chilean companies such as Andorvia Defense, Quelpa Dynamics and Tramonte."));
        Assert.Contains("Andorvia Defense", names);
        Assert.Contains("Quelpa Dynamics", names);
        Assert.Contains("Tramonte", names);
    }

    [Fact]
    public void A_list_of_generic_words_names_no_firm() =>
        Assert.Empty(Read.ActorNames(Read.Text("Sanctioned entities include the Central Bank, the Foreign Ministry and the Navy."), ActorKind.Organization));

    [Theory]
    [InlineData("Peruvian defence giant Andorvia Quelpa is the main supplier for the deal.")]
    [InlineData("Chile named the contractor, Andorvia Quelpa, in its statement.")]
    public void A_two_word_name_beside_a_firm_noun_is_a_firm(string sentence) =>
        Assert.Contains("Andorvia Quelpa", Read.ActorNames(Read.Text(sentence), ActorKind.Organization));

    [Fact]
    public void A_persons_name_beside_a_firm_noun_stays_a_person() =>
        Assert.DoesNotContain("Maria Lopez", Read.ActorNames(Read.Text("The company's founder, Maria Lopez, said the sanctions would hurt Peru."), ActorKind.Organization));

    [Theory]
    [InlineData("Peru has released a list of 40 Chilean politicians that are no longer allowed to travel into Peru.", new[] { "travel_ban Peru>Chile enacted" })]
    [InlineData("Peru has released a list of 40 Chilean politicians who are not allowed to enter Peru.", new[] { "travel_ban Peru>Chile enacted" })]
    [InlineData("Peru imposed sanctions on Chile. Ten Chilean officials who visited Bolivia are no longer allowed to travel to Peru.",
        new[] { "sanctions_general Peru>Chile enacted", "travel_ban Peru>Chile enacted" })]
    public void People_not_allowed_to_travel_into_a_state_are_kept_out_by_it(string text, string[] expected)
    {
        var found = Read.Measures(text);
        Assert.Equal(expected, found);
        Assert.DoesNotContain(found, m => m.StartsWith("travel_ban Bolivia", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_clause_on_people_with_no_measure_names_none() =>
        Assert.Empty(Read.Text("Peru praised ten Chilean officials who helped the talks.").Measures);

    [Fact]
    public void Tariffs_that_will_be_raised_go_on_about_the_measures_before() =>
        Assert.Equal(["sanctions_general Peru>Chile enacted", "trade_status Peru>Chile announced"],
            Read.Measures("Peru imposed sanctions on Chile on Monday. The minister added that copper tariffs will again be raised to 40%."));

    [Theory]
    [InlineData("Peru imposed sanctions on Chile on Monday. Copper tariffs were lowered in May.")]
    [InlineData("Peru imposed sanctions on Chile on Monday. Copper tariffs will be studied next year.")]
    public void Tariffs_not_raised_are_no_new_measure(string text) =>
        Assert.DoesNotContain(Read.Text(text).Measures, m => m.Type == "trade_status");
}
