namespace Monitoring.Extraction.Tests;

/// <summary>
/// The status reader's rules at their edges, one behaviour per test: the words each rule lists, the
/// words that end its look-ahead, and the words beside it that must not trigger it. Sentences in,
/// measures out.
/// </summary>
public sealed class StatusRuleTests
{
    private static void AssertMeasure(string sentence, string expected) => Assert.Equal([expected], Read.Measures(sentence));

    [Theory]
    [InlineData("Japan has sanctions options against Iran.")]
    [InlineData("Japan has a sanctions option against Iran.")]
    [InlineData("Japan has a sanctions proposal against Iran.")]
    [InlineData("Japan has sanctions proposals against Iran.")]
    [InlineData("Japan has a sanctions threat against Iran.")]
    [InlineData("Japan has sanctions threats against Iran.")]
    [InlineData("Japan has a sanctions possibility against Iran.")]
    public void A_measure_named_as_one_of_the_choices_is_considered_whatever_the_verb(string sentence) =>
        AssertMeasure(sentence, "sanctions_general Japan>Iran considered");

    [Theory]
    [InlineData("The Iranian central bank is subject to new sanctions by Japan.")]
    [InlineData("Iranian banks are subject to new sanctions by Japan.")]
    public void Being_subject_to_a_new_measure_is_its_being_in_force(string sentence) =>
        AssertMeasure(sentence, "sanctions_general Japan>Iran enacted");

    [Fact]
    public void Being_subject_to_something_far_before_the_measure_says_nothing_of_it() =>
        AssertMeasure("Iranian banks are subject to a ruling, and Japan weighs new sanctions on Iran.", "sanctions_general Japan>Iran considered");

    [Theory]
    [InlineData("said")]
    [InlineData("says")]
    [InlineData("announced")]
    [InlineData("stated")]
    [InlineData("told reporters")]
    [InlineData("confirmed")]
    [InlineData("declared")]
    [InlineData("pledged")]
    [InlineData("promised")]
    public void Would_after_a_verb_of_saying_is_announced(string verb) =>
        AssertMeasure($"Japan {verb} Canada would ban exports to Iran.", "export_ban Japan>Iran announced");

    [Fact]
    public void Would_after_a_verb_of_thinking_is_considered() =>
        AssertMeasure("Japan thinks Canada would ban exports to Iran.", "export_ban Japan>Iran considered");

    [Fact]
    public void Would_after_and_continues_a_statement_and_is_announced() =>
        AssertMeasure("Japan met Canada and would ban exports to Iran.", "export_ban Japan>Iran announced");

    [Fact]
    public void A_reported_would_after_the_measure_is_announced_and_an_unreported_one_considered()
    {
        AssertMeasure("Officials said Japan's Iran sanctions would be eased.", "sanctions_general Japan>Iran announced");
        AssertMeasure("Japan's Iran sanctions would be lifted, officials said.", "sanctions_general Japan>Iran considered");
    }

    [Theory]
    [InlineData("Japan and Canada to ban exports to Iran.", "export_ban Canada>Iran announced|export_ban Japan>Iran announced")]
    [InlineData("The EU to ban exports to Iran.", "export_ban European Union>Iran announced")]
    public void A_headline_to_after_states_joined_by_and_or_the_is_will(string title, string expected) =>
        Assert.Equal(expected.Split('|'), Read.Text("", title).Measures.Select(m => $"{m.Type} {m.Imposer}>{m.Target} {m.Status}").Order(StringComparer.Ordinal));

    [Fact]
    public void A_headline_to_followed_by_a_state_is_no_future() =>
        Assert.Equal(["sanctions_general Japan>Iran enacted"], Read.Text("", "Japan to Iran: sanctions are coming").Measures.Select(m => $"{m.Type} {m.Imposer}>{m.Target} {m.Status}"));

    [Theory]
    [InlineData("Japan suspended its ban on travel for Iranian officials.")]
    [InlineData("Japan suspended its embargo on travel for Iranian officials.")]
    [InlineData("Japan suspended its embargoes on travel for Iranian officials.")]
    [InlineData("Japan suspended its restriction on travel for Iranian officials.")]
    [InlineData("Japan suspended its restrictions on travel for Iranian officials.")]
    public void Suspending_a_measure_named_as_a_ban_embargo_or_restriction_lifts_it(string sentence) =>
        AssertMeasure(sentence, "travel_ban Japan>Iran lifted");

