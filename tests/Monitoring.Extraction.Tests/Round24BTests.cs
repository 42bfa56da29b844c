namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 24B: what a measure "will include" is planned; "as well as" joins targets as "and" does; a bloc whose sanctions
/// another adopts has them in force; a goods list and a second object of the same preposition share the target; a bank
/// barred from providing services is a financial restriction; a general sanction stays beside a specific measure given as
/// one more, as older or as further measures to come; sanctions imposed "by" a means stay general; new sanctions that "come
/// as" events are in force; a state "listed" people; the state whose export licences are withheld imposes the ban.
/// Sentences written for the rules, with guards.
/// </summary>
public sealed class Round24BTests
{
    [Fact]
    public void A_package_that_will_include_a_list_is_announced() =>
        Assert.Equal(["asset_freeze Sweden>Belarus announced", "sanctions_general Sweden>Belarus announced"],
            Read.Measures("Sweden's latest sanctions against Belarus will include:\n- An asset freeze on Belarusian ministers."));

    [Fact]
    public void A_package_that_will_include_a_measure_is_announced() =>
        Assert.Equal(["asset_freeze Sweden>Belarus announced", "sanctions_general Sweden>Belarus announced"],
            Read.Measures("Sweden's new package of sanctions against Belarus will include an asset freeze."));

    [Fact]
    public void A_package_that_could_include_a_measure_stays_considered() =>
        Assert.Equal(["asset_freeze Sweden>Belarus considered", "sanctions_general Sweden>Belarus considered"],
            Read.Measures("Sweden's new package of sanctions against Belarus could include an asset freeze."));

    [Fact]
    public void As_well_as_joins_a_second_target() =>
        Assert.Equal(["sanctions_general Japan>Iran enacted", "sanctions_general Japan>Syria enacted"],
            Read.Measures("Japan imposed sanctions on Iran as well as on Syria."));

    [Fact]
    public void As_well_as_joins_a_second_group_of_people() =>
        Assert.Equal(["asset_freeze Japan>Iran enacted", "asset_freeze Japan>Syria enacted"],
            Read.Measures("Japan froze the assets of two Iranian officials as well as three Syrian firms."));

    [Fact]
    public void As_well_as_before_a_place_joins_no_target() =>
        Assert.Equal(["sanctions_general Japan>Iran enacted"], Read.Measures("Japan imposed sanctions on Iran as well as in Syria."));

    [Fact]
    public void The_bloc_whose_sanctions_will_be_adopted_has_them_in_force() =>
        Assert.Equal(["sanctions_general Canada>Iran announced", "sanctions_general European Union>Iran enacted"],
            Read.Measures("Canada will adopt EU sanctions against Iranian officials."));

    [Fact]
    public void The_bloc_whose_sanctions_are_considered_for_adoption_has_them_in_force() =>
        Assert.Equal(["sanctions_general Canada>Iran considered", "sanctions_general European Union>Iran enacted"],
            Read.Measures("Canada is considering adopting the EU's sanctions on Iran."));

    [Fact]
    public void The_blocs_planned_sanctions_are_not_in_force() =>
        Assert.DoesNotContain("sanctions_general European Union>Iran enacted",
            Read.Measures("Canada will adopt the EU's planned sanctions on Iran."));

    [Fact]
    public void A_goods_list_and_a_second_on_object_share_its_target() =>
        Assert.Equal(["export_ban Japan>North Korea enacted", "financial_restriction Japan>North Korea enacted"],
            Read.Measures("Japan imposed bans on the export of chips, lasers and on all transactions with North Korean firms."));

    [Fact]
    public void A_goods_list_and_a_second_object_share_its_target() =>
        Assert.Equal(["export_ban Japan>North Korea enacted", "financial_restriction Japan>North Korea enacted"],
            Read.Measures("Japan banned the export of chips, lasers, cameras and all transactions with three North Korean banks."));

    [Fact]
    public void Goods_from_a_named_state_keep_their_own_target() =>
        Assert.DoesNotContain(Read.Measures("Japan imposed bans on the export of chips from Taiwan and on transactions with North Korean firms."),
            m => m.StartsWith("export_ban Japan>North Korea", StringComparison.Ordinal));

    [Fact]
    public void A_bank_barred_from_providing_services_is_a_financial_restriction() =>
        Assert.Equal(["financial_restriction Japan>Iran enacted"],
            Read.Measures("Japan sanctioned an Iranian bank, barring it from providing services to Japanese firms."));

