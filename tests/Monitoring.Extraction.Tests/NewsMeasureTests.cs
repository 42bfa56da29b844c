namespace Monitoring.Extraction.Tests;

/// <summary>Which way a goods ban runs: whose trade the text names decides between an import and an export ban.</summary>
public sealed class GoodsDirectionTests
{
    [Fact]
    public void A_cap_on_the_targets_own_imports_is_an_export_ban() =>
        Assert.Equal(["export_ban Norway>Eritrea announced"], Read.Measures("Norway will limit Eritrea's imports of jet fuel."));

    [Fact]
    public void Exports_banned_by_the_security_council_with_no_destination_are_the_targets() =>
        Assert.Equal(["import_ban UN Security Council>Eritrea enacted", "sanctions_general UN Security Council>Eritrea enacted"],
            Read.Measures("The UN Security Council imposed sanctions on Eritrea. The measures include a ban on exports of gold and copper."));

    [Fact]
    public void Exports_to_the_target_banned_by_the_security_council_stay_an_export_ban() =>
        Assert.Equal(["export_ban UN Security Council>Eritrea enacted", "sanctions_general UN Security Council>Eritrea enacted"],
            Read.Measures("The UN Security Council imposed sanctions on Eritrea. The measures include a ban on exports of rifles and drones to Eritrea."));

    [Fact]
    public void The_targets_exports_to_the_imposer_sanctioned_are_an_import_ban() =>
        Assert.Equal(["import_ban Norway>Eritrea enacted"], Read.Measures("Norway has sanctioned 80% of Eritrean exports to Norway."));

    [Fact]
    public void A_cap_on_fuel_supplies_is_an_export_ban() =>
        Assert.Equal(["export_ban Norway>Eritrea enacted", "sanctions_general Norway>Eritrea enacted"], Read.Measures("Norway imposed new sanctions on Eritrea that cap its fuel supplies."));

    [Fact]
    public void Buying_and_selling_goods_banned_are_both_bans() =>
        Assert.Equal(["export_ban Norway>Eritrea enacted", "import_ban Norway>Eritrea enacted", "sanctions_general Norway>Eritrea enacted"],
            Read.Measures("Norway imposed sanctions on Eritrea. The measures include a ban on the buying and selling of drone technology."));
}

/// <summary>Several measures named in one clause: nouns after a general verb, coordinated heads, money flows.</summary>
public sealed class MeasureListTests
{
    [Fact]
    public void A_head_at_the_end_of_a_list_takes_the_lists_restricting_verb() =>
        Assert.Equal(["investment_ban Norway>Eritrea enacted", "sanctions_general Norway>Eritrea enacted"],
            Read.Measures("Norway imposed sanctions on Eritrea. The package bans new joint ventures with Eritrean firms, and any new investment in current ones."));

    [Fact]
    public void Financial_sanctions_and_travel_bans_on_people_are_a_freeze_and_a_travel_ban() =>
        Assert.Equal(["asset_freeze Norway>Eritrea announced", "travel_ban Norway>Eritrea announced"],
            Read.Measures("Norway will impose financial sanctions and travel bans on six Eritrean officials."));

    [Fact]
    public void Targeted_financial_sanctions_are_a_freeze() =>
        Assert.Equal(["asset_freeze Norway>Eritrea announced"], Read.Measures("Norway will impose targeted financial sanctions against Eritrea."));

    [Fact]
    public void A_ban_on_travel_is_a_travel_ban() =>
        Assert.Equal(["travel_ban Norway>Eritrea announced"], Read.Measures("Norway will tighten curbs on travel to Eritrea."));

    [Fact]
    public void Visits_by_officials_banned_are_a_travel_ban() =>
        Assert.Equal(["travel_ban Norway>Eritrea enacted"], Read.Measures("Visits by Eritrean officials have already been banned by Norway."));

