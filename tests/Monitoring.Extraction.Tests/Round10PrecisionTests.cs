namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 10: who is aimed at after a fronted "Among …" phrase and a count shared out over places, and states that are
/// helped, quoted or only spoken of, which no measure aims at. One rule each, sentences written for it, with a guard.
/// </summary>
public sealed class Round10PrecisionTests
{
    [Fact]
    public void Firms_listed_after_an_among_phrase_with_its_reason_stand_for_their_states()
    {
        var found = Read.Measures("Norway announced sanctions on Monday. Among the firms sanctioned for helping the Russian navy are three based in Laos, two in Peru, and one each in Chile and Ghana.");
        Assert.Equal(["sanctions_general Norway>Chile enacted", "sanctions_general Norway>Ghana enacted", "sanctions_general Norway>Laos enacted", "sanctions_general Norway>Peru enacted"], found);
    }

    [Fact]
    public void A_reason_clause_without_an_among_phrase_still_ends_the_targets() =>
        Assert.DoesNotContain(Read.Text("Norway sanctioned four firms for helping the navy of Peru, which are based in Chile.").Measures, m => m.Target == "Chile");

    [Fact]
    public void A_state_given_aid_beside_the_sanctions_is_not_aimed_at()
    {
        var found = Read.Measures("Norway imposed sanctions on Russia on Monday. Along with the sanctions, Norway has also pledged to keep providing Moldova with 40 million euros in aid.");
        Assert.Equal(["sanctions_general Norway>Russia enacted"], found);
    }

    [Fact]
    public void A_state_sanctioned_for_giving_another_state_support_is_still_aimed_at() =>
        Assert.Equal(["sanctions_general Norway>Iran enacted"], Read.Measures("Norway imposed sanctions on Iran for providing Russia with military support."));

    [Theory]
    [InlineData("Peru sanctioned EU officials on Monday.")]
    [InlineData("Peru hit back on Monday, blacklisting MEPs, EU diplomats and two think tanks.")]
    public void A_blocs_people_after_a_verb_of_listing_are_its_object(string sentence) =>
        Assert.Equal(["sanctions_general Peru>European Union enacted"], Read.Measures(sentence));

    [Theory]
    // (Round 22C: "MEPs" now name the bloc's people, so the listed object here is another state's.)
    [InlineData("Peru hit back on Monday, blacklisting Norwegian think tanks, EU officials said.")]
    [InlineData("Peru sanctioned them, EU officials said.")]
    public void A_blocs_people_who_speak_are_not_listed(string sentence) =>
        Assert.DoesNotContain(Read.Text(sentence).Measures, m => m.Target == "European Union");

    [Fact]
    public void A_state_named_only_in_what_the_imposer_warns_of_does_not_keep_the_general_sanction()
    {
        var found = Read.Measures("Norway announced sanctions on a dozen Peruvian officials, warning that the government of Peru had lied. Norway froze their assets.");
        Assert.Equal(["asset_freeze Norway>Peru enacted"], found);
    }

    [Fact]
    public void Sanctions_on_the_state_itself_before_a_warning_stay_general() =>
        Assert.Equal(["asset_freeze Norway>Peru enacted", "sanctions_general Norway>Peru announced"],
            Read.Measures("Norway announced sanctions on the government of Peru, warning that it had lied. Norway froze the assets of its officials."));

    [Fact]
    public void A_state_given_the_power_to_act_or_named_as_a_channel_is_not_aimed_at() =>
        Assert.Equal(["sanctions_general Norway>Peru enacted"],
            Read.Measures("Norway imposed sanctions on Peru. The new law gives Chile the power to stop those involved from moving money through Chilean banks."));

    [Fact]
    public void Banks_barred_from_dealing_are_still_aimed_at() =>
        Assert.Equal(["financial_restriction Norway>Chile enacted", "sanctions_general Norway>Peru enacted"], Read.Measures("Norway imposed sanctions on Peru. It also bars Chilean banks from dealing with them."));

    [Fact]
    public void Long_names_in_a_list_are_whole_people()
    {
        var names = Read.ActorNames(Read.Text("Norway listed four officials (Oriol Benet Castro Vidal, Ximena Paz Rojas Lagos, Tarek Andrew Soto Vega and Maria Luz Ortega Pinto) on Monday."), ActorKind.Person);
        Assert.Equal(["Oriol Benet Castro Vidal", "Ximena Paz Rojas Lagos", "Tarek Andrew Soto Vega", "Maria Luz Ortega Pinto"], names);
    }

