namespace Monitoring.Extraction.Tests;

/// <summary>One sentence, one behaviour: the twelve types, the statuses, negation, roles.</summary>
public sealed class MeasureTests
{
    [Theory]
    [InlineData("The European Union froze the assets of 12 Iranian officials on Monday.", "asset_freeze European Union>Iran enacted")]
    [InlineData("Canada banned exports of aircraft parts to Belarus.", "export_ban Canada>Belarus enacted")]
    [InlineData("Britain has banned imports of Russian gold.", "import_ban United Kingdom>Russia enacted")]
    [InlineData("The United States removed three Iranian banks from SWIFT.", "swift_exclusion United States>Iran enacted")]
    [InlineData("Australia prohibited transactions with the central bank of Myanmar, the Treasurer said.", "financial_restriction Australia>Myanmar enacted")]
    [InlineData("Japan banned new investment in Russia.", "investment_ban Japan>Russia enacted")]
    [InlineData("Canada revoked the most-favoured-nation status of Belarus.", "trade_status Canada>Belarus enacted")]
    [InlineData("The G7 imposed a price cap on Russian oil.", "price_cap G7>Russia enacted")]
    [InlineData("Germany suspended visa-free travel for Iranian officials.", "travel_ban Germany>Iran enacted")]
    [InlineData("Poland expelled 45 Russian diplomats.", "diplomatic Poland>Russia enacted")]
    [InlineData("The UN Security Council imposed an arms embargo on South Sudan.", "arms_embargo UN Security Council>South Sudan enacted")]
    [InlineData("Switzerland imposed sanctions on Syria.", "sanctions_general Switzerland>Syria enacted")]
    public void Each_measure_type_is_read_with_its_roles(string sentence, string expected) =>
        Assert.Equal([expected], Read.Measures(sentence)); // nothing missing, nothing extra

    [Theory]
    [InlineData("Japan may impose sanctions on Iran.", "considered")]
    [InlineData("Japan is considering sanctions against Iran.", "considered")]
    [InlineData("Lawmakers urged Japan to impose sanctions on Iran.", "considered")]
    [InlineData("Japan is reviewing possible sanctions on Iran.", "considered")]
    [InlineData("Japan is considering imposing sanctions on Iran.", "considered")]
    [InlineData("Japan will impose sanctions on Iran.", "announced")]
    [InlineData("Japan decided to impose sanctions on Iran.", "announced")]
    [InlineData("Japan said it would impose sanctions on Iran.", "announced")]
    [InlineData("Japan decided to enforce sanctions on Iran.", "announced")]
    [InlineData("Japan imposed sanctions on Iran.", "enacted")]
    [InlineData("Japan has restricted exports to Iran.", "enacted")]
    [InlineData("Japan lifted sanctions on Iran.", "lifted")]
    [InlineData("Japan eased sanctions on Iran.", "lifted")]
    public void The_status_comes_from_what_the_sentence_says(string sentence, string status)
    {
        var measure = Assert.Single(Read.Text(sentence).Measures);
        Assert.Equal("Japan", measure.Imposer);
        Assert.Equal("Iran", measure.Target);
        Assert.Equal(status, measure.Status);
    }

    [Theory]
    [InlineData("Japan will not impose sanctions on Iran.")]
    [InlineData("Japan won't impose sanctions on Iran.")]
    [InlineData("Japan didn't impose sanctions on Iran.")]
    [InlineData("Japan doesn't plan to impose sanctions on Iran.")]
    [InlineData("Japan isn't considering sanctions against Iran.")]
    [InlineData("Japan hasn't imposed sanctions on Iran.")]
    [InlineData("Japan can't impose sanctions on Iran.")]
    [InlineData("Japan has no plans to impose sanctions on Iran.")]
    [InlineData("Japan refused to impose sanctions on Iran.")]
    public void A_negated_measure_is_not_a_measure(string sentence) => Assert.Empty(Read.Text(sentence).Measures);

    [Fact]
    public void A_hypothetical_is_only_considered() =>
        Assert.Equal(["sanctions_general Japan>Russia considered"], Read.Measures("Japan will impose sanctions on Russia in the event of an invasion."));

