namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 25G: generality. The rules of rounds 25A, 25C, 25D and 25E read again in the other ways reporters write the same
/// thing: an earlier round dated "Back in March", "In 2019" or "two years ago"; a state that follows another's lead or did the
/// same on a day; a measure verb joined to a verb of intent ("plans to", "is going to"); a headline's present tense beside a
/// body that "plans to" impose; a demand "that" a seller stop its arms sales; a ban that "extends to" or "applies to" more
/// states. Sentences written for the rules, with guards; names invented where the rule allows.
/// </summary>
public sealed class Round25GTests
{
    private const string Today = "The State Department sanctioned four Venezuelan officials on Thursday. ";
    private const string Leader = "Norway imposed a travel ban on ten Bolivian officials on Monday. ";
    private const string FoodBan = "Venezuela has banned food imports from Chile. ";

    [Fact]
    public void A_measure_dated_back_in_a_month_is_an_earlier_round()
    {
        var found = Read.Measures(Today + "Back in March, the administration imposed travel bans on the president's inner circle.");
        Assert.Contains("sanctions_general United States>Venezuela enacted", found);
        Assert.Contains("travel_ban United States>Venezuela enacted", found);
    }

    [Fact]
    public void A_measure_dated_in_a_year_is_an_earlier_round()
    {
        var found = Read.Measures(Today + "In 2019, the administration imposed travel bans on the president's inner circle.");
        Assert.Contains("sanctions_general United States>Venezuela enacted", found);
    }

    [Fact]
    public void A_measure_dated_years_ago_is_an_earlier_round()
    {
        var found = Read.Measures(Today + "The administration had imposed travel bans on the president's inner circle two years ago.");
        Assert.Contains("sanctions_general United States>Venezuela enacted", found);
        Assert.Contains("travel_ban United States>Venezuela enacted", found);
    }

    [Fact]
    public void Guard_a_measure_of_days_ago_still_carries_todays_sanctions_out()
    {
        var found = Read.Measures(Today + "The administration imposed travel bans on the four officials three days ago.");
        Assert.Equal(["travel_ban United States>Venezuela enacted"], found);
    }

    [Fact]
    public void A_state_set_to_follow_the_leaders_lead_plans_its_measures()
    {
        Assert.Equal(
            ["travel_ban Denmark>Bolivia announced", "travel_ban Norway>Bolivia enacted"],
            Read.Measures(Leader + "Denmark is set to follow Norway's lead."));
    }

    [Fact]
    public void A_state_that_did_the_same_on_a_day_has_taken_the_measures()
    {
        Assert.Equal(
            ["travel_ban Denmark>Bolivia enacted", "travel_ban Norway>Bolivia enacted"],
            Read.Measures(Leader + "Denmark did the same on Tuesday."));
    }

    [Fact]
    public void Guard_a_firm_following_the_lead_or_a_state_refusing_to_takes_no_measure()
    {
        Assert.Equal(["travel_ban Norway>Bolivia enacted"], Read.Measures(Leader + "Denmark's Maersk followed Norway's lead and left the country."));
        Assert.Equal(["travel_ban Norway>Bolivia enacted"], Read.Measures(Leader + "Denmark has refused to follow Norway's lead."));
        Assert.Equal(["travel_ban Norway>Bolivia enacted"], Read.Measures(Leader + "Denmark did the same thing with its own budget."));
    }

    [Fact]
    public void A_measure_verb_joined_to_plans_to_shares_the_plan()
    {
        var found = Read.Measures(
            "Norway plans to adopt the sanctions against Peru imposed by the European Union and freeze the assets of Peruvian officials.");
        Assert.Contains("asset_freeze Norway>Peru announced", found);
    }

    [Fact]
    public void A_measure_verb_joined_to_is_going_to_shares_the_plan()
    {
        var found = Read.Measures("Norway is going to adopt the sanctions against Peruvians involved in the coup and freeze their assets.");
        Assert.Contains("asset_freeze Norway>Peru announced", found);
    }

    [Fact]
    public void Guard_a_past_verb_joined_to_a_decision_stays_enacted()
    {
        var found = Read.Measures("Norway decided to adopt the EU's sanctions against Peru and froze the assets of Peruvian officials.");
        Assert.Contains("asset_freeze Norway>Peru enacted", found);
    }

    [Fact]
    public void A_present_tense_headline_yields_to_a_body_that_plans_the_measure()
    {
        var found = Read.Text(
            "Norway plans to impose sanctions on three Peruvian banks over the disputed vote, the foreign minister said on Monday.",
            "Norway sanctions Peruvian banks over disputed vote").Measures;
        Assert.Equal(["sanctions_general Norway>Peru announced"], found.Select(m => $"{m.Type} {m.Imposer}>{m.Target} {m.Status}"));
    }

    [Fact]
    public void Guard_a_present_tense_headline_stands_beside_a_body_that_tells_the_deed_and_plans_something_else()
    {
        var found = Read.Text(
            "Norway imposed sanctions on three Peruvian banks on Monday and plans to visit Lima next month.",
            "Norway sanctions Peruvian banks over disputed vote").Measures;
        Assert.Equal(["sanctions_general Norway>Peru enacted"], found.Select(m => $"{m.Type} {m.Imposer}>{m.Target} {m.Status}"));
    }

    [Fact]
    public void A_demand_that_a_seller_stop_selling_arms_weighs_no_embargo()
    {
        Assert.Empty(Read.Measures("Peru demanded that Norway stop selling arms to Chile."));
    }

    [Fact]
    public void Guard_a_seller_that_says_it_will_stop_selling_arms_imposes_an_embargo()
    {
        Assert.Equal(["arms_embargo Norway>Chile announced"], Read.Measures("Norway said it would stop selling arms to Chile."));
    }

    [Fact]
    public void A_ban_that_extends_to_more_states_is_aimed_at_each()
    {
        Assert.Equal(
            ["import_ban Venezuela>Bolivia enacted", "import_ban Venezuela>Chile enacted", "import_ban Venezuela>Peru enacted"],
            Read.Measures(FoodBan + "The ban now extends to Peru and Bolivia."));
    }

    [Fact]
    public void A_ban_that_will_apply_to_a_state_is_announced_for_it()
    {
        Assert.Equal(
            ["import_ban Venezuela>Chile enacted", "import_ban Venezuela>Peru announced"],
            Read.Measures(FoodBan + "The ban will apply to Peru from next year."));
    }

    [Fact]
    public void Guard_a_ban_that_applies_to_goods_names_no_more_states()
    {
        Assert.Equal(["import_ban Venezuela>Chile enacted"], Read.Measures(FoodBan + "The ban applies to fruit and vegetables."));
    }
}
