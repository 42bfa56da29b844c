namespace Monitoring.Extraction.Tests;

/// <summary>
/// What the words around a measure say of its status, one sentence per rule of the status reader:
/// a status stated after the measure, plans stated as fact, what would have happened, suspending,
/// headlines, hypotheticals, and negation wherever it stands. Sentences in, measures out.
/// </summary>
public sealed class StatusReadingTests
{
    [Theory]
    [InlineData("Japan's Iran sanctions were lifted.", "lifted")]
    [InlineData("Japan said Iran sanctions were eased.", "lifted")]
    [InlineData("Japan's Iran sanctions were suspended.", "lifted")]
    [InlineData("Japan's Iran sanctions will take effect on Monday.", "announced")]
    public void A_status_stated_after_the_measure_is_its_status(string sentence, string status) =>
        Assert.Equal([$"sanctions_general Japan>Iran {status}"], Read.Measures(sentence));

    [Theory]
    [InlineData("Sanctions on Iran were lifted by Japan.", "lifted")]
    [InlineData("Japan's sanctions against Iran were eased.", "lifted")]
    [InlineData("Japan's sanctions on the Iranian central bank have been suspended.", "lifted")]
    [InlineData("Japan's sanctions on Iran are hurting its economy and will bite harder.", "enacted")]
    public void A_passive_after_the_target_is_the_measures_status(string sentence, string status) =>
        Assert.Equal([$"sanctions_general Japan>Iran {status}"], Read.Measures(sentence));

    [Theory]
    [InlineData("Japan's Iran sanctions were not lifted.")]
    [InlineData("Japan's Iran sanctions weren't lifted.")]
    [InlineData("Japan's Iran sanctions haven't been eased.")]
    [InlineData("Sanctions on Iran have not been eased by Japan.")]
    [InlineData("Japan did not lift its sanctions on Iran.")]
    [InlineData("Japan won't lift sanctions on Iran.")]
    [InlineData("Japan has no plans to lift sanctions on Iran.")]
    public void A_lifting_denied_leaves_the_measure_in_force(string sentence) =>
        Assert.Equal(["sanctions_general Japan>Iran enacted"], Read.Measures(sentence));

    [Theory]
    [InlineData("Japan's Iran sanctions were not imposed.")]
    [InlineData("Japan's Iran sanctions weren't imposed.")]
    public void A_negated_passive_after_the_measure_denies_it(string sentence) => Assert.Empty(Read.Text(sentence).Measures);

    [Theory]
    [InlineData("Japan's Iran travel ban was suspended.", "travel_ban Japan>Iran lifted")]
    [InlineData("Japan suspended its ban on travel for Iranian officials.", "travel_ban Japan>Iran lifted")]
    [InlineData("Visa-free travel for Iranians was suspended by Japan.", "travel_ban Japan>Iran enacted")]
    public void Suspending_a_ban_lifts_it(string sentence, string expected) =>
        Assert.Equal([expected], Read.Measures(sentence));

    [Theory]
    [InlineData("Japan is to ban exports to Iran.", "export_ban Japan>Iran announced")]
    [InlineData("Japan and Canada are to ban exports to Iran.", "export_ban Canada>Iran announced|export_ban Japan>Iran announced")]
    public void A_plan_stated_as_fact_is_announced(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Read.Measures(sentence));

    [Theory]
    [InlineData("Japan would impose sanctions on Iran.", "considered")]
    [InlineData("Japan said it would impose sanctions on Iran.", "announced")]
    [InlineData("They said Japan would impose sanctions on Iran.", "announced")]
    [InlineData("Japan made clear it would impose sanctions on Iran.", "announced")]
    public void Would_is_an_announcement_when_reported_and_considered_otherwise(string sentence, string status) =>
        Assert.Equal([$"sanctions_general Japan>Iran {status}"], Read.Measures(sentence));