    [Fact]
    public void One_sentence_can_aim_at_two_targets() =>
        Assert.Equal(["sanctions_general European Union>Belarus enacted", "sanctions_general European Union>Russia enacted"],
            Read.Measures("The European Union imposed sanctions against Russia and Belarus."));

    [Fact]
    public void A_counter_measure_goes_the_other_way()
    {
        Assert.Equal(["diplomatic Russia>Japan enacted"], Read.Measures("Moscow expelled ten Japanese diplomats."));
        Assert.Equal(["diplomatic Russia>United Kingdom enacted"], Read.Measures("Russia put Britain on its list of unfriendly countries."));
        Assert.Equal(["diplomatic Russia>United Kingdom enacted"], Read.Measures("Russia put Britain on its unfriendly list."));
        Assert.Equal(["diplomatic Russia>Japan enacted"], Read.Measures("Russia expelled the Japanese consul."));
    }

    [Fact]
    public void A_capital_stands_for_its_government() =>
        Assert.Equal(["sanctions_general Japan>North Korea enacted"], Read.Measures("Tokyo imposed fresh sanctions on Pyongyang."));

    [Fact]
    public void People_and_firms_stand_for_their_state_and_quantities_are_kept()
    {
        var measure = Assert.Single(Read.Text("Japan froze the assets of 25 Russian individuals.").Measures);
        Assert.Equal(("asset_freeze", "Japan", "Russia"), (measure.Type, measure.Imposer, measure.Target));
        Assert.Equal("25 Russian individuals", measure.Quantity);
        Assert.Equal(["sanctions_general United States>Russia enacted"], Read.Measures("The United States imposed sanctions on Sberbank and Gazprom."));
    }

    [Fact]
    public void A_reason_is_not_a_target() =>
        Assert.Equal(["sanctions_general Japan>Russia enacted"], Read.Measures("Japan imposed sanctions on Russia over its invasion of Ukraine."));

    [Fact]
    public void The_sentence_before_fills_it_and_the_country()
    {
        var measures = Read.Measures("Japan imposed sanctions on Russia on Friday. It also banned exports of semiconductors to the country.");
        Assert.Equal(["export_ban Japan>Russia enacted", "sanctions_general Japan>Russia enacted"], measures);
    }

    [Fact]
    public void Every_finding_carries_its_sentence_and_the_span_of_its_cue()
    {
        var findings = Read.Text("Markets were calm. Canada banned exports of aircraft parts to Belarus.");
        var measure = Assert.Single(findings.Measures);
        Assert.Equal("Canada banned exports of aircraft parts to Belarus.", measure.Evidence.Sentence);
        Assert.Equal("exports", findings.Text.Substring(measure.Evidence.Start, measure.Evidence.Length));
    }

    [Fact]
    public void Words_that_only_look_like_measures_are_not()
    {
        Assert.Empty(Read.Text("Japanese exports to Russia rose by a tenth last year.").Measures);
        Assert.Empty(Read.Text("Japan sent a swift reply to Russia.").Measures);
        Assert.Empty(Read.Text("The minister's visit to Moscow was important for trade.").Measures);
    }

    [Fact]
    public void Coordinated_imposers_each_impose() =>
        Assert.Equal(["sanctions_general Japan>Russia enacted", "sanctions_general United States>Russia enacted"],
            Read.Measures("Washington and Tokyo blacklisted several Russian shipping companies for transporting munitions."));

    [Fact]
    public void A_bloc_before_the_cue_imposes_it_and_the_subject_under_it_is_the_target() =>
        Assert.Equal(["sanctions_general UN Security Council>North Korea enacted"],
            Read.Measures("North Korea has been under UN Security Council sanctions since 2006."));

    // The general sanction on the officials is the freeze and the ban it goes on to name, so it is not kept beside them.
    [Fact]
    public void A_sentence_naming_no_state_goes_on_about_the_measure_before() =>
        Assert.Equal(
            ["asset_freeze European Union>Iran enacted", "travel_ban European Union>Iran enacted"],
            Read.Measures("The European Union imposed sanctions on 14 Iranian officials. The measures include an asset freeze and a travel ban."));

    [Fact]
    public void Trading_partners_named_after_the_target_are_not_targets() =>
        Assert.Equal(["sanctions_general South Korea>North Korea announced"],
            Read.Measures("South Korea will impose sanctions on 11 North Korean individuals involved in arms trade with Russia."));

