namespace Monitoring.Extraction.Tests;

/// <summary>
/// The wording of listings reported by several outlets at once: travel bans named by the state kept closed, dealings
/// barred or a licence for them revoked, holding assets barred, the investor's state, envoys recalled, the imposer's own
/// people told not to deal, a fronted phrase before the subject, and a contracted negation after the target. One rule
/// each, sentences written for it.
/// </summary>
public sealed class Round8LanguageTests
{
    [Fact]
    public void A_contracted_negation_after_the_target_denies_the_measure() =>
        Assert.Empty(Read.Measures("Japan's sanctions on Iran weren't imposed."));

    [Theory]
    [InlineData("Alexander Lukashenko has been banned from entry to Canada.", new[] { "travel_ban Canada>Belarus enacted" })]
    [InlineData("The United States imposed sanctions on Belarus on Monday. The sanctions bar him from the US.",
        new[] { "sanctions_general United States>Belarus enacted", "travel_ban United States>Belarus enacted" })]
    public void The_state_kept_closed_imposes_the_travel_ban(string text, string[] expected) =>
        Assert.Equal(expected, Read.Measures(text));

    [Theory]
    [InlineData("The United States revoked a license that authorized Americans to work with two firms in Belarus.")]
    [InlineData("The United States revoked the general license that authorized U.S. citizens to work with two firms in Belarus.")]
    public void A_licence_for_dealings_revoked_bars_them(string sentence) =>
        Assert.Equal(["financial_restriction United States>Belarus enacted"], Read.Measures(sentence));

    [Fact]
    public void Being_barred_from_holding_assets_is_a_freeze() =>
        Assert.Equal(["asset_freeze Canada>Belarus enacted", "sanctions_general Canada>Belarus enacted"], Read.Measures("Canada imposed sanctions on Belarus on Friday. Those listed are banned from holding assets in Canada."));

    [Fact]
    public void The_imposers_own_people_told_not_to_deal_are_no_target() =>
        Assert.Equal(["financial_restriction Canada>Belarus enacted", "sanctions_general Canada>Belarus enacted"],
            Read.Measures("Canada imposed sanctions on Belarus on Friday. The sanctions prohibit Canadian citizens and businesses from engaging with those listed."));

    [Fact]
    public void The_investors_state_is_aimed_at_not_the_place_invested_in() =>
        Assert.Equal(["investment_ban Japan>Iran announced", "sanctions_general Japan>Iran enacted"],
            Read.Measures("Japan imposed sanctions on Iran on Tuesday. The government will ban in principle Iranian investments in Japanese firms."));

    [Fact]
    public void States_whose_envoys_are_recalled_are_no_target() =>
        Assert.DoesNotContain(Read.Text("Belarus announced sanctions against unnamed officials and recalled its envoys from Poland and Lithuania.").Measures,
            m => m.Target is "Poland" or "Lithuania");

    [Fact]
    public void A_name_after_a_fronted_phrase_is_the_subject_not_one_more_name_of_the_phrase() =>
        Assert.Equal(["asset_freeze Japan>Iran announced"],
            Read.Measures("In the wake of the stalemate with Tehran, Japan will freeze the assets of 15 Iranian individuals."));

    [Fact]
    public void Assets_on_a_states_soil_are_held_there() =>
        Assert.Equal(["asset_freeze United States>Belarus enacted"],
            Read.Measures("The United States sanctioned eight Belarusian officials on Friday. The sanctions include blocking any property of the officials on US soil."));

    [Fact]
    public void Travel_to_the_imposers_own_state_is_what_it_bars() =>
        Assert.Equal(["sanctions_general Canada>Belarus enacted", "travel_ban Canada>Belarus enacted"],
            Read.Measures("Canada imposed sanctions on Belarus on Friday. They also impose a ban on travel to Canada to any individual on the list."));

    [Fact]
    public void The_states_after_a_fronted_along_with_phrase_are_its_subject() =>
        Assert.Equal(["sanctions_general European Union>Iran enacted", "sanctions_general United States>Iran enacted"],
            Read.Measures("Along with the U.N., the United States and the European Union imposed separate penalties against Iran."));

    [Fact]
    public void Demonyms_listed_after_an_imposing_name_impose_with_it() =>
        Assert.DoesNotContain(Read.Text("Officials said the U.S., British and Canadian sanctions will come on Friday.").Measures,
            m => m.Target is "United Kingdom" or "Canada");

    [Fact]
    public void Steps_similar_to_those_by_a_state_are_that_states() =>
        Assert.Equal(["sanctions_general Japan>Iran enacted", "sanctions_general United States>Iran enacted"],
            Read.Measures("Japan imposed sanctions on Iran on Tuesday. Japan plans to take steps similar to those by the United States."));

    [Fact]
    public void Sanctions_on_securities_and_debt_restrict_finance() =>
        Assert.Equal(["financial_restriction Canada>Belarus announced"],
            Read.Measures("Canada said its sanctions would be placed on Belarus's securities and debt financing."));

    [Theory]
    [InlineData("Canada imposed sanctions on Belarus on Friday. The U.S. imposed its own restrictions against Belarus the same day.",
        new[] { "sanctions_general Canada>Belarus enacted", "sanctions_general United States>Belarus enacted" })]
    [InlineData("Canada imposed sanctions on Belarus on Friday. New Zealand is to launch similar measures.",
        new[] { "sanctions_general Canada>Belarus enacted", "sanctions_general New Zealand>Belarus announced" })]
    public void Restrictions_against_a_state_and_similar_measures_are_its_sanctions(string text, string[] expected) =>
        Assert.Equal(expected, Read.Measures(text));

    [Theory]
    [InlineData("Washington revoked a license that authorized Americans to work with Zorbex and Kalmit, two subsidiaries of Belarus's largest chemical group.")]
    [InlineData("Washington revoked a license that authorized Americans to work with Zorbex, the largest state-owned petroleum and chemical conglomerate in Belarus.")]
    public void An_apposition_after_firms_names_their_state(string sentence) =>
        Assert.Equal(["financial_restriction United States>Belarus enacted"], Read.Measures(sentence));

    [Fact]
    public void An_apposition_naming_a_step_is_no_place() =>
        Assert.DoesNotContain(Read.Text("The Netherlands will restrict the export of chipmaking tools, a step first taken in the United States.").Measures,
            m => m.Target == "United States");
}