    [Fact]
    public void Money_transfers_banned_are_a_financial_restriction() =>
        Assert.Equal(["financial_restriction Norway>Eritrea announced"], Read.Measures("Norway will ban money transfers to Eritrea."));

    [Fact]
    public void Dealing_in_sovereign_debt_prohibited_is_a_financial_restriction() =>
        Assert.Equal(["financial_restriction Norway>Eritrea enacted"], Read.Measures("Norway prohibits anyone from dealing in Eritrea's sovereign debt."));

    [Fact]
    public void A_central_bank_barred_from_cashing_bonds_is_a_financial_restriction() =>
        Assert.Equal(["financial_restriction Norway>Russia enacted"], Read.Measures("Norway barred the Bank of Russia from cashing in its bonds."));

    [Fact]
    public void A_superlative_of_sanctioned_reports_no_measure() =>
        Assert.Empty(Read.Text("Eritrea has overtaken Sudan to become Norway's most-sanctioned country.").Measures);
}

/// <summary>Export controls named by their instrument: permits, licences, the Entity List.</summary>
public sealed class ExportControlTests
{
    [Fact]
    public void Export_permits_no_longer_issued_are_an_export_ban() =>
        Assert.Equal(["export_ban Norway>Eritrea enacted"], Read.Measures("Norway is no longer issuing new export permits for Eritrea."));

    [Fact]
    public void Exports_that_require_a_licence_are_controlled() =>
        Assert.Equal(["export_ban Norway>Eritrea enacted", "sanctions_general Norway>Eritrea enacted"],
            Read.Measures("Norway imposed sanctions on Eritrea. The export of any listed items to Eritrea will require a license."));

    [Fact]
    public void This_list_after_the_entity_list_is_the_entity_list() =>
        Assert.Equal(["export_ban United States>China enacted"],
            Read.Measures("The US added 30 entities to its Entity List on Friday. A Chinese drone maker was placed on this list in 2019."));
}

/// <summary>Who imposes and who is aimed at when other states are named around a measure.</summary>
public sealed class MeasureRoleTests
{
    [Fact]
    public void Firms_based_in_third_states_stand_for_those_states() =>
        Assert.Equal(["sanctions_general Norway>Armenia enacted", "sanctions_general Norway>Eritrea enacted", "sanctions_general Norway>Turkey enacted"],
            Read.Measures("Norway sanctioned Eritrea on Monday. Five firms, including two based in Turkey and one in Armenia, were named for blacklisting."));

    [Fact]
    public void A_state_based_firm_is_its_states() =>
        Assert.Equal(["sanctions_general Norway>Armenia enacted", "sanctions_general Norway>Eritrea enacted", "sanctions_general Norway>Turkey enacted"],
            Read.Measures("Norway imposed new sanctions on Eritrea. The sanctions hit an Armenia-based trader and two firms based in Turkey."));

    [Fact]
    public void Moves_made_by_others_are_their_measures_on_the_same_target() =>
        Assert.Equal(["sanctions_general Denmark>Eritrea enacted", "sanctions_general European Union>Eritrea enacted", "sanctions_general Norway>Eritrea announced"],
            Read.Measures("Norway will impose sanctions on Eritrea's president. The step falls in line with moves made by the EU and Denmark."));

    [Fact]
    public void Partners_listed_with_the_imposer_are_not_targets() =>
        Assert.Equal(["sanctions_general Norway>Eritrea considered"],
            Read.Measures("Norway is weighing sanctions on Eritrea. Norway has been working with partners, including Denmark and Sweden, on what its sanctions options are."));

    [Fact]
    public void Partners_said_to_enforce_sanctions_do_not_impose_them() =>
        Assert.DoesNotContain(Read.Text("The UN Security Council imposed sanctions on Eritrea. It is unclear how strictly trading partners, including Egypt, will enforce the sanctions.").Measures,
            m => m.Imposer == "Egypt");