    [Fact]
    public void A_title_before_a_given_name_stays_out_of_the_name() =>
        Assert.Contains("Bradley Smith", Read.ActorNames(Read.Text("The order was signed on Monday by the head of Financial Intelligence, Commander Bradley Smith."), ActorKind.Person));

    [Fact]
    public void The_targets_of_rules_still_to_come_are_a_noun_not_a_measure_in_force() =>
        Assert.Equal(["asset_freeze Norway>Peru considered"],
            Read.Measures("Norway has begun to decide what would become the targets of rules to freeze the assets of Peruvian officials."));

    [Fact]
    public void Targets_as_a_verb_still_enacts() =>
        Assert.Equal(["asset_freeze Norway>Peru enacted"], Read.Measures("Norway targets Peruvian officials with asset freezes."));

    [Fact]
    public void The_state_whose_effort_is_joined_imposes_the_measure_too() =>
        Assert.Equal(["export_ban Canada>Peru enacted", "export_ban Norway>Peru enacted"],
            Read.Measures("Norway has joined Canadian efforts to deny Peru access to drone parts."));

    [Fact]
    public void A_state_that_only_speaks_of_the_effort_does_not_impose_it() =>
        Assert.Equal(["export_ban Norway>Peru enacted"], Read.Measures("Norway has joined efforts to deny Peru access to drone parts, Canada said."));

    [Fact]
    public void Goods_subject_to_another_states_export_controls_are_kept_from_the_same_target() =>
        Assert.Equal(["export_ban Norway>Peru enacted", "export_ban United States>Peru enacted"],
            Read.Measures("Norway restricted exports of drone parts to Peru on Monday. The parts have been subject to U.S. export controls since March."));

    [Fact]
    public void Export_controls_with_no_target_in_the_article_aim_at_no_one() =>
        Assert.Empty(Read.Text("The parts have been subject to U.S. export controls since March.").Measures);

    [Fact]
    public void The_state_that_grants_licences_is_not_aimed_at() =>
        Assert.Equal(["export_ban Norway>Peru enacted"],
            Read.Measures("Norway restricted exports of drone parts to Peru on Monday. Firms will need to apply for export licences with the Norwegian government rather than the Canadian government."));

    [Theory]
    [InlineData("Norway, together with Canada and the EU, imposed sanctions on Peru on Monday.")]
    [InlineData("Norway, in coordination with Canada and the EU, imposed sanctions on Peru on Monday.")]
    public void Partners_set_between_subject_and_verb_impose_too(string sentence)
    {
        var found = Read.Measures(sentence);
        Assert.Equal(["sanctions_general Canada>Peru enacted", "sanctions_general European Union>Peru enacted", "sanctions_general Norway>Peru enacted"], found);
    }

    [Fact]
    public void A_state_set_apart_from_the_subject_does_not_impose() =>
        Assert.Equal(["sanctions_general Norway>Peru enacted"], Read.Measures("Norway, unlike Canada, imposed sanctions on Peru on Monday."));

    [Theory]
    [InlineData("Peru has long been under sanctions from Chile.")]
    [InlineData("Peru is under Chilean sanctions.")]
    [InlineData("Peru remains subject to sanctions from Chile.")]
    public void A_measure_suffered_from_a_state_is_that_states(string sentence) =>
        Assert.Equal(["sanctions_general Chile>Peru enacted"], Read.Measures(sentence));

    [Fact]
    public void A_measure_suffered_from_no_named_state_has_no_imposer() =>
        Assert.Empty(Read.Text("Peru is under sanctions.").Measures);

    [Fact]
    public void The_party_met_to_discuss_a_measure_is_not_aimed_at() =>
        Assert.Equal(["sanctions_general Norway>Peru enacted"],
            Read.Measures("Norway imposed sanctions on Peru on Monday. Peruvian officials met Chilean diplomats in Lima to discuss the sanctions."));

    [Fact]
    public void A_measure_discussed_at_a_meeting_keeps_its_own_target() =>
        Assert.Equal(["sanctions_general Norway>Peru enacted", "sanctions_general Peru>Bolivia considered"],
            Read.Measures("Norway imposed sanctions on Peru on Monday. Peruvian officials met Chilean diplomats to discuss sanctions against Bolivia."));

    [Fact]
    public void Talks_named_as_a_time_are_not_suspended() =>
        Assert.Equal(["asset_freeze Peru>Chile enacted"], Read.Measures("Peru froze Chilean assets after talks."));

