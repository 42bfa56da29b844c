namespace Monitoring.Extraction.Tests;

/// <summary>
/// The wording reporters use around a listing: money and travel named together, a state's name before its
/// people, a story label before a colon, agreements not reached, partners and comparisons that are no target,
/// and export controls named by sale and access. One rule each, sentences written for it.
/// </summary>
public sealed class ReportingLanguageTests
{
    [Theory]
    [InlineData("Australia imposed financial and travel sanctions on twelve Iranian officials.", "asset_freeze Australia>Iran enacted|travel_ban Australia>Iran enacted")]
    [InlineData("Australia placed financial or travel bans on nine Iranian generals.", "asset_freeze Australia>Iran enacted|travel_ban Australia>Iran enacted")]
    [InlineData("Australia placed financial penalties on nine Iranian generals.", "asset_freeze Australia>Iran enacted")]
    public void Financial_penalties_on_people_or_beside_travel_bans_freeze_what_they_hold(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Read.Measures(sentence));

    [Theory]
    [InlineData("Britain sanctioned Belarus officials on Monday. The sanctions include an asset freeze.", "asset_freeze United Kingdom>Belarus enacted")]
    [InlineData("Australia sanctioned Iran Defence Minister Ali Karimi. The sanctions include a travel ban.", "travel_ban Australia>Iran enacted")]
    public void A_state_named_before_its_people_is_not_aimed_at_as_a_state(string text, string expected) =>
        Assert.Equal([expected], Read.Measures(text));

    [Fact]
    public void A_name_before_a_colon_labels_the_story_and_imposes_nothing() =>
        Assert.DoesNotContain(Read.Text("The UK froze the assets of a potash producer in Belarus.", title: "Belarus: UK imposes more sanctions on the Lukashenko regime").Measures,
            m => m.Imposer == "Belarus");

    [Theory]
    [InlineData("EU ministers were unable to agree sanctions on Belarus.")]
    [InlineData("EU ministers failed to agree on sanctions against Belarus.")]
    public void An_agreement_not_reached_is_no_measure(string sentence) =>
        Assert.Empty(Read.Measures(sentence));

    [Fact]
    public void Similar_sanctions_by_another_state_are_aimed_where_the_first_were() =>
        Assert.Equal(["sanctions_general Canada>Belarus enacted", "sanctions_general United Kingdom>Belarus enacted"], Read.Measures("The UK imposed sanctions on Belarus on Tuesday. Similar sanctions were imposed by Canada."));

    [Theory]
    [InlineData("The UK imposed sanctions on Belarus. The sanctions have been imposed as part of a coordinated approach with Canada.")]
    [InlineData("The UK imposed sanctions on Belarus. The sanctions were imposed alongside Canada.")]
    public void A_state_acted_with_is_no_target(string text) =>
        Assert.DoesNotContain(Read.Text(text).Measures, m => m.Target == "Canada");

    [Theory]
    [InlineData("The Dutch government will restrict the sale of lithography machines to China.", "export_ban Netherlands>China announced")]
    [InlineData("The Netherlands will limit China's access to advanced chips.", "export_ban Netherlands>China announced")]
    [InlineData("The United States wants to deny China access to chipmaking equipment.", "export_ban United States>China considered")]
    public void Sales_and_access_held_back_are_export_controls(string sentence, string expected) =>
        Assert.Equal([expected], Read.Measures(sentence));

    [Fact]
    public void The_state_whose_effort_is_joined_is_no_target() =>
        Assert.Equal(["export_ban Netherlands>China enacted", "export_ban United States>China enacted"], Read.Measures("The Netherlands joined US efforts to deny China access to chipmaking equipment."));

    [Fact]
    public void People_counted_in_several_states_aim_at_each() =>
        Assert.Equal(["sanctions_general United States>China enacted", "sanctions_general United States>Iran enacted", "sanctions_general United States>Venezuela enacted"],
            Read.Measures("The United States imposed new sanctions on people in Iran, Venezuela and China."));

