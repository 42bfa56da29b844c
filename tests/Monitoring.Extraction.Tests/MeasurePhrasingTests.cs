using Monitoring.Extraction.Cleaning;

namespace Monitoring.Extraction.Tests;

/// <summary>How reporters phrase measures: noun phrases, lists, joiners, passives and the parties listed before.</summary>
public sealed class MeasurePhrasingTests
{
    [Fact]
    public void A_plan_stated_with_is_to_is_announced() =>
        Assert.Equal(["export_ban Norway>Iran announced"], Read.Measures("Norway is to ban exports of drones to Iran."));

    [Fact]
    public void A_modal_in_a_later_clause_leaves_the_act_enacted() =>
        Assert.Equal(["asset_freeze Norway>Iran enacted"],
            Read.Measures("Norway froze the assets of three Iranian generals on Friday, and ministers said more steps may follow later."));

    [Fact]
    public void Sanctions_on_a_sector_name_its_measures() =>
        Assert.Equal(["export_ban Norway>Iran enacted", "financial_restriction Norway>Iran enacted"],
            Read.Measures("Norway imposed sanctions targeting Iranian banks and drone exports."));

    [Fact]
    public void Sanctions_on_counted_banks_are_a_listing() =>
        Assert.Equal(["sanctions_general Norway>Iran enacted"], Read.Measures("Norway imposed sanctions on two Iranian banks."));

    [Fact]
    public void The_agents_of_an_initiative_are_not_its_targets() =>
        Assert.Equal(["swift_exclusion Norway>Iran enacted"],
            Read.Measures("Norway joined the effort by Denmark and Sweden to cut Iranian banks off SWIFT."));

    [Fact]
    public void The_states_joined_in_an_act_impose_too() =>
        Assert.Equal(["sanctions_general Denmark>Syria enacted", "sanctions_general European Union>Syria enacted", "sanctions_general Norway>Syria enacted"],
            Read.Measures("Norway joins Denmark and the EU in imposing sanctions on Syria."));

    [Fact]
    public void A_name_coordinated_with_a_target_does_not_impose() =>
        Assert.DoesNotContain(Read.Text("Norway backs the states that have imposed sanctions on Syria and Iran, including asset freezes on Syrian ministers.").Measures,
            m => m.Imposer == "Iran");

    [Fact]
    public void Every_state_hit_before_with_is_a_target() =>
        Assert.Equal(["sanctions_general United States>Iran enacted", "sanctions_general United States>Syria enacted"],
            Read.Measures("The United States hit Syria and Iran on Tuesday with new sanctions against Syrian generals."));

    [Fact]
    public void Sanctions_from_a_state_after_slapped_with_are_its_own() =>
        Assert.Equal(["sanctions_general Canada>Syria enacted"], Read.Measures("Syria was slapped with fresh sanctions from Canada."));

    [Fact]
    public void Sanctions_said_to_be_violated_are_not_reported_as_imposed() =>
        Assert.Empty(Read.Text("Iran shipped fuel to Syria in violation of United Nations' sanctions, inspectors said.").Measures);

    [Fact]
    public void A_measure_imposed_by_unnamed_western_states_has_no_imposer() =>
        Assert.Empty(Read.Text("Canada raised the matter at the meeting. The embargo on Syrian oil imposed by Western countries still holds.").Measures);

    [Fact]
    public void The_sanctioned_parties_stand_for_the_states_of_those_listed_before() =>
        Assert.Equal(["asset_freeze Canada>Iran enacted", "asset_freeze Canada>Syria enacted"],
            Read.Measures("Canada sanctioned two Iranian officials and three Syrian firms. The action freezes the assets of the sanctioned persons."));

    [Fact]
    public void A_ban_on_doing_business_is_a_financial_restriction() =>
        Assert.Equal(["financial_restriction Canada>Syria enacted"], Read.Measures("Canada prohibited its citizens from doing business with Syrian state banks."));

    [Fact]
    public void Firms_linked_to_states_stand_for_them() =>
        Assert.Equal(["sanctions_general Canada>Iran enacted", "sanctions_general Canada>Syria enacted"],
            Read.Measures("Canada blacklisted six firms linked to smuggling between Iran and Syria."));

    [Fact]
    public void Designating_a_firm_by_its_demonym_is_a_listing() =>
        Assert.Equal(["sanctions_general Canada>Iran enacted"], Read.Measures("Canada designated Iranian shipping firm Zagros Lines on Monday."));

    [Fact]
    public void A_full_stop_without_its_space_still_ends_a_sentence() =>
        Assert.Equal(2, Sentences.Split("Canada froze Iranian assets.Officials in Ottawa said more would follow.").Count);

    [Fact]
    public void The_subject_not_a_joined_state_carries_to_the_next_sentence() =>
        Assert.Equal(["financial_restriction Norway>Syria enacted", "sanctions_general Denmark>Syria announced", "sanctions_general Norway>Syria announced"],
            Read.Measures("Norway joined Denmark in announcing sanctions on Syria. The package bans transactions with Syrian state banks."));

    [Fact]
    public void A_list_after_including_names_the_targets() =>
        Assert.Equal(["sanctions_general Norway>Iran enacted", "sanctions_general Norway>Syria enacted"],
            Read.Measures("Norway imposed sanctions on several people, including four Syrians and two Iranian pilots."));