    [Fact]
    public void Banning_entry_is_a_travel_ban() =>
        Assert.Equal(["travel_ban Russia>United Kingdom enacted"], Read.Measures("Moscow responded by banning entry to dozens of British officials."));

    [Fact]
    public void A_trade_ban_bans_imports_and_exports() =>
        Assert.Equal(["export_ban Japan>North Korea enacted", "import_ban Japan>North Korea enacted"],
            Read.Measures("Japan imposed a total trade ban on North Korea in 2009."));

    [Fact]
    public void A_measure_left_to_context_is_aimed_at_the_one_other_state_named() =>
        Assert.Equal(["export_ban United Kingdom>Russia announced", "financial_restriction United Kingdom>Russia enacted"],
            Read.Measures("Britain imposed sanctions on Russian banks. The government will ban the export of every item Russia has used on the battlefield."));

    [Fact]
    public void A_reported_would_is_an_announcement() =>
        Assert.Equal(["import_ban Canada>Russia announced"], Read.Measures("The finance minister announced that Canada would ban imports of Russian aluminium."));

    [Fact]
    public void A_measure_merely_talked_about_adds_nothing() =>
        Assert.Equal(["sanctions_general Canada>Russia enacted"],
            Read.Measures("Canada imposed sanctions on Russia. \"These sanctions will not change our course,\" the Russian foreign minister said."));

    [Fact]
    public void A_blocs_own_ministers_are_not_its_target() =>
        Assert.Empty(Read.Text("Hungary's prime minister has threatened a veto. The sanctions are expected to be approved at a meeting of EU foreign ministers.").Measures);

    [Fact]
    public void Measures_joined_by_and_share_their_object() =>
        // "Targeted financial sanctions" on people are their assets frozen (the labelling conventions of the real stories).
        Assert.Equal(["asset_freeze Australia>Iran announced", "travel_ban Australia>Iran announced"],
            Read.Measures("Australia announced targeted financial sanctions and travel bans on 10 Iranian officials."));

    [Fact]
    public void A_past_restricting_verb_is_enacted_even_for_a_new_measure() =>
        Assert.Equal(["investment_ban United States>Russia enacted"], Read.Measures("The United States prohibited new investment in Russia."));

    [Theory]
    [InlineData("Ukraine urged the European Union to impose sanctions on Belarus.", "sanctions_general European Union>Belarus considered")]
    [InlineData("Kyiv called on Japan to sanction Russian oil companies.", "sanctions_general Japan>Russia considered")]
    [InlineData("The United States asked Japan to join its export controls on China.", "export_ban Japan>China considered")]
    [InlineData("Seoul urged Beijing to enforce sanctions on North Korea.", "sanctions_general China>North Korea considered")]
    public void The_state_urged_to_act_imposes_and_not_the_one_urging(string sentence, string expected) =>
        Assert.Equal([expected], Read.Measures(sentence));

    [Fact]
    public void A_state_urged_to_do_something_else_is_not_the_imposer() =>
        Assert.Equal(["sanctions_general G7>Russia enacted"], Read.Measures("The G7 urged Russia to stop the war and imposed sanctions on Moscow."));

    [Theory]
    [InlineData("Sanctions on Russia were extended by the European Union for six months.", "sanctions_general European Union>Russia enacted")]
    [InlineData("Sanctions imposed by the EU on Russia remain in force.", "sanctions_general European Union>Russia enacted")]
    [InlineData("Russian banks were disconnected from SWIFT by the European Union.", "swift_exclusion European Union>Russia enacted")]
    public void A_passive_names_its_imposer_after_by(string sentence, string expected) =>
        Assert.Equal([expected], Read.Measures(sentence));

    [Fact]
    public void A_passive_aims_at_all_the_names_coordinated_before_it() =>
        Assert.Equal(["sanctions_general United Kingdom>Iran enacted", "sanctions_general United Kingdom>Syria enacted"],
            Read.Measures("Iranian and Syrian officials were sanctioned by Britain."));