    [Fact]
    public void People_attacked_in_a_state_named_as_a_reason_are_no_listing() =>
        Assert.DoesNotContain(Read.Text("Russia imposed sanctions in response to attacks on people in Ukraine.").Measures, m => m.Target == "Ukraine");

    [Fact]
    public void Another_states_measure_named_for_comparison_does_not_become_the_context() =>
        Assert.Equal(["financial_restriction United Kingdom>Belarus enacted", "sanctions_general United Kingdom>Belarus enacted", "sanctions_general United States>Belarus enacted"],
            Read.Measures("Britain imposed new sanctions on Belarus, timed to coincide with broadly similar US sanctions against Belarus. They also prohibit loans to Belarus."));

    [Fact]
    public void A_measure_placed_in_a_passive_after_a_listing_takes_the_listings_roles() =>
        Assert.Equal(["asset_freeze United Kingdom>Belarus enacted", "sanctions_general United Kingdom>Belarus enacted"],
            Read.Measures("The UK sanctioned eight Belarusian officials on Monday. An asset freeze has also been placed on a potash producer."));

    [Fact]
    public void People_involved_in_a_states_programme_belong_to_it() =>
        Assert.Equal(["asset_freeze Australia>Iran enacted", "travel_ban Australia>Iran enacted"],
            Read.Measures("Australia has imposed sanctions on Iranian military figures. Foreign Minister Jane Doe on Tuesday placed financial penalties and travel bans on five individuals involved in Iran's missile program."));

    [Fact]
    public void A_leaders_administration_acts_for_its_state() =>
        Assert.Equal(["export_ban Japan>China enacted", "export_ban United States>China enacted"],
            Read.Measures("Japan tightened its export controls on China on Monday. The Biden administration imposed export controls to limit China's access to advanced chips."));

    [Fact]
    public void A_states_stance_after_the_measure_is_no_target() =>
        Assert.DoesNotContain(Read.Text("The United States imposed new sanctions on Iran. These sanctions demonstrate Australia's commitment to non-proliferation.").Measures,
            m => m.Target == "Australia");

    [Fact]
    public void The_subject_after_a_fronted_alongside_phrase_is_the_context() =>
        Assert.Equal(["asset_freeze United Kingdom>Belarus enacted", "sanctions_general Canada>Belarus enacted", "sanctions_general United Kingdom>Belarus enacted", "sanctions_general United States>Belarus enacted"],
            Read.Measures("Alongside the United States and Canada, Britain has imposed new penalties on eight Belarusian officials. An asset freeze has also been placed on a potash producer."));

    [Fact]
    public void A_states_control_list_is_no_target() =>
        Assert.DoesNotContain(Read.Text("Two chipmaking machines on the Dutch control list are subject to U.S. export controls.").Measures, m => m.Target == "Netherlands");

    [Fact]
    public void A_state_reacting_before_a_clause_with_its_own_subject_imposes_nothing() =>
        Assert.Equal(["export_ban Netherlands>China enacted"],
            Read.Measures("China protested on Saturday after the Netherlands widened its export controls on chip machines to China."));

    [Fact]
    public void Measures_named_again_after_a_joint_announcement_are_both_states() =>
        Assert.Equal(["asset_freeze Canada>Belarus enacted", "asset_freeze United Kingdom>Belarus enacted", "travel_ban Canada>Belarus enacted", "travel_ban United Kingdom>Belarus enacted"],
            Read.Measures("Britain and Canada have announced sanctions on senior Belarusian officials. Seven officials are covered by the sanctions, which include an asset freeze and travel ban."));

    [Fact]
    public void Measures_in_a_fronted_phrase_of_addition_take_no_target_from_the_main_clause() =>
        Assert.Equal(["financial_restriction United Kingdom>Belarus enacted", "sanctions_general United Kingdom>Russia enacted"],
            Read.Measures("The UK banned loans to Belarus. In addition to the aviation, trade and financial sanctions, the UK has also designated a Russian businessman."));
}
