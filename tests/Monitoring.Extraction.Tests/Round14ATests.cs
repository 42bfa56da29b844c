namespace Monitoring.Extraction.Tests;

/// <summary>
/// Rules from two stories the reader had never seen: a dateline of a city and its state after a headline and a summary,
/// the listed kept from a state's financial system or its people kept from dealing with them, and a publication's
/// description of the news it covers. One rule each, sentences written for it, each with a guard.
/// </summary>
public sealed class Round14ATests
{
    [Fact]
    public void A_city_and_state_dateline_after_a_summary_is_no_side_of_the_measure()
    {
        var found = Read.Measures("Norway lists more Peruvian judges\nThe ministry acted on the eve of the vote.\n"
            + "LIMA, Peru -- The Norwegian foreign ministry imposed sanctions on more Peruvian judges on Friday.");
        Assert.Equal(["sanctions_general Norway>Peru enacted"], found);
        Assert.DoesNotContain(found, m => m.StartsWith("sanctions_general Peru>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_that_opens_a_sentence_without_a_city_dateline_stays_a_side() =>
        Assert.Equal(["sanctions_general Peru>Chile enacted"],
            Read.Measures("Trade talks stalled in May.\nPeru imposed sanctions on Chile on Friday, the ministry said."));

    [Fact]
    public void Access_to_the_financial_system_blocked_is_a_financial_restriction() =>
        Assert.Equal(["asset_freeze Norway>Peru enacted", "financial_restriction Norway>Peru enacted"],
            Read.Measures("Norway sanctioned two Peruvian generals on Monday. The designation freezes any assets they hold in Norway and blocks their access to the Norwegian financial system."));

    [Fact]
    public void The_imposers_people_prevented_from_doing_business_with_the_listed_is_a_financial_restriction() =>
        Assert.Equal(["financial_restriction Norway>Peru enacted"],
            Read.Measures("Norway sanctioned two Peruvian generals on Monday. The action prevents Norwegian citizens from doing business with them."));

    [Fact]
    public void Access_to_a_financial_system_not_taken_away_or_business_not_barred_is_no_restriction()
    {
        Assert.DoesNotContain(Read.Text("Norway sanctioned two Peruvian generals. Peru said its banks keep their access to the Norwegian financial system.").Measures,
            m => m.Type == "financial_restriction");
        Assert.DoesNotContain(Read.Text("Norway sanctioned two Peruvian generals. Norwegian firms said they prefer doing business with Chile.").Measures,
            m => m.Type == "financial_restriction");
    }

    [Fact]
    public void Export_control_news_a_publication_covers_is_no_export_ban() =>
        Assert.DoesNotContain(Read.Text("Norway sanctioned two Peruvian generals. The Oslo Monitor combines Norwegian export control news and policy developments for Peru.").Measures,
            m => m.Type == "export_ban");

    [Fact]
    public void Export_controls_imposed_stay_an_export_ban() =>
        Assert.Contains(Read.Text("Norway imposed export controls on Peru on Monday, the ministry said in its news release.").Measures,
            m => m.Type == "export_ban");

    [Fact]
    public void Measures_that_comprise_types_are_those_types_in_force()
    {
        var found = Read.Measures("Norway imposed sanctions on Peru on Monday. The restrictive measures comprise a travel ban and an asset freeze.");
        Assert.Equal(["asset_freeze Norway>Peru enacted", "sanctions_general Norway>Peru enacted", "travel_ban Norway>Peru enacted"], found);
    }

    [Fact]
    public void A_modal_before_include_or_comprise_gives_the_status()
    {
        Assert.Equal(["travel_ban Norway>Peru considered"], Read.Measures("Norway said on Monday that new measures against Peru could include a travel ban."));
        Assert.Equal(["travel_ban Norway>Peru announced"], Read.Measures("Norway said on Monday that new measures against Peru will comprise a travel ban."));
    }

    [Fact]
    public void The_owner_of_a_named_sanctions_regime_is_no_target()
    {
        var found = Read.Measures("Norway imposed sanctions on Peru on Monday. The measures, which apply the Norway Global Human Rights Sanctions Regime, "
            + "include a travel ban and an asset freeze.");
        Assert.Equal(["asset_freeze Norway>Peru enacted", "sanctions_general Norway>Peru enacted", "travel_ban Norway>Peru enacted"], found);
        Assert.DoesNotContain(found, m => m.Contains(">Norway", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_whose_regime_is_sanctioned_stays_the_target() =>
        Assert.Equal(["sanctions_general Norway>Peru enacted"], Read.Measures("Norway imposed sanctions on the Peru regime on Monday."));

    [Fact]
    public void The_state_a_travel_ban_keeps_people_from_entering_is_its_imposer()
    {
        var found = Read.Measures("Norway sanctioned four Peruvian judges on Monday. The measures include a travel ban that prevents those listed "
            + "from entering or transiting through Norwegian territory.");
        Assert.Equal(["travel_ban Norway>Peru enacted"], found);
        Assert.DoesNotContain(found, m => m.Contains(">Norway", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_entered_without_a_ban_keeping_people_out_is_no_imposer() =>
        Assert.DoesNotContain(Read.Measures("Chile imposed a travel ban on four Peruvian judges on Monday after they were seen entering Bolivia."),
            m => m.StartsWith("travel_ban Bolivia", StringComparison.Ordinal));

    [Fact]
    public void A_prohibition_on_making_funds_available_is_a_financial_restriction()
    {
        Assert.Equal(["asset_freeze Norway>Peru enacted", "financial_restriction Norway>Peru enacted"],
            Read.Measures("Norway imposed sanctions on four Peruvian judges. This includes an asset freeze and a prohibition from making funds available to them."));
        Assert.Equal(["financial_restriction Norway>Peru enacted"],
            Read.Measures("Norway sanctioned four Peruvian judges on Monday. The measures also prohibit Norwegian citizens from making funds available to them."));
    }

    [Fact]
    public void Funds_made_available_without_a_prohibition_are_no_restriction() =>
        Assert.DoesNotContain(Read.Text("Norway sanctioned four Peruvian judges on Monday. Norway said it was making funds available to Peruvian charities.").Measures,
            m => m.Type == "financial_restriction");

    [Fact]
    public void A_short_name_in_parentheses_after_a_body_names_it_later() =>
        Assert.Equal(["arms_embargo Norway>Peru enacted", "sanctions_general Norway>Peru enacted"],
            Read.Measures("Norway listed three generals of the Peru Armed Forces (Ejercito) on Monday. Norway already has an arms embargo on the Ejercito."));

    [Fact]
    public void A_day_in_parentheses_after_a_body_names_nothing()
    {
        var found = Read.Text("Norway listed three generals of the Peru Armed Forces (Tuesday) on Monday. Later, Norway said Tuesday had seen an arms embargo on Chile begin.");
        Assert.DoesNotContain(found.Measures, m => m.Type == "arms_embargo" && m.Target == "Peru");
        Assert.DoesNotContain(found.Actors, a => a.Forms.Contains("Tuesday"));
    }
}