    [Fact]
    public void Those_sanctioned_by_another_state_are_its_targets_and_the_subject_is_not() =>
        Assert.Equal(["asset_freeze Japan>Russia enacted", "sanctions_general United States>Russia enacted"],
            Read.Measures("Japan froze the assets of Russians sanctioned by the United States."));

    [Fact]
    public void A_person_after_by_imposes_for_the_state_they_speak_for()
    {
        var measure = Assert.Single(Read.Text("Sanctions against Russia were announced by Foreign Minister Takeshi Iwaya.").Measures);
        Assert.Equal(("sanctions_general", "Japan", "Russia"), (measure.Type, measure.Imposer, measure.Target));
    }

    [Fact]
    public void The_agent_of_another_verb_imposes_nothing() =>
        Assert.Empty(Read.Text("The sanctions against Iran were criticised by China.").Measures);

    [Fact]
    public void A_threat_is_aimed_at_the_subject_of_its_condition() =>
        Assert.Equal(["sanctions_general European Union>Russia considered"], Read.Measures("The European Union will impose sanctions if Russia invades Ukraine."));

    [Fact]
    public void Barring_nationals_from_entering_is_a_travel_ban_with_its_count()
    {
        var measure = Assert.Single(Read.Text("Moscow barred 13 Japanese nationals from entering Russia.").Measures);
        Assert.Equal(("travel_ban", "Russia", "Japan", "enacted"), (measure.Type, measure.Imposer, measure.Target, measure.Status));
        Assert.Equal("13 Japanese nationals", measure.Quantity);
    }

    [Theory]
    [InlineData("Le Japon et la France ont discuté de nouvelles sanctions contre la Russie.")]
    [InlineData("Deutschland und Japan sprechen über ein Embargo gegen Russland.")]
    [InlineData("Die EU verhängt ein Embargo gegen Russland, Japan prüft neue Sanktionen.")]
    [InlineData("Россия и Япония обсудили санкции. Министр заявил, что эмбарго против Японии возможно.")]
    public void Another_language_sharing_a_cue_word_yields_no_measure(string text) => Assert.Empty(Read.Text(text).Measures);

    [Theory]
    [InlineData("The Council of the EU adopted sanctions against Belarus.", "sanctions_general European Union>Belarus enacted")]
    [InlineData("The European Commission proposed a ban on Russian LNG imports.", "import_ban European Union>Russia considered")]
    public void A_blocs_institution_imposes_for_the_bloc(string sentence, string expected)
    {
        Assert.Equal([expected], Read.Measures(sentence));
        Assert.DoesNotContain("European Union", Read.ActorNames(Read.Text(sentence)));
    }

    [Fact]
    public void A_state_whose_sanctions_another_adopts_is_not_their_target()
    {
        Assert.Equal(
            ["asset_freeze Switzerland>Russia enacted", "sanctions_general Switzerland>Russia enacted"],
            Read.Measures("Switzerland adopted the EU's latest sanctions against Russia, freezing the assets of 48 individuals."));
        // A possessive before trade is the trading state's own: it is the target, and what it sells is kept out.
        Assert.Equal(["import_ban European Union>Russia enacted"], Read.Measures("The EU banned Russia's oil exports."));
    }

    [Theory]
    [InlineData("The Office of Foreign Assets Control designated 22 entities tied to Iran's oil trade.", "sanctions_general United States>Iran enacted")]
    [InlineData("Washington designated three Iranian banks and 12 individuals on Thursday.", "sanctions_general United States>Iran enacted")]
    public void Designating_people_or_firms_is_a_sanction(string sentence, string expected) =>
        Assert.Equal([expected], Read.Measures(sentence));

    [Fact]
    public void Designating_a_role_is_not_a_sanction() =>
        Assert.Empty(Read.Measures("The State Department designated the group as a foreign terrorist organization."));

    [Fact]
    public void People_and_firms_in_a_state_are_aimed_at_that_state() =>
        Assert.Equal(
            ["sanctions_general Canada>Belarus enacted", "sanctions_general Canada>Russia enacted"],
            Read.Measures("Ottawa imposed sanctions on 76 individuals and 15 entities in Russia and Belarus."));

