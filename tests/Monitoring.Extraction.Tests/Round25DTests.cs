namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 25D: a state's name before "sanction" used as a verb names no regime, so the types the article names for that state's
/// listings stand alone; a specific measure a sentence dates to an earlier round does not absorb today's sanctions; a state kept
/// from obtaining goods is the target of an export ban. Sentences written for the rules, with guards; people and firms invented.
/// </summary>
public sealed class Round25DTests
{
    [Fact]
    public void A_headline_verb_after_the_imposer_gives_only_the_types_the_article_names()
    {
        var found = Read.Text(
            "All property of the designees within the United States is blocked.",
            "US sanctions two Venezuelan generals over crackdown").Measures;
        Assert.Equal(["asset_freeze United States>Venezuela enacted"], found.Select(m => $"{m.Type} {m.Imposer}>{m.Target} {m.Status}"));
    }

    [Fact]
    public void A_joint_headline_verb_before_firms_and_officials_names_no_regime()
    {
        var found = Read.Measures(
            "US and UK sanction Venezuela's Orvalo Group and its officials. "
            + "All property of these designees within the United States is blocked.");
        Assert.DoesNotContain("sanctions_general United States>Venezuela enacted", found);
        Assert.Contains("asset_freeze United States>Venezuela enacted", found);
    }

    [Fact]
    public void Guard_a_demonym_after_sanctions_keeps_the_regime_reading()
    {
        var found = Read.Measures(
            "EU sanctions Venezuelan officials over crackdown. All property of these designees within the European Union is blocked.");
        Assert.Contains("sanctions_general European Union>Venezuela enacted", found);
    }

    [Fact]
    public void A_past_tense_verb_after_the_imposer_names_no_regime()
    {
        var found = Read.Measures(
            "The US sanctioned Venezuelan officials on Monday. All property of these designees within the United States is blocked.");
        Assert.Equal(["asset_freeze United States>Venezuela enacted"], found);
    }

    [Fact]
    public void Guard_the_noun_after_the_imposer_still_names_its_regime()
    {
        var found = Read.Measures(
            "US sanctions on Venezuelan officials took effect on Monday. All property of these designees within the United States is blocked.");
        Assert.Contains("sanctions_general United States>Venezuela enacted", found);
    }

    [Fact]
    public void A_specific_measure_dated_to_an_earlier_month_leaves_todays_sanctions_general()
    {
        var found = Read.Measures(
            "The State Department sanctioned four Venezuelan officials on Thursday. "
            + "In June, the administration imposed travel bans on the president's inner circle.");
        Assert.Contains("sanctions_general United States>Venezuela enacted", found);
        Assert.Contains("travel_ban United States>Venezuela enacted", found);
    }

    [Fact]
    public void Guard_an_undated_specific_measure_still_carries_the_sanctions_out()
    {
        var found = Read.Measures(
            "The State Department sanctioned four Venezuelan officials on Thursday. "
            + "The administration imposed travel bans on the four officials.");
        Assert.DoesNotContain("sanctions_general United States>Venezuela enacted", found);
        Assert.Contains("travel_ban United States>Venezuela enacted", found);
    }

    [Fact]
    public void Restricting_a_states_ability_to_obtain_goods_is_an_export_ban_on_it()
    {
        var found = Read.Measures("The United States restricted Venezuela's ability to obtain advanced chips.");
        Assert.Contains("export_ban United States>Venezuela enacted", found);
    }

    [Fact]
    public void A_bracketed_short_form_after_the_possessive_is_passed_over()
    {
        var found = Read.Measures(
            "The Bureau of Industry and Security restricts the People's Republic of China's (PRC's) ability to both purchase and manufacture high-end chips.");
        Assert.Contains(found, m => m.StartsWith("export_ban United States>China", StringComparison.Ordinal));
    }

    [Fact]
    public void Guard_an_ability_to_obtain_goods_with_no_restricting_verb_is_no_ban()
    {
        var found = Read.Measures("The United States praised Venezuela's ability to obtain advanced chips.");
        Assert.Empty(found);
    }

    [Fact]
    public void An_imposer_named_with_a_measure_but_no_target_is_the_context_of_the_next_sentence()
    {
        var found = Read.Measures("The Commerce Department is updating its export controls. These updates restrict Venezuela's access to advanced chips.");
        Assert.Equal(["export_ban United States>Venezuela enacted"], found);
    }

    [Fact]
    public void Guard_a_targetless_imposer_that_the_next_sentence_aims_at_is_not_its_imposer()
    {
        var found = Read.Measures("The Commerce Department is updating its export controls. Firms in the United States have been sanctioned by Venezuela.");
        Assert.DoesNotContain(found, m => m.StartsWith("sanctions_general United States>", StringComparison.Ordinal));
    }

    [Fact]
    public void Measures_that_restrict_in_the_present_are_in_force_whatever_participle_describes_them()
    {
        var found = Read.Measures(
            "The US will impose export controls on Venezuela. The controls announced in the two rules today restrict Venezuela's access to advanced chips.");
        Assert.Equal(["export_ban United States>Venezuela enacted"], found);
    }

    [Fact]
    public void Guard_measures_that_will_restrict_stay_announced()
    {
        var found = Read.Measures("The US will impose export controls on Venezuela. The controls will restrict Venezuela's access to advanced chips.");
        Assert.Equal(["export_ban United States>Venezuela announced"], found);
    }

    [Fact]
    public void A_bloc_named_only_in_a_laws_title_imposes_nothing()
    {
        var found = Read.Measures(
            "The UK announced sanctions on several officials in Venezuela. The designations were made under the Venezuela (Sanctions) "
            + "(EU Exit) Regulations 2019, and all new designees are now subject to asset freezes in the UK.");
        Assert.Contains("asset_freeze United Kingdom>Venezuela enacted", found);
        Assert.DoesNotContain(found, m => m.Contains("European Union>", StringComparison.Ordinal));
    }

    [Fact]
    public void Guard_a_bloc_named_outside_the_title_still_imposes()
    {
        var found = Read.Measures(
            "The EU, acting under the Venezuela (Sanctions) Regulations 2019, froze the assets of six Venezuelan officials.");
        Assert.Contains("asset_freeze European Union>Venezuela enacted", found);
    }
}