    [Fact]
    public void A_negated_predicate_after_the_cue_denies_the_measure() =>
        Assert.Empty(Read.Text("Norway said its import ban is not expected to hit Syrian fuel.").Measures);

    [Fact]
    public void Halting_business_with_a_state_is_a_financial_restriction() =>
        Assert.Equal(["financial_restriction Norway>Syria enacted"], Read.Measures("Norway told its lenders to halt all business with Syrian banks."));

    [Fact]
    public void Restricting_access_to_goods_is_an_export_ban_in_a_clause_on_the_sanctions() =>
        Assert.Equal(["export_ban Norway>Syria announced", "sanctions_general Norway>Syria announced"],
            Read.Measures("Norway announced sanctions against Syria that will restrict access to drones and other equipment."));

    [Fact]
    public void Sanctions_that_will_target_a_sector_name_its_measure() =>
        Assert.Equal(["financial_restriction Norway>Syria announced", "sanctions_general Norway>Syria enacted"],
            Read.Measures("Norway imposed sanctions on Syria last year. The sanctions will also target banks with close ties to Syria."));

    [Fact]
    public void A_second_object_under_the_same_preposition_is_a_second_target() =>
        Assert.Equal(["export_ban Norway>Iran announced", "export_ban Norway>Syria announced"],
            Read.Measures("Norway will ban exports of turbines to Syria and drone parts to Iran."));

    [Fact]
    public void A_list_of_prohibited_goods_is_an_export_ban() =>
        Assert.Equal(["export_ban Norway>Syria enacted", "financial_restriction Norway>Syria enacted", "sanctions_general Norway>Syria enacted"],
            Read.Measures("Norway imposed sanctions on Syria. The measures bar payments to Syrian ministries and widen the list of prohibited goods."));

    [Fact]
    public void Close_ties_are_not_a_diplomatic_measure() =>
        Assert.DoesNotContain(Read.Text("Norway imposed sanctions on Syria last year. The sanctions will also target banks with close ties to Syria.").Measures,
            m => m.Type == "diplomatic");

    [Fact]
    public void A_state_adopting_a_blocs_sanctions_imposes_them_too() =>
        Assert.Equal(["sanctions_general European Union>Syria enacted", "sanctions_general Norway>Syria enacted"],
            Read.Measures("Norway adopted the latest round of EU sanctions against Syria on Thursday."));

    [Fact]
    public void The_bloc_whose_sanctions_are_adopted_is_not_a_target() =>
        Assert.Equal(["asset_freeze Norway>Syria announced", "sanctions_general European Union>Syria enacted", "sanctions_general Norway>Syria announced"],
            Read.Measures("Norway will adopt EU sanctions against Syrian generals and freeze their assets."));

    [Fact]
    public void An_intervention_in_a_state_is_a_reason_not_a_target() =>
        Assert.Equal(["sanctions_general European Union>Syria enacted"],
            Read.Measures("Citing the military intervention in Lebanon, the EU imposed sanctions on Syria."));

    [Fact]
    public void Financial_sanctions_on_named_people_freeze_their_assets() =>
        Assert.Equal(["asset_freeze Norway>Russia enacted"], Read.Measures("Norway imposed financial sanctions against Russian President Vladimir Putin."));

    [Fact]
    public void An_amount_in_a_currency_frozen_is_an_asset_freeze_on_the_owners_state() =>
        Assert.Equal(["asset_freeze Norway>Syria enacted"],
            Read.Measures("Norway has frozen 3 billion Swiss francs ($3.2 billion) in funds under sanctions against Syrians."));
}

/// <summary>Measures as reporters word them: who stands for the United Nations, whose exports, which lists.</summary>
public sealed class MeasureWordingTests
{
    [Fact]
    public void The_united_nations_sanctions_are_the_security_councils() =>
        Assert.Equal(["sanctions_general UN Security Council>North Korea enacted"], Read.Measures("The United Nations imposed sanctions on North Korea."));

    [Fact]
    public void A_ban_on_exports_from_the_target_is_an_import_ban() =>
        Assert.Equal(["import_ban European Union>Syria enacted"], Read.Measures("The EU banned exports from Syrian state firms."));

    [Fact]
    public void A_ban_on_the_targets_own_exports_is_an_import_ban() =>
        Assert.Equal(["import_ban Norway>Iran enacted"], Read.Measures("Norway banned Iran's textile exports."));

    [Fact]
    public void A_firm_added_to_the_entity_list_faces_an_export_ban() =>
        Assert.Equal(["export_ban United States>Syria enacted"], Read.Measures("The Commerce Department added the Syrian firm Damas Telecom to the Entity List."));

    [Fact]
    public void A_ban_on_entry_into_a_territory_is_a_travel_ban() =>
        Assert.Equal(["travel_ban Norway>Syria enacted"], Read.Measures("Norway banned Syrian generals from entry into its territory."));

    [Fact]
    public void A_ban_on_remittances_is_a_financial_restriction() =>
        Assert.Equal(["financial_restriction Norway>Syria enacted"], Read.Measures("Norway banned remittances to Syria."));
}
