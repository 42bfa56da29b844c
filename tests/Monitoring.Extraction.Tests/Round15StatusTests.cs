namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 15S (status): a measure "approved" or "agreed" is adopted, in force; "suspended exports" stops the trade (a ban in
/// force), unlike a suspended ban; an easing the article dates in the past ("in 2014", "last year") does not lift a measure
/// it reports as coming; verbs coordinated with a planned infinitive share the plan; a gerund governed by a status word (or the
/// means after "by") takes that word's status; "bans" after the words of a measure and "targeted" before them are no verbs;
/// "unless authorized" is the exception of a ban, not a condition; "existing" sanctions are in force; bulleted items share the plan of a lead line ending in ":". One rule each, sentences written for it, each with a guard.
/// </summary>
public sealed class Round15StatusTests
{
    [Fact]
    public void Sanctions_approved_are_in_force()
    {
        Assert.Equal(["sanctions_general Norway>Peru enacted"], Read.Measures("Norway approved new sanctions on Peru on Friday."));
        Assert.Equal(["sanctions_general Norway>Peru enacted"], Read.Measures("Norway approves fresh sanctions against Peru."));
    }

    [Fact]
    public void Sanctions_to_be_approved_stay_announced() =>
        Assert.Equal(["sanctions_general Norway>Peru announced"], Read.Measures("Norway will approve new sanctions on Peru next week."));

    [Fact]
    public void Sanctions_agreed_are_in_force_but_agreeing_to_impose_is_a_promise()
    {
        Assert.Equal(["sanctions_general Norway>Peru enacted"], Read.Measures("Norway agreed further sanctions against Peru on Thursday."));
        Assert.Equal(["sanctions_general Norway>Peru announced"], Read.Measures("Norway agreed to impose sanctions against Peru."));
    }

    [Fact]
    public void Suspended_exports_are_a_ban_in_force()
    {
        Assert.Equal(["export_ban Norway>Peru enacted"], Read.Measures("Norway has suspended exports to Peru over the border dispute."));
        Assert.Equal(["export_ban Norway>Peru lifted"], Read.Measures("Norway suspended its export ban on Peru."));
    }

    [Fact]
    public void An_easing_dated_in_the_past_does_not_lift_a_measure_to_come()
    {
        Assert.Equal(["sanctions_general Norway>Peru announced"],
            Read.Measures("Norway in 2014 eased some earlier sanctions on Peru. Norway will impose new sanctions on Peru."));
        Assert.Equal(["sanctions_general Norway>Peru announced"],
            Read.Measures("Norway eased sanctions on Peru last year. Norway plans new sanctions on Peru."));
        Assert.Equal(["sanctions_general Norway>Peru lifted"], Read.Measures("Norway eased sanctions on Peru on Monday."));
    }

    [Fact]
    public void Verbs_coordinated_with_a_planned_infinitive_share_the_plan()
    {
        var found = Read.Measures("Norway plans to freeze Peruvian assets, ban exports to Peru and cut Peruvian banks from SWIFT.");
        Assert.Equal(["asset_freeze Norway>Peru announced", "export_ban Norway>Peru announced", "swift_exclusion Norway>Peru announced"], found);
    }

    [Fact]
    public void A_past_verb_after_a_planned_infinitive_keeps_its_own_tense() =>
        Assert.Equal(["asset_freeze Norway>Peru enacted", "sanctions_general Norway>Peru announced"], Read.Measures("Norway decided to impose sanctions on Peru and froze Peruvian assets."));

    [Fact]
    public void A_gerund_takes_the_status_of_the_word_governing_it()
    {
        Assert.Equal(["export_ban Norway>Peru considered"], Read.Measures("Norway is considering banning exports to Peru."));
        Assert.Equal(["export_ban Norway>Peru announced", "sanctions_general Norway>Peru announced"],
            Read.Measures("Norway decided on Sunday to impose new sanctions against Peru by banning exports of fertiliser to Peru."));
        Assert.Equal(["investment_ban Norway>Peru enacted"], Read.Measures("Norway's government issued an order banning new investment in Peru."));
    }

    [Fact]
    public void Bans_after_the_words_of_a_measure_are_a_noun()
    {
        Assert.Equal(["export_ban Peru>Norway announced"], Read.Measures("Peru said export bans will be imposed on Norway."));
        Assert.Equal(["export_ban Peru>Norway enacted"], Read.Measures("Peru bans exports to Norway."));
    }

    [Fact]
    public void Targeted_before_a_measure_is_an_adjective()
    {
        Assert.Equal(["asset_freeze Peru>Norway announced", "travel_ban Peru>Norway announced"],
            Read.Measures("Peru said additional targeted financial sanctions and travel bans will be imposed on 28 Norwegian officials."));
        Assert.Equal(["sanctions_general Peru>Norway enacted"], Read.Measures("Peru targeted Norwegian banks with sanctions."));
    }

    [Fact]
    public void Unless_authorized_is_the_exception_of_a_ban_in_force()
    {
        Assert.Equal(["financial_restriction Norway>Peru enacted"],
            Read.Measures("All transactions with Peru's central bank are prohibited by Norway unless authorized by a license."));
        Assert.Equal(["sanctions_general Norway>Peru considered"],
            Read.Measures("Norway will impose sanctions on Peru unless it withdraws its troops."));
    }

    [Fact]
    public void Existing_sanctions_are_in_force()
    {
        Assert.Equal(["sanctions_general Norway>Peru enacted", "travel_ban Norway>Peru announced"],
            Read.Measures("Norway will add travel bans on eight Peruvian officials, while existing sanctions on Peru will be expanded."));
        Assert.Equal(["sanctions_general Norway>Peru announced"], Read.Measures("Norway will impose sanctions on Peru next month."));
    }

    [Fact]
    public void Bulleted_items_share_the_plan_of_their_lead_line()
    {
        var found = Read.Measures("Norway has imposed sanctions on Peru over the border dispute.\nThe new package against Peru will include:\n"
            + "- A ban on oil imports from Peru delivered by sea.\n- The disconnection from SWIFT of three Peruvian banks.\nNorway froze Peruvian assets.");
        Assert.Equal(["asset_freeze Norway>Peru enacted", "import_ban Norway>Peru announced", "sanctions_general Norway>Peru enacted", "swift_exclusion Norway>Peru announced"], found);
    }

    [Fact]
    public void Bulleted_items_of_a_lead_stating_a_fact_stay_in_force() =>
        Assert.Equal(["import_ban Norway>Peru enacted", "sanctions_general Norway>Peru enacted"],
            Read.Measures("Norway has imposed sanctions on Peru over the border dispute.\nThe sanctions against Peru include:\n- A ban on oil imports from Peru."));
}