    [Theory]
    [InlineData("Japan would have lifted sanctions on Iran.")]
    [InlineData("Japan could have lifted sanctions on Iran.")]
    [InlineData("Japan might have lifted sanctions on Iran.")]
    public void What_would_have_happened_did_not(string sentence) => Assert.Empty(Read.Text(sentence).Measures);

    [Theory]
    [InlineData("Japan suspended its sanctions on Iran.", "sanctions_general Japan>Iran lifted")]
    [InlineData("Japan ended its sanctions on Iran.", "sanctions_general Japan>Iran lifted")]
    [InlineData("Japan removed sanctions on Iran.", "sanctions_general Japan>Iran lifted")]
    [InlineData("Japan is ending its sanctions on Iran.", "sanctions_general Japan>Iran lifted")]
    [InlineData("Japan suspending sanctions on Iran was a mistake.", "sanctions_general Japan>Iran lifted")]
    [InlineData("Germany ended visa-free travel for Iranian officials.", "travel_ban Germany>Iran enacted")]
    public void Suspending_or_ending_lifts_a_measure_but_enacts_one_that_consists_in_suspending(string sentence, string expected) =>
        Assert.Equal([expected], Read.Measures(sentence));

    [Theory]
    [InlineData("Japan to widen sanctions on Russia", "sanctions_general Japan>Russia announced")]
    [InlineData("Seoul, Tokyo to ban exports to Russia", "export_ban Japan>Russia announced|export_ban South Korea>Russia announced")]
    public void A_headline_to_is_will(string title, string expected) =>
        Assert.Equal(expected.Split('|'), Read.Text("", title).Measures.Select(m => $"{m.Type} {m.Imposer}>{m.Target} {m.Status}").Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("Japan will impose sanctions on Iran unless it stops enriching uranium.", "considered")]
    [InlineData("Japan is deciding whether to impose sanctions on Iran.", "considered")]
    [InlineData("Japan will impose sanctions on Iran in case of a nuclear test.", "considered")]
    [InlineData("Japan will impose sanctions on Iran in the event that talks fail.", "considered")]
    [InlineData("Japan imposed sanctions on Iran after the event.", "enacted")]
    [InlineData("Japan has imposed sanctions on Iran and will widen them if Tehran continues.", "enacted")]
    public void A_hypothetical_is_considered_unless_the_measure_is_already_in_place(string sentence, string status) =>
        Assert.Equal([$"sanctions_general Japan>Iran {status}"], Read.Measures(sentence));

    [Theory]
    [InlineData("Japan never imposed sanctions on Iran.")]
    [InlineData("Japan rejected sanctions on Iran.")]
    [InlineData("Japan cannot impose sanctions on Iran.")]
    [InlineData("Japan would not impose sanctions on Iran.")]
    [InlineData("Japan has not yet imposed sanctions on Iran.")]
    [InlineData("Japan's Iran sanctions are not expected to include oil.")]
    [InlineData("Japan's Iran sanctions aren't expected to include oil.")]
    [InlineData("Japan is not considering sanctions against Iran.")]
    public void Negation_before_the_status_word_or_after_the_measure_cancels_it(string sentence) =>
        Assert.Empty(Read.Text(sentence).Measures);

    [Theory]
    [InlineData("Japan began to enforce sanctions on Iran.", "enacted")]
    [InlineData("Japan is preparing fresh sanctions against Iran.", "announced")]
    [InlineData("Japan weighs new sanctions on Iran.", "considered")]
    [InlineData("Japan's new Iran sanctions.", "considered")] // only a weak word speaks
    [InlineData("Further sanctions on Iran by Japan.", "considered")]
    public void The_nearest_status_word_before_the_measure_speaks(string sentence, string status) =>
        Assert.Equal([$"sanctions_general Japan>Iran {status}"], Read.Measures(sentence));

    [Fact]
    public void Being_subject_to_a_measure_is_its_being_in_force() =>
        Assert.Equal(["asset_freeze United Kingdom>Iran enacted"], Read.Measures("Six Iranian firms are now subject to new asset freezes in Britain."));
}
