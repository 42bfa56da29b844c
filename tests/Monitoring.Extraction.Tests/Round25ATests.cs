namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 25A: a fronted "Given the state' involvement" as the reason (a bare apostrophe's possessive, an adjective before the
/// deed), the dealers a threat of listings describes, a sanctions list and what a person is subject to as no regime aimed at
/// the state, "First Lady" as a title, "an end to" the war beside sought negotiations, the stock call on a seller to stop its
/// arms sales, a sanctions package that aims to "tackle" imports, a state that follows suit, sanctions on "the Syrian
/// government" as on the state, dual-use goods legislation as no ban, and sanctions on a state "targeting its main export
/// industries and access to finance". Sentences written for the rules, with guards; names
/// invented where the rule allows.
/// </summary>
public sealed class Round25ATests
{
    [Fact]
    public void A_fronted_given_with_a_bare_apostrophe_possessive_is_the_reason_not_the_imposer()
    {
        var measures = Read.Measures(
            "Japan will impose sanctions on Honduras this week, the prime minister said. \"Given Honduras' obvious involvement in the coup, " +
            "we have decided to take sanction measures against individuals including President Mario Quispe as well as entities, and " +
            "implement export control measures,\" he said.");
        Assert.Equal(["export_ban Japan>Honduras announced", "sanctions_general Japan>Honduras announced"], measures);
    }

    [Fact]
    public void A_bare_apostrophe_possessive_before_the_deed_is_the_reason()
    {
        var measures = Read.Measures("Citing Honduras' involvement in the coup, Norway on Monday froze the assets of three Peruvian banks.");
        Assert.Equal(["asset_freeze Norway>Peru enacted"], measures);
    }

    [Fact]
    public void A_bare_apostrophe_possessive_before_a_capitalised_word_is_no_reason()
    {
        var measures = Read.Measures("Norway on Monday froze the assets of Honduras' National Bank over the coup.");
        Assert.Equal(["asset_freeze Norway>Honduras enacted"], measures);
    }

    [Fact]
    public void Anyone_doing_business_with_the_regime_describes_who_would_be_listed()
    {
        var measures = Read.Measures(
            "Norway on Wednesday imposed fresh sanctions aimed at depriving the Bolivian government of funds, and warned that Oslo would " +
            "blacklist anyone doing business with the government of Bolivian President Mario Quispe.");
        Assert.Equal(["sanctions_general Norway>Bolivia enacted"], measures);
    }

    [Fact]
    public void People_barred_from_doing_business_is_still_a_financial_restriction()
    {
        var measures = Read.Measures("Norway sanctioned two Bolivian officials. The sanctions bar Norwegians from doing business with them.");
        Assert.Equal(["financial_restriction Norway>Bolivia enacted"], measures);
    }

    [Fact]
    public void People_added_to_a_sanctions_list_give_only_the_types_named()
    {
        var f = Read.Text(
            "The designation freezes any assets they may have in the U.S. and blocks their access to the U.S. financial system.",
            title: "Honduras’s first lady, aide added to US sanctions list");
        var measures = f.Measures.Select(m => $"{m.Type} {m.Imposer}>{m.Target}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["asset_freeze United States>Honduras", "financial_restriction United States>Honduras"], measures);
    }

    [Fact]
    public void A_person_already_subject_to_a_states_sanctions_does_not_aim_them_at_the_state()
    {
        var measures = Read.Measures(
            "The United States on Friday imposed sanctions on two Honduran officials. Vice President Lucia Paz is already subject to U.S. " +
            "sanctions along with other Honduran officials. Friday’s action freezes any U.S. assets of those blacklisted and generally " +
            "bars Americans from dealing with them.");
        Assert.Equal(["asset_freeze United States>Honduras enacted", "financial_restriction United States>Honduras enacted"], measures);
    }

    [Fact]
    public void A_blocs_own_sanctions_named_before_the_state_still_aim_at_it()
    {
        var measures = Read.Measures("The EU extended its EU sanctions against Honduras. The measures include an asset freeze on nine officials.");
        Assert.Equal(["asset_freeze European Union>Honduras enacted", "sanctions_general European Union>Honduras enacted"], measures);
    }

    [Fact]
    public void First_lady_is_a_title_before_a_name()
    {
        var f = Read.Text("Norway has sanctioned Bolivia's Vice President and First Lady Carmen Vargas as well as adviser Hugo Pineda.");
        var people = Read.ActorNames(f, ActorKind.Person);
        Assert.Contains("Carmen Vargas", people);
        Assert.Contains("Hugo Pineda", people);
    }

    [Fact]
    public void An_end_to_the_war_beside_negotiations_sought_is_no_diplomatic_measure()
    {
        var measures = Read.Measures(
            "The action marks another round in Oslo's bid to push the Bolivian government back to UN-led negotiations and broker an end " +
            "to the conflict.");
        Assert.Empty(measures);
    }

    [Fact]
    public void Talks_suspended_are_still_a_diplomatic_measure()
    {
        var measures = Read.Measures("Norway suspended talks with Bolivia on a trade deal on Monday.");
        Assert.Equal(["diplomatic Norway>Bolivia enacted"], measures);
    }

    [Fact]
    public void A_seller_called_on_to_stop_its_arms_sales_weighs_no_embargo()
    {
        Assert.Empty(Read.Measures("Peru's foreign ministry spokesman called on Norway to stop selling weapons to Chile."));
        Assert.Empty(Read.Measures("Peru urged Norway to halt arms sales to Chile."));
    }

    [Fact]
    public void A_seller_that_stops_its_arms_sales_itself_imposes_an_embargo()
    {
        Assert.Equal(["arms_embargo Norway>Chile announced"], Read.Measures("Norway will stop selling weapons to Chile."));
    }

    [Fact]
    public void A_call_to_impose_an_arms_embargo_is_still_considered()
    {
        Assert.Equal(["arms_embargo Norway>Chile considered"], Read.Measures("Peru urged Norway to impose an arms embargo on Chile."));
    }

    [Fact]
    public void A_sanctions_package_that_aims_to_tackle_imports_bans_them()
    {
        var measures = Read.Measures(
            "Norway will impose new sanctions on Russia, the minister said. \"We are working on the new package of sanctions, which aims " +
            "to exclude more banks and tackle oil imports,\" he wrote.");
        // (Round 25E: what a package being worked on aims at is considered, as the work is.)
        Assert.Equal(["import_ban Norway>Russia considered", "sanctions_general Norway>Russia announced"], measures);
    }

    [Fact]
    public void Tackling_imports_without_sanctions_is_no_ban()
    {
        Assert.Empty(Read.Measures("Norway said it would tackle oil imports from Russia by building new pipelines."));
    }

    [Fact]
    public void A_state_asked_whether_it_will_follow_suit_weighs_the_leaders_measures()
    {
        var measures = Read.Measures("Norway imposed a travel ban and an asset freeze on ten Bolivian officials on Monday. Will Denmark follow suit?");
        Assert.Equal(
            [
                "asset_freeze Denmark>Bolivia considered", "asset_freeze Norway>Bolivia enacted",
                "travel_ban Denmark>Bolivia considered", "travel_ban Norway>Bolivia enacted",
            ],
            measures);
    }

    [Fact]
    public void Allies_urged_to_follow_suit_weigh_the_leaders_controls()
    {
        var measures = Read.Measures("Norway imposed export controls on chips to Bolivia on Monday. It urged allies like Denmark and Sweden to follow suit.");
        Assert.Equal(["export_ban Denmark>Bolivia considered", "export_ban Norway>Bolivia enacted", "export_ban Sweden>Bolivia considered"], measures);
    }

    [Fact]
    public void A_state_expected_to_follow_suit_plans_the_measure_and_one_that_followed_suit_has_taken_it()
    {
        Assert.Equal(
            ["travel_ban Denmark>Bolivia announced", "travel_ban Norway>Bolivia enacted"],
            Read.Measures("Norway imposed a travel ban on ten Bolivian officials on Monday. Denmark is expected to follow suit."));
        Assert.Equal(
            ["travel_ban Denmark>Bolivia enacted", "travel_ban Norway>Bolivia enacted"],
            Read.Measures("Norway imposed a travel ban on ten Bolivian officials on Monday. Denmark followed suit on Tuesday."));
    }

    [Fact]
    public void A_firm_that_follows_suit_or_a_state_that_refuses_to_takes_no_measure()
    {
        Assert.Equal(
            ["travel_ban Norway>Bolivia enacted"],
            Read.Measures("Norway imposed a travel ban on ten Bolivian officials on Monday. Denmark’s Maersk followed suit and left the country."));
        Assert.Equal(
            ["travel_ban Norway>Bolivia enacted"],
            Read.Measures("Norway imposed a travel ban on ten Bolivian officials on Monday. Denmark has refused to follow suit."));
    }

    [Fact]
    public void Sanctions_on_the_states_government_named_by_its_demonym_aim_at_the_state()
    {
        var f = Read.Text(
            "Norway has sanctioned 13 entities and six Bolivian people. Norway also said the sanctions freeze any Norwegian assets the " +
            "individuals and entities hold and generally prohibit Norwegians from conducting business with them.",
            title: "Norway Imposes New Sanctions on Bolivian Government");
        Assert.Contains(f.Measures, m => m.Type == "sanctions_general" && m.Imposer == "Norway" && m.Target == "Bolivia");
    }

    [Fact]
    public void Sanctions_on_the_states_officials_named_by_its_demonym_give_only_the_types_named()
    {
        var f = Read.Text(
            "Norway has sanctioned 13 entities and six Bolivian people. Norway also said the sanctions freeze any Norwegian assets the " +
            "individuals and entities hold and generally prohibit Norwegians from conducting business with them.",
            title: "Norway Imposes New Sanctions on Bolivian Officials");
        Assert.DoesNotContain(f.Measures, m => m.Type == "sanctions_general");
    }

    [Fact]
    public void Dual_use_goods_legislation_is_no_export_ban()
    {
        var measures = Read.Measures(
            "Norway decided to adopt an embargo on armaments against Bolivia. The EU imposed a similar embargo in 2011. Norway has to " +
            "date largely implemented that embargo based on existing war materiel and dual-use goods legislation.");
        Assert.Equal(["arms_embargo European Union>Bolivia enacted", "arms_embargo Norway>Bolivia announced"], measures);
    }

    [Fact]
    public void A_ban_on_dual_use_goods_is_still_an_export_ban()
    {
        Assert.Equal(["export_ban Norway>Bolivia enacted"], Read.Measures("Norway imposed a ban on dual-use goods for Bolivia on Monday."));
    }

    [Fact]
    public void Sanctions_on_a_state_targeting_its_export_industries_and_access_to_finance_name_those_measures()
    {
        var measures = Read.Measures(
            "Norway is thus following the European Union, which last month imposed wide-ranging economic sanctions on Bolivia, targeting " +
            "its main export industries and access to finance.");
        Assert.Equal(
            [
                "financial_restriction European Union>Bolivia enacted", "import_ban European Union>Bolivia enacted",
                "sanctions_general European Union>Bolivia enacted",
            ],
            measures);
    }

    [Fact]
    public void Sanctions_on_a_state_targeting_other_things_stay_general()
    {
        var measures = Read.Measures("The EU imposed economic sanctions on Bolivia, targeting officials responsible for the crackdown.");
        Assert.Equal(["sanctions_general European Union>Bolivia enacted"], measures);
    }
}
