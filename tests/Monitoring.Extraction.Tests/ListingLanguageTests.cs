namespace Monitoring.Extraction.Tests;

/// <summary>
/// The language of listings as officials and reporters write it: blocking (the US word for a freeze),
/// orders to banks, a state named as the adjective of a measure noun, a verb of sanctioning in the
/// present tense, people named by their service, and listings that name banks one by one. One rule each,
/// sentences written for it.
/// </summary>
public sealed class ListingLanguageTests
{
    [Theory]
    [InlineData("Washington imposed full blocking sanctions on two Iranian banks.", "asset_freeze United States>Iran enacted")]
    [InlineData("The U.S. Treasury blocked all property of three Iranian shipping firms.", "asset_freeze United States>Iran enacted")]
    public void Blocking_property_is_a_freeze(string sentence, string expected) =>
        Assert.Equal([expected], Read.Measures(sentence));

    [Theory]
    [InlineData("The United States ordered its banks to close the correspondent accounts of an Iranian lender.")]
    [InlineData("The United States told its banks to reject all transactions with Iranian lenders.")]
    public void Closing_correspondent_accounts_and_rejecting_transactions_restrict_finance(string sentence) =>
        Assert.Equal(["financial_restriction United States>Iran enacted"], Read.Measures(sentence));

    [Fact]
    public void A_state_before_a_measure_noun_imposes_every_measure_of_the_phrase() =>
        Assert.Equal(["asset_freeze United Kingdom>Iran enacted", "travel_ban United Kingdom>Iran enacted"],
            Read.Measures("Forty Iranian officials have been made subject to UK asset freezes and travel bans."));

    [Theory]
    [InlineData("Britain sanctioned twelve Russian military commanders.", "sanctions_general United Kingdom>Russia enacted")]
    [InlineData("Japan froze the accounts of Iranian military officers.", "asset_freeze Japan>Iran enacted")]
    public void People_named_by_their_service_belong_to_their_state(string sentence, string expected) =>
        Assert.Equal([expected], Read.Measures(sentence));

    [Theory]
    [InlineData("Canada sanctions Sberbank over the war.", "sanctions_general Canada>Russia enacted")]
    [InlineData("US and UK sanction IRGC-linked firms.", "sanctions_general United Kingdom>Iran enacted|sanctions_general United States>Iran enacted")]
    public void The_object_of_a_present_tense_sanction_is_its_target(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Read.Measures(sentence));

    [Fact]
    public void A_blocs_sanctions_before_a_name_stay_a_noun_phrase() =>
        Assert.DoesNotContain(Read.Text("The bloc's ministers met on Monday.", title: "Belarus EU sanctions Poland").Measures, m => m.Target == "Poland");

    [Fact]
    public void Banks_named_one_by_one_are_a_listing_not_a_sector() =>
        Assert.Equal(["sanctions_general European Union>Russia enacted"],
            Read.Measures("The EU adopted sanctions that target Sberbank along with two other Russian banks."));

    [Theory]
    [InlineData("The United States sanctioned Iran.", "sanctions_general United States>Iran enacted")]
    [InlineData("On Monday the United Kingdom sanctioned Iran.", "sanctions_general United Kingdom>Iran enacted")]
    public void A_country_named_with_the_before_a_verb_of_sanctioning_is_its_subject(string sentence, string expected) =>
        Assert.Equal([expected], Read.Measures(sentence));

    [Fact]
    public void Property_said_to_be_blocked_at_the_end_of_a_long_subject_is_frozen() =>
        Assert.Equal(["asset_freeze United States>Iran enacted"],
            Read.Measures("The United States sanctioned five Iranian shipping firms on Monday. All property and interests in property of "
                + "these firms held in the United States or by American banks are blocked."));

    [Theory]
    [InlineData("The United States sanctioned Russian banks. All the property of the sanctioned Russian firms in the United States has been blocked.", "asset_freeze United States>Russia enacted")]
    [InlineData("Britain sanctioned six Iranian officials. As a result, all funds of these officials in Britain are frozen.", "asset_freeze United Kingdom>Iran enacted")]
    [InlineData("Six Iranian officials are now subject to asset freezes in the UK.", "asset_freeze United Kingdom>Iran enacted")]
    public void The_state_where_frozen_assets_are_held_freezes_them(string text, string expected) =>
        Assert.Equal([expected], Read.Measures(text));

    [Fact]
    public void Only_a_subject_right_before_the_measure_suffers_it() =>
        Assert.Equal(["financial_restriction Japan>Belarus enacted"],
            Read.Measures("Tokyo designated two Belarusian firms as subject to sanctions, banning payments from them by Japanese exporters."));

    [Theory]
    [InlineData("Canada imposed sanctions on Iran's two largest banks. Canada also froze the assets of the two Iranian banks.")]
    [InlineData("Canada imposed sanctions on Iran's Revolutionary Guard. Canada also froze the assets of the Iranian guards.")]
    public void A_states_possessive_before_its_firms_or_bodies_aims_at_them_not_at_the_state(string text) =>
        Assert.Equal(["asset_freeze Canada>Iran enacted"], Read.Measures(text));

    [Fact]
    public void Transactions_said_to_be_prohibited_at_the_end_of_a_long_subject_are_restricted() =>
        Assert.Equal(["financial_restriction United States>Iran enacted"],
            Read.Measures("The United States sanctioned five Iranian shipping firms on Monday. All transactions by American companies "
                + "or within the United States that involve property of the designated firms are prohibited."));

    [Fact]
    public void Barring_a_state_from_the_financial_system_restricts_finance() =>
        Assert.Equal(["financial_restriction United States>Iran enacted"], Read.Measures("The United States barred Iran from the global financial system."));

    [Fact]
    public void A_headline_without_an_imposer_takes_the_one_the_article_shows_acting_on_its_target() =>
        Assert.Contains(Read.Text("The United States froze the assets of two Russian banks.", title: "Treasury heightens sanctions on Russia").Measures,
            m => m is { Type: "sanctions_general", Imposer: "United States", Target: "Russia" });

    [Theory]
    [InlineData("The UK sanctions were imposed on regional IRGC commanders.", "sanctions_general United Kingdom>Iran enacted")]
    [InlineData("EU sanctions targeted the senior IRGC officer in the province.", "sanctions_general European Union>Iran enacted")]
    public void A_rank_or_place_word_before_a_body_leaves_it_the_target(string sentence, string expected) =>
        Assert.Equal([expected], Read.Measures(sentence));

    [Fact]
    public void A_states_agencies_act_for_it() =>
        Assert.Equal(["asset_freeze Iran>United Kingdom announced", "financial_restriction Iran>United Kingdom announced"],
            Read.Measures("Iran imposed sanctions on six British officials. Iranian agencies will block the transactions of these officials and freeze their assets."));
}
