namespace Monitoring.Extraction.Tests;

/// <summary>
/// The wording of coordinated listings and of listings reported by several outlets: a state's armed forces or ruling body
/// aimed at, a clause of its own after "hours after", a currency sign that is no state, a list of states carried to the
/// passive sentence after it, dealings and travel barred in other words, and a writer's guess that reports no measure.
/// One rule each, sentences written for it.
/// </summary>
public sealed class Round9LanguageTests
{
    [Theory]
    [InlineData("Canada imposed sanctions on Sudan's military junta on Friday.")]
    [InlineData("Canada imposed sanctions on Sudan's military regime on Friday.")]
    [InlineData("Canada approved sanctions targeting Sudan's military and its business interests.")]
    public void A_states_ruling_body_or_armed_forces_stand_for_the_state(string sentence) =>
        Assert.Contains(Read.Text(sentence).Measures, m => m.Imposer == "Canada" && m.Target == "Sudan");

    [Fact]
    public void Military_ties_stay_a_reason() =>
        Assert.DoesNotContain(Read.Text("Canada imposed sanctions on Eritrea over Sudan's military ties with it.").Measures, m => m.Target == "Sudan");

    [Theory]
    [InlineData("Canada imposed sanctions on Sudan's state-owned oil company on Monday. The sanctions freeze its assets in Canada.")]
    [InlineData("Canada imposed sanctions on Sudan state oil firm Sudapet on Monday. The sanctions freeze its assets in Canada.")]
    public void A_states_firm_is_no_aim_at_the_state_when_the_types_are_named(string text)
    {
        var found = Read.Measures(text);
        Assert.Equal(["asset_freeze Canada>Sudan enacted"], found);
        Assert.DoesNotContain("sanctions_general Canada>Sudan enacted", found);
    }

    [Fact]
    public void Sanctions_on_the_state_itself_stay_general_beside_the_types() =>
        Assert.Equal(["asset_freeze Canada>Sudan enacted", "sanctions_general Canada>Sudan enacted"], Read.Measures("Canada imposed sanctions on Sudan on Monday. The sanctions freeze the assets of officials in Canada."));

    [Theory]
    [InlineData("Canada imposed sanctions on Sudan on Monday. Rights groups have urged governments to impose sanctions on the generals.")]
    [InlineData("Canada imposed sanctions on Sudan on Monday. Activists renewed calls for international corporations to break ties with the army.")]
    public void A_measure_asked_of_unnamed_parties_is_not_the_imposers(string text) =>
        Assert.Equal(["sanctions_general Canada>Sudan enacted"], Read.Measures(text));

    [Theory]
    [InlineData("Canada imposed sanctions on Sudan's state oil company. The sanctions freeze its assets in Canada. The sanctions preserve the assets for the people of Sudan, the minister said.")]
    [InlineData("Canada imposed sanctions on Sudan's state oil company. The sanctions freeze its assets in Canada. The sanctions stop the diverting of Sudan's assets, the minister said.")]
    public void A_state_named_as_a_place_or_an_owner_is_not_aimed_at(string text) =>
        Assert.DoesNotContain("sanctions_general Canada>Sudan enacted", Read.Measures(text));

    [Fact]
    public void The_government_of_a_state_is_the_state() =>
        Assert.Equal(["asset_freeze Canada>Sudan enacted", "sanctions_general Canada>Sudan enacted"],
            Read.Measures("Canada imposed sanctions on the government of Sudan. The sanctions freeze its assets in Canada."));