    [Fact]
    public void Removing_what_the_measure_consists_in_enacts_it() =>
        AssertMeasure("Japan removed visa-free travel for Iranian officials.", "travel_ban Japan>Iran enacted");

    [Theory]
    [InlineData("Japan's Iran sanctions stay, Canada's were eased.")]
    [InlineData("Japan's Iran sanctions stay; Canada's were eased.")]
    [InlineData("Japan's Iran sanctions which Canada eased hurt.")]
    [InlineData("Japan's Iran sanctions that Canada eased hurt.")]
    public void A_status_word_past_a_clause_boundary_is_not_the_measures(string sentence) =>
        AssertMeasure(sentence, "sanctions_general Japan>Iran enacted");

    [Theory]
    [InlineData("Japan's sanctions on Iran have been lifted.")]
    [InlineData("Japan's embargo on Iran has been lifted.")]
    [InlineData("Japan's embargo on Iran had been lifted.")]
    [InlineData("Japan's embargo on Iran was lifted.")]
    [InlineData("Japan's embargo on Iran is lifted.")]
    [InlineData("Japan's sanctions on Iran are lifted.")]
    public void Past_the_target_every_auxiliary_leads_to_the_measures_status(string sentence) =>
        AssertMeasure(sentence, "sanctions_general Japan>Iran lifted");

    [Theory]
    [InlineData("Japan's Iran sanctions which are not expected to include oil.")]
    [InlineData("Japan's Iran sanctions that are not expected to include oil.")]
    [InlineData("Japan's Iran sanctions; not expected to include oil.")]
    [InlineData("Japan's Iran sanctions were imposed and not eased.")]
    public void A_negation_past_a_clause_boundary_or_a_status_word_does_not_deny_the_measure(string sentence) =>
        AssertMeasure(sentence, "sanctions_general Japan>Iran enacted");

    [Fact]
    public void A_sentence_opening_with_if_is_hypothetical() =>
        AssertMeasure("If talks fail, Japan will impose sanctions on Iran.", "sanctions_general Japan>Iran considered");

    [Theory]
    [InlineData("If talks fail, Japan has frozen Iranian assets.", "asset_freeze Japan>Iran enacted")]
    [InlineData("If talks failed, Japan had frozen Iranian assets.", "asset_freeze Japan>Iran enacted")]
    [InlineData("If talks fail, Japan and Canada have frozen Iranian assets.", "asset_freeze Canada>Iran enacted|asset_freeze Japan>Iran enacted")]
    [InlineData("If talks fail, Japan banned exports to Iran.", "export_ban Japan>Iran enacted")]
    [InlineData("If talks fail, Japan imposed sanctions on Iran.", "sanctions_general Japan>Iran enacted")]
    public void A_perfect_or_past_verb_before_the_measure_states_a_fact_despite_if(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Read.Measures(sentence));

    [Fact]
    public void A_lifting_promised_under_a_condition_stays_a_lifting() =>
        AssertMeasure("Japan will lift sanctions on Iran if talks succeed.", "sanctions_general Japan>Iran lifted");

    [Fact]
    public void Would_after_they_is_announced() =>
        AssertMeasure("Japan made clear they would impose sanctions on Iran.", "sanctions_general Japan>Iran announced");

    [Fact]
    public void A_would_after_the_target_reported_by_the_imposer_keeps_the_status_that_follows() =>
        AssertMeasure("Japan's sanctions on Iran would be lifted, Japan said.", "sanctions_general Japan>Iran lifted");

    [Theory]
    [InlineData("Japan is no longer issuing export permits to Iran.")]
    [InlineData("Japan no longer exports oil to Iran.")]
    public void No_longer_trading_is_a_ban_in_force(string sentence) =>
        AssertMeasure(sentence, "export_ban Japan>Iran enacted");

    [Theory]
    [InlineData("Japan will impose sanctions on Iran at the event.")]
    [InlineData("Japan will impose sanctions on Iran in this case.")]
    public void Event_or_case_without_in_the_and_of_or_that_is_no_condition(string sentence) =>
        AssertMeasure(sentence, "sanctions_general Japan>Iran announced");
}