    [Fact]
    public void Talks_frozen_are_a_diplomatic_measure() =>
        Assert.Equal(["diplomatic Peru>Chile enacted"], Read.Measures("Peru froze talks with Chile."));

    [Fact]
    public void A_state_accused_of_helping_is_not_aimed_at() =>
        Assert.Equal(["sanctions_general Norway>Peru enacted"],
            Read.Measures("Norway imposed sanctions on Peru on Monday. Peru has accused Chile of helping Norway design the sanctions."));

    [Fact]
    public void A_state_sanctioned_after_an_accusation_is_aimed_at() =>
        Assert.Equal(["sanctions_general Norway>Chile enacted"], Read.Measures("Norway imposed sanctions on Chile after accusing Chile of helping Peru."));

    [Fact]
    public void A_measure_already_named_as_a_condition_is_not_the_threateners() =>
        Assert.Equal(["diplomatic Peru>Chile considered"], Read.Measures("Peru threatened to expel Chile's ambassador if the sanctions were not lifted."));

    [Fact]
    public void A_measure_threatened_on_a_condition_is_still_read() =>
        Assert.Equal(["sanctions_general Norway>Peru considered"], Read.Measures("Norway will impose sanctions on Peru if the talks fail."));

    [Fact]
    public void The_measure_compared_lends_no_target() =>
        Assert.DoesNotContain(Read.Text("Norway's sanctions are similar to those the United States placed on Bolivia in 2019.").Measures, m => m.Imposer == "Norway");

    [Fact]
    public void A_comparison_after_the_target_keeps_it() =>
        Assert.Equal(["sanctions_general Norway>Peru enacted"], Read.Measures("Norway imposed sanctions on Peru, similar to those of Chile."));

    [Fact]
    public void Hard_wrapped_lines_of_a_wire_story_are_one_sentence()
    {
        Assert.Equal("Norway said on Monday it was imposing sanctions on Peru after a vote in parliament.",
            Cleaning.TextCleaner.Clean("Norway said on Monday it was\nimposing sanctions on Peru after a vote\nin parliament.", isHtml: false));
        Assert.Equal(["sanctions_general Norway>Peru enacted"],
            Read.Measures("Peru vote Norway\nOSLO May 4 Norway said on Monday it was\nimposing sanctions on Peru after a vote\nin parliament."));
    }

    [Fact]
    public void A_line_that_ends_a_sentence_or_a_next_line_in_capitals_stays_apart()
    {
        var cleaned = Cleaning.TextCleaner.Clean("Norway announced sanctions on Peru on Monday afternoon\nThe move came after a vote in parliament.\nit was the first such vote.", isHtml: false);
        Assert.Contains("afternoon\nThe move", cleaned, StringComparison.Ordinal);
        Assert.Contains("parliament.\nit was", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_answered_with_its_imposers_named_is_theirs_on_the_answering_state()
    {
        var found = Read.Measures("Peru's president warned on Friday that he may end copper exports in response to sanctions imposed by Norway and the European Union.");
        Assert.Equal(["sanctions_general European Union>Peru enacted", "sanctions_general Norway>Peru enacted"], found);
    }

    [Fact]
    public void A_measure_answered_with_no_imposer_named_is_no_ones() =>
        Assert.Equal(["diplomatic Peru>Chile enacted"], Read.Measures("Peru expelled two Chilean diplomats in retaliation for Western sanctions."));

    [Fact]
    public void A_source_cited_for_the_report_is_not_aimed_at() =>
        Assert.Equal(["sanctions_general Norway>Peru enacted"],
            Read.Measures("Norway imposed sanctions on Peru on Monday. The sanctions were first reported by a news agency, citing officials in Chile."));

    [Fact]
    public void A_target_before_the_source_cited_stays() =>
        Assert.Equal(["sanctions_general Norway>Chile enacted"], Read.Measures("Norway imposed sanctions on officials in Chile, according to a statement."));

    [Fact]
    public void A_place_travelled_to_is_not_aimed_at() =>
        Assert.Equal(["sanctions_general Norway>Peru enacted"],
            Read.Measures("Norway imposed sanctions on Peru on Monday. Norway's foreign minister will travel to Chile next week to discuss the sanctions."));

    [Fact]
    public void A_measure_discussed_on_a_trip_keeps_its_own_target() =>
        Assert.Equal(["sanctions_general Norway>Bolivia considered", "sanctions_general Norway>Peru enacted"],
            Read.Measures("Norway imposed sanctions on Peru on Monday. Norway's foreign minister will travel to Chile next week to discuss sanctions against Bolivia."));
}
