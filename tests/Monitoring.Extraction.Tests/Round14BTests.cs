namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 14B: listed people "prevented from traveling to" the imposer's state is a travel ban that state imposes; the
/// state suffering an "assault" is the scene of the war, not the target; a state "included in the sanctions" another state
/// has imposed is that state's target; "by" past a comma names the agent of another phrase ("joining efforts by the G7");
/// a state whose measure a listing is made in ("sanctioned in Norway's asset freeze") imposes it; the state of the people
/// "slapped with sanctions" is hit, it does not impose; the owner of a "list of sanctions" or "package of sanctions" imposes
/// them; the state of the people on a list "subject to" a measure is its target; the one who "holds" frozen assets is their
/// owner, not the agent of the freeze. One rule each, sentences written for it, each with a guard.
/// </summary>
public sealed class Round14BTests
{
    [Fact]
    public void Sanctions_that_prevent_people_from_traveling_to_a_state_are_its_travel_ban()
    {
        Assert.Equal(["travel_ban Norway>Peru announced"],
            Read.Measures("Sanctions by Norway will prevent those Peruvian officials from traveling to Norway."));
        Assert.Equal(["travel_ban Norway>Peru enacted"],
            Read.Measures("Norway sanctioned three Peruvian generals on Monday. The measure prevents the generals from travelling to Norway."));
    }

    [Fact]
    public void The_state_travelled_to_is_no_target_of_the_travel_ban()
    {
        var found = Read.Measures("Sanctions by Norway will prevent those Peruvian officials from traveling to Norway.");
        Assert.DoesNotContain(found, m => m.StartsWith("travel_ban", StringComparison.Ordinal) && m.Contains(">Norway", StringComparison.Ordinal));
    }

    [Fact]
    public void Traveling_not_prevented_is_no_travel_ban() =>
        Assert.DoesNotContain(Read.Text("Norway sanctioned three Peruvian generals, who had been traveling to Chile from Bolivia for months.").Measures,
            m => m.Type == "travel_ban");

    [Fact]
    public void The_state_under_assault_is_the_scene_not_the_target()
    {
        var found = Read.Measures("Norway imposed new sanctions on Peru over its assault on Chile.");
        Assert.Equal(["sanctions_general Norway>Peru enacted"], found);
        Assert.DoesNotContain(found, m => m.EndsWith(">Chile enacted", StringComparison.Ordinal));
    }

    [Fact]
    public void Assault_weapons_banned_for_a_state_keep_it_the_target() =>
        Assert.Equal(["export_ban Norway>Peru enacted"],
            Read.Measures("Norway banned exports of assault rifles to Peru on Monday."));

    [Fact]
    public void A_state_included_in_the_sanctions_of_another_is_its_target()
    {
        var found = Read.Measures("Chile has been included in the sanctions Norway has imposed against Peru.");
        Assert.Equal(["sanctions_general Norway>Chile enacted", "sanctions_general Norway>Peru enacted"], found);
        Assert.DoesNotContain(found, m => m.Contains("Chile>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_that_includes_another_in_its_sanctions_still_imposes() =>
        Assert.Equal(["sanctions_general Chile>Peru enacted"],
            Read.Measures("Chile has included Peru in the sanctions it imposed last year."));

    [Fact]
    public void The_agent_of_efforts_joined_past_a_comma_is_not_the_imposer()
    {
        var found = Read.Measures("Norway said it will exclude some Peruvian banks from SWIFT, joining efforts by the other Group of Seven members.");
        Assert.Equal(["swift_exclusion Norway>Peru announced"], found);
        Assert.DoesNotContain(found, m => m.StartsWith("swift_exclusion G7", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_of_the_measure_after_the_comma_keeps_its_agent() =>
        Assert.Equal(["asset_freeze Norway>Peru announced"],
            Read.Measures("The sanctions, announced by Norway on Monday, freeze the assets of Peru."));

    [Fact]
    public void The_state_whose_measure_a_listing_is_made_in_is_not_its_target() =>
        Assert.DoesNotContain("sanctions_general Sweden>Norway enacted",
            Read.Measures("Sweden agreed to cut two Chilean banks from SWIFT. The two banks that will be sanctioned in Norway's asset freeze are Banco Uno and Banco Dos, the ministry said."));

    [Fact]
    public void A_state_named_in_the_possessive_of_what_is_sanctioned_stays_the_target() =>
        Assert.Equal(["sanctions_general Sweden>Norway enacted"],
            Read.Measures("Sweden said it sanctioned Norway's two largest banks on Monday."));

    [Fact]
    public void The_state_of_people_slapped_with_sanctions_is_hit_not_imposing()
    {
        var found = Read.Measures("Peru sanctioned twenty officials on Monday. The Chilean individuals slapped with sanctions include two generals.");
        Assert.Equal(["sanctions_general Peru>Chile enacted"], found);
        Assert.DoesNotContain(found, m => m.Contains(" Chile>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_slapping_people_with_sanctions_still_imposes() =>
        Assert.Equal(["sanctions_general Chile>Peru enacted"], Read.Measures("Chile slapped Peruvian officials with sanctions on Monday."));

    [Fact]
    public void The_owner_of_a_package_of_sanctions_imposes_them() =>
        Assert.Equal(["sanctions_general Bolivia>Chile enacted", "sanctions_general Norway>Chile enacted"],
            Read.Measures("Norway imposed sanctions on Chile last week. The Bolivian package of sanctions includes three Chilean generals."));

    [Fact]
    public void A_list_of_sanctions_owned_by_none_takes_no_imposer_from_the_list() =>
        Assert.DoesNotContain(Read.Text("Norway imposed sanctions on Chile last week. The list of sanctions includes three Chilean generals.").Measures,
            m => m.Imposer != "Norway");

    [Fact]
    public void The_people_of_a_list_subject_to_a_freeze_are_its_target() =>
        Assert.Equal(["asset_freeze Norway>Peru enacted"],
            Read.Measures("Norway added to the list of Peruvian people and organizations subject to asset freeze 18 individuals, including a general."));

    [Fact]
    public void A_list_subject_to_no_measure_makes_none() =>
        Assert.Empty(Read.Text("Norway published the list of Peruvian people subject to the new rules.").Measures);

    [Fact]
    public void The_holder_of_frozen_assets_does_not_impose_the_freeze()
    {
        var found = Read.Measures("The Norwegian government on Thursday announced a set of sanctions against Peru, including a freeze on assets held by President Alexander Lukashenko, for the country's role in the war.");
        Assert.Equal(["asset_freeze Norway>Peru announced", "sanctions_general Norway>Peru announced"], found);
        Assert.DoesNotContain(found, m => m.Contains(" Belarus>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_freeze_imposed_by_a_state_keeps_its_agent() =>
        Assert.Equal(["asset_freeze Norway>Peru enacted"], Read.Measures("The asset freeze imposed by Norway on Monday targets three Peruvian generals."));
}