    [Fact]
    public void A_bloc_after_hours_after_is_the_subject_of_its_own_clause()
    {
        var found = Read.Measures("Canada's announcement came hours after the European Union approved sanctions targeting Sudan.");
        Assert.Equal(["sanctions_general European Union>Sudan enacted"], found);
        Assert.DoesNotContain(found, m => m.Contains("Canada>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sudan imposed sanctions that will block US$7 billion in assets.")]
    [InlineData("The sanctions on Petroleos de Cuba, S.A., or Cupet, announced Monday, will block US$7 billion in assets and could result in a loss of US$11 billion in sales next year, US National Security Adviser John Bolton told a White House briefing.")]
    public void A_states_letters_before_a_currency_sign_name_no_party(string sentence) =>
        Assert.DoesNotContain(Read.Text(sentence).Measures, m => m.Target == "United States");

    [Fact]
    public void A_passive_measure_after_a_list_of_states_is_each_ones()
    {
        Assert.Equal(
            ["asset_freeze Canada>Eritrea enacted", "asset_freeze Iceland>Eritrea enacted", "asset_freeze Japan>Eritrea enacted", "asset_freeze Norway>Eritrea enacted",
                "sanctions_general Canada>Eritrea enacted", "sanctions_general Iceland>Eritrea enacted", "sanctions_general Japan>Eritrea enacted", "sanctions_general Norway>Eritrea enacted"],
            Read.Measures("Norway, Iceland, Canada and Japan have imposed sanctions on Eritrea. Asset freezes have now been placed on six officials."));
    }

    [Theory]
    [InlineData("Canada imposed sanctions on Eritrea on Monday. Travel bans were imposed on four officials.",
        new[] { "sanctions_general Canada>Eritrea enacted", "travel_ban Canada>Eritrea enacted" })]
    [InlineData("Canada imposed sanctions on Eritrea on Monday. Travel bans and asset freezes have been imposed on four officials.",
        new[] { "asset_freeze Canada>Eritrea enacted", "sanctions_general Canada>Eritrea enacted", "travel_ban Canada>Eritrea enacted" })]
    public void A_passive_travel_ban_goes_on_about_the_measure_before(string text, string[] expected) =>
        Assert.Equal(expected, Read.Measures(text));

    [Theory]
    [InlineData("Canada imposed sanctions on officials in Eritrea on Monday. Canadians are prohibited from dealing with them.")]
    [InlineData("Canada imposed sanctions on officials in Eritrea on Monday. Canadian citizens and companies are not permitted to provide them with financial assistance.")]
    public void The_imposers_own_people_barred_as_a_passive_subject_are_a_financial_restriction(string text) =>
        Assert.Equal(["financial_restriction Canada>Eritrea enacted"], Read.Measures(text));

    [Fact]
    public void Not_allowed_to_enter_is_a_travel_ban_in_force() =>
        Assert.Equal(["travel_ban Canada>Eritrea enacted"],
            Read.Measures("Canada imposed sanctions on officials in Eritrea on Monday. Those sanctioned are not allowed to enter Canada."));

    [Theory]
    [InlineData("Norway and Iceland have taken joint action with Canada and Japan to impose sanctions on Eritrea.")]
    [InlineData("Norway and Iceland say they have joined forces with Canada and Japan to impose sanctions on Eritrea.")]
    public void The_partners_of_a_joint_action_to_impose_impose_too(string sentence)
    {
        Assert.Equal(
            ["sanctions_general Canada>Eritrea enacted", "sanctions_general Iceland>Eritrea enacted", "sanctions_general Japan>Eritrea enacted", "sanctions_general Norway>Eritrea enacted"],
            Read.Measures(sentence));
    }

    [Fact]
    public void A_writers_guess_reports_no_measure()
    {
        var found = Read.Measures("Britain sanctioned an Eritrean businessman on Monday. The statement gives no details, but presumably his assets in the UK will be frozen and he will be prohibited from entering the country.");
        Assert.Equal(["sanctions_general United Kingdom>Eritrea enacted"], found);
        Assert.DoesNotContain(found, m => m.StartsWith("asset_freeze", StringComparison.Ordinal) || m.StartsWith("travel_ban", StringComparison.Ordinal));
    }

    [Fact]
    public void The_speaker_after_the_measure_names_whose_it_is_among_the_imposers()
    {
        var found = Read.Measures("Norway and Canada imposed sanctions on Eritrea. Norway's foreign minister, Ola Nordmann, said the abuses were grave. "
            + "Canada also imposed sanctions on Eritrea. The sanctions include travel bans and asset freezes on four officials, Nordmann told parliament.");
        Assert.Equal(["asset_freeze Norway>Eritrea enacted", "sanctions_general Canada>Eritrea enacted", "sanctions_general Norway>Eritrea enacted", "travel_ban Norway>Eritrea enacted"], found);
        Assert.DoesNotContain("asset_freeze Canada>Eritrea enacted", found);
    }

    [Fact]
    public void A_speaker_whose_state_imposes_nothing_leaves_the_measure_to_the_imposer() =>
        Assert.Equal(["asset_freeze Canada>Eritrea enacted", "sanctions_general Canada>Eritrea enacted"],
            Read.Measures("Canada imposed sanctions on Eritrea. Norway's foreign minister, Ola Nordmann, welcomed them. The sanctions include asset freezes on four officials, Nordmann said."));
}