    [Fact]
    public void Lenders_barred_from_providing_financial_services_are_a_financial_restriction() =>
        Assert.Equal(["financial_restriction Japan>Syria enacted"],
            Read.Measures("Japan barred two Syrian lenders from providing financial services in Japan."));

    [Fact]
    public void Consultants_barred_from_providing_services_are_no_financial_restriction() =>
        Assert.Empty(Read.Measures("Japan barred two Syrian consultants from providing services in Japan."));

    [Fact]
    public void A_bank_providing_services_is_no_measure() =>
        Assert.Empty(Read.Measures("The Iranian bank was providing services to Syrian firms, Japan said."));

    [Fact]
    public void A_measure_placed_also_on_a_new_object_keeps_the_general_sanction() =>
        Assert.Equal(["sanctions_general Sweden>Belarus enacted", "travel_ban Sweden>Belarus enacted"],
            Read.Measures("Sweden imposed new penalties on ten Belarusian judges. A travel ban has also been placed on a state bank."));

    [Fact]
    public void A_freeze_also_on_the_same_people_is_the_general_sanctions_own() =>
        Assert.Equal(["asset_freeze Sweden>Belarus enacted"],
            Read.Measures("Sweden imposed new penalties on ten Belarusian judges. Sweden also froze the assets of the ten judges."));

    [Fact]
    public void A_measure_already_in_force_keeps_the_general_sanction() =>
        Assert.Equal(["arms_embargo Sweden>Belarus enacted", "sanctions_general Sweden>Belarus enacted"],
            Read.Measures("Sweden sanctioned five officers of the Belarus Armed Forces. Sweden already has an arms embargo on the Belarus Armed Forces."));

    [Fact]
    public void A_measure_not_said_to_be_older_is_the_general_sanctions_own() =>
        Assert.Equal(["arms_embargo Sweden>Belarus enacted"],
            Read.Measures("Sweden sanctioned five officers of the Belarus Armed Forces. Sweden has an arms embargo on the Belarus Armed Forces."));

    [Fact]
    public void Further_measures_to_come_keep_the_general_sanction() =>
        Assert.Equal(["asset_freeze Sweden>Belarus considered", "sanctions_general Sweden>Belarus enacted"],
            Read.Measures("Sweden sanctioned five Belarusian officers. Further measures could include an asset freeze."));

    [Fact]
    public void The_new_measures_named_again_are_the_general_sanctions_own() =>
        Assert.Equal(["asset_freeze Sweden>Belarus enacted"],
            Read.Measures("Sweden sanctioned five Belarusian officers. The new measures include an asset freeze."));

    [Fact]
    public void Sanctions_on_a_state_by_a_means_stay_general_beside_it() =>
        Assert.Equal(["import_ban Sweden>Belarus enacted", "sanctions_general Sweden>Belarus enacted"],
            Read.Measures("Sweden imposed sanctions on Belarus by banning imports of potash."));

    [Fact]
    public void Sanctions_on_people_by_freezing_their_assets_are_the_freeze() =>
        Assert.Equal(["asset_freeze Sweden>Belarus enacted"],
            Read.Measures("Sweden imposed sanctions on Belarusian officials by freezing their assets."));

    [Fact]
    public void New_sanctions_that_come_as_events_unfold_are_in_force() =>
        Assert.Equal(["sanctions_general Sweden>Belarus enacted"], Read.Measures("Sweden's new sanctions on Belarus come as the crackdown grows."));

    [Fact]
    public void New_sanctions_that_could_come_soon_are_considered() =>
        Assert.Equal(["sanctions_general Sweden>Belarus considered"], Read.Measures("Sweden's new sanctions on Belarus could come as soon as next week."));

    [Fact]
    public void The_state_whose_export_licences_are_banned_imposes_the_ban() =>
        Assert.Equal(["export_ban Sweden>Belarus enacted", "sanctions_general Sweden>Belarus enacted"],
            Read.Measures("Sweden sanctioned Belarus's air force. The measures include a ban on all Swedish export licences to the air force."));

    [Fact]
    public void A_state_listing_people_sanctions_them() =>
        Assert.Equal(["sanctions_general Sweden>Belarus enacted"], Read.Measures("Sweden listed four Belarusian generals on Friday."));

    [Fact]
    public void A_state_listing_reasons_sanctions_nobody() =>
        Assert.Empty(Read.Measures("Sweden listed four reasons for the move."));
}