    [Fact]
    public void States_that_welcome_a_measure_neither_impose_nor_suffer_it() =>
        Assert.DoesNotContain(Read.Text("Norway's neighbours, Denmark and Sweden, welcomed the new sanctions that ban Eritrea's gold exports.").Measures,
            m => m.Imposer is "Norway" or "Denmark" or "Sweden" || m.Target is "Denmark" or "Sweden");

    [Fact]
    public void A_states_name_before_sanctions_is_their_target() =>
        Assert.Equal(["sanctions_general Norway>Eritrea enacted", "sanctions_general Norway>Sudan enacted"],
            Read.Measures("Norway imposed sanctions on Sudan. The changes align the Eritrea sanctions with the Sudan sanctions regime."));

    [Fact]
    public void A_measure_describing_whom_a_rule_covers_is_not_reported() =>
        Assert.DoesNotContain(Read.Text("Norway restricted chip exports to Eritrea, including to firms in any country under a Norwegian arms embargo.").Measures,
            m => m.Type == "arms_embargo");

    [Fact]
    public void A_state_helped_by_the_targets_is_not_an_imposer() =>
        Assert.DoesNotContain(Read.Text("Norway imposed sanctions on Eritrea. Eritrean officials who helped Sudan in its offensive are also targeted by sanctions.").Measures,
            m => m.Imposer == "Sudan");

    [Fact]
    public void An_amount_after_over_does_not_end_the_targets() =>
        Assert.Equal(["financial_restriction Norway>Eritrea announced"], Read.Measures("Norway will ban remittances over $1,000 to Eritrea."));
}

/// <summary>Status words after the measure and around a stop.</summary>
public sealed class StatusWordingTests
{
    [Fact]
    public void A_reported_would_after_the_measure_is_announced() =>
        Assert.Equal(["financial_restriction Norway>Eritrea announced"],
            Read.Measures("Norway's finance minister told reporters that remittances of money to Eritrea in principle would be forbidden."));

    [Fact]
    public void No_longer_is_a_stop_not_a_denial() =>
        Assert.NotEmpty(Read.Text("Norway is no longer issuing new export permits for Eritrea.").Measures);
}

/// <summary>Bodies named in full and as reporters name them.</summary>
public sealed class BodyNameTests
{
    [Fact]
    public void The_kremlin_is_a_body_that_speaks_for_russia()
    {
        var f = Read.Text("The Kremlin banned imports of Norwegian salmon.");
        Assert.Contains("Kremlin", Read.ActorNames(f, ActorKind.Organization));
        Assert.Equal(["import_ban Russia>Norway enacted"], f.Measures.Select(m => $"{m.Type} {m.Imposer}>{m.Target} {m.Status}"));
    }

    [Fact]
    public void A_possessive_with_a_curly_apostrophe_matches_a_tables_name() =>
        Assert.Equal(["China"], Read.ActorNames(Read.Text("Norway will curb exports to the People’s Republic of China."), ActorKind.Country).Where(n => n != "Norway"));

    [Fact]
    public void A_name_after_and_that_ends_in_a_company_form_is_a_second_firm()
    {
        var names = Read.ActorNames(Read.Text("Norway froze the assets of the Coastal Reserve Fund of Eritrea and Massawa Harbour Pars Co on Monday."), ActorKind.Organization);
        Assert.Contains("Coastal Reserve Fund of Eritrea", names);
        Assert.Contains("Massawa Harbour Pars Co", names);
    }

    [Fact]
    public void One_word_between_two_heads_stays_in_the_name() =>
        Assert.Contains("Asmara Information Technology Cooperation Company",
            Read.ActorNames(Read.Text("Norway froze the assets of Asmara Information Technology Cooperation Company on Monday."), ActorKind.Organization));

    [Fact]
    public void An_arabic_article_inside_a_name_belongs_to_it() =>
        Assert.Contains("Qarargah al-Nasr Engineering Headquarters",
            Read.ActorNames(Read.Text("Norway sanctioned the Qarargah al-Nasr Engineering Headquarters on Monday."), ActorKind.Organization));
}