    [Theory]
    [InlineData("Japan sanctioned Russia over the invasion.", "sanctions_general Japan>Russia enacted")]
    [InlineData("The US also sanctioned the Wagner Group and its leader Yevgeny Prigozhin.", "sanctions_general United States>Russia enacted")]
    [InlineData("South Korea said it had sanctioned the Lazarus Group.", "sanctions_general South Korea>North Korea enacted")]
    [InlineData("Moscow barred 13 Japanese nationals from entering Russia.", "travel_ban Russia>Japan enacted")]
    public void The_object_of_a_verb_of_sanctioning_is_its_target(string sentence, string expected) =>
        Assert.Equal([expected], Read.Measures(sentence));

    [Fact]
    public void Sanctions_answered_are_not_the_answering_states_own() =>
        Assert.Equal(
            ["travel_ban Russia>United Kingdom enacted"],
            Read.Measures("Moscow has banned entry to dozens of British officials in response to earlier rounds of sanctions."));

    [Theory]
    [InlineData("Japan, South Korea and US sanction North Korean IT workers",
        "sanctions_general Japan>North Korea enacted|sanctions_general South Korea>North Korea enacted|sanctions_general United States>North Korea enacted")]
    [InlineData("EU and US sanctions on Russia were extended.", "sanctions_general European Union>Russia enacted|sanctions_general United States>Russia enacted")]
    public void States_coordinated_before_the_cue_impose_together(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Read.Measures(sentence));

    [Fact]
    public void An_amount_between_the_verb_and_the_assets_is_kept_as_the_quantity()
    {
        var measure = Assert.Single(Read.Text("The U.K. froze £2.6bn of Russian assets.").Measures);
        Assert.Equal(("asset_freeze", "United Kingdom", "Russia", "enacted", "£2.6bn"), (measure.Type, measure.Imposer, measure.Target, measure.Status, measure.Quantity));
    }

    [Theory]
    [InlineData("Russia imposed sanctions against EU officials.", "sanctions_general Russia>European Union enacted")]
    [InlineData("Belarus was hit with fresh EU sanctions after the disputed election.", "sanctions_general European Union>Belarus enacted")]
    [InlineData("North Korea remains under new UN sanctions.", "sanctions_general UN Security Council>North Korea enacted")]
    public void A_blocs_people_aimed_at_and_a_state_that_suffers_sanctions_are_targets(string sentence, string expected) =>
        Assert.Equal([expected], Read.Measures(sentence));

    [Theory]
    [InlineData("Seoul to ban exports of 57 items to Russia", "export_ban South Korea>Russia announced")]
    [InlineData("Japan, South Korea to impose sanctions on North Korean hackers.", "sanctions_general Japan>North Korea announced|sanctions_general South Korea>North Korea announced")]
    [InlineData("The UN Security Council failed to adopt a resolution that would have lifted sanctions on Iran.", "")]
    public void Headline_futures_are_announced_and_what_would_have_happened_did_not(string title, string expected) =>
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries),
            Read.Text("", title).Measures.Select(m => $"{m.Type} {m.Imposer}>{m.Target} {m.Status}").Order(StringComparer.Ordinal));

    [Fact]
    public void The_headlines_state_stands_in_for_later_sentences_not_for_the_headline()
    {
        Assert.Empty(Read.Measures("The Treasury imposed sanctions on a network of companies that shipped Iranian oil to China."));
        Assert.Equal(["asset_freeze Japan>Russia enacted"],
            Read.Text("The measures include an asset freeze.", "Japan to widen sanctions on Russia").Measures
                .Where(m => m.Type == "asset_freeze").Select(m => $"{m.Type} {m.Imposer}>{m.Target} {m.Status}"));
    }

    [Fact]
    public void A_state_named_as_the_object_of_support_a_few_words_on_is_no_target()
    {
        var measures = Read.Measures("Canada imposed sanctions on Belarus. The sanctions were part of Canada's support for the people and government of Moldova.");
        Assert.Equal(["sanctions_general Canada>Belarus enacted"], measures);
    }

    [Fact]
    public void A_state_receiving_new_funding_beside_sanctions_is_no_target()
    {
        var measures = Read.Measures("Norway sanctioned Russian oil traders. The fresh sanctions come alongside new funding for Moldova from Norway.");
        Assert.Equal(["sanctions_general Norway>Russia enacted"], measures);
    }
}
