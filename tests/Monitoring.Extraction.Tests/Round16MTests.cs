namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 16M: measures named again ("The sanctions, which include travel bans and asset freezes, …") a few sentences after
/// a joint subject of several states are all of theirs, not only the last one's; a list of states right after a fronted
/// phrase ("In a joint move, Norway, Peru and Chile have …") is the whole subject; the sanctions just reported, as the
/// subject of the verbs that freeze or block ("Monday's measures freeze …, block … and bar …"), state every measure of
/// the coordination. One rule each, sentences written for it, each with a guard.
/// </summary>
public sealed class Round16MTests
{
    [Fact]
    public void Measures_named_again_after_a_joint_subject_are_each_states()
    {
        var found = Read.Measures("Norway, Peru, Chile and Brazil have jointly imposed sanctions on Bolivian officials. "
            + "The Chilean minister said the crackdown was grave. "
            + "Peru was the first to impose sanctions on Monday on three Bolivian officials. "
            + "The minister said the abuses were grave. "
            + "The sanctions, which include travel bans and asset freezes, apply to ten police chiefs.");
        Assert.Equal(
            ["asset_freeze Brazil>Bolivia enacted", "asset_freeze Chile>Bolivia enacted", "asset_freeze Norway>Bolivia enacted", "asset_freeze Peru>Bolivia enacted",
                "travel_ban Brazil>Bolivia enacted", "travel_ban Chile>Bolivia enacted", "travel_ban Norway>Bolivia enacted", "travel_ban Peru>Bolivia enacted"],
            found);
    }

    [Fact]
    public void Measures_named_again_after_another_states_own_stay_its_own()
    {
        var found = Read.Measures("Norway, Peru, Chile and Brazil have jointly imposed sanctions on Bolivian officials. "
            + "Argentina imposed sanctions on Monday on three Bolivian officials. "
            + "The minister said the abuses were grave. "
            + "The sanctions, which include travel bans and asset freezes, apply to ten police chiefs.");
        Assert.Equal(["asset_freeze Argentina>Bolivia enacted", "sanctions_general Brazil>Bolivia enacted", "sanctions_general Chile>Bolivia enacted", "sanctions_general Norway>Bolivia enacted", "sanctions_general Peru>Bolivia enacted", "travel_ban Argentina>Bolivia enacted"], found);
        Assert.DoesNotContain(found, m => m.StartsWith("asset_freeze Norway", StringComparison.Ordinal) || m.StartsWith("travel_ban Peru", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_of_states_after_a_fronted_phrase_is_the_whole_subject()
    {
        var found = Read.Measures("In a joint move, Norway, Peru, Chile and Brazil have imposed sanctions on Bolivian officials.");
        Assert.Equal(["sanctions_general Brazil>Bolivia enacted", "sanctions_general Chile>Bolivia enacted", "sanctions_general Norway>Bolivia enacted", "sanctions_general Peru>Bolivia enacted"], found);
    }

    [Fact]
    public void A_list_with_a_comma_before_its_and_is_the_whole_subject()
    {
        var found = Read.Measures("According to a statement, the UK, Chile, and Brazil will impose sanctions on Bolivia.");
        Assert.Equal(["sanctions_general Brazil>Bolivia announced", "sanctions_general Chile>Bolivia announced", "sanctions_general United Kingdom>Bolivia announced"], found);
    }

    [Fact]
    public void A_state_ending_a_leading_clause_is_no_imposer()
    {
        var found = Read.Measures("After Bolivia invaded Chile, Norway, Peru and Brazil imposed sanctions on Bolivia.");
        Assert.Equal(["sanctions_general Brazil>Bolivia enacted", "sanctions_general Norway>Bolivia enacted", "sanctions_general Peru>Bolivia enacted"], found);
        Assert.DoesNotContain(found, m => m.Contains("Chile>", StringComparison.Ordinal));
    }

    [Fact]
    public void Sanctions_that_freeze_block_and_bar_state_each_measure()
    {
        var found = Read.Measures("Norway imposed sanctions on Peruvian minister Ana Perez on Monday. "
            + "The minister said more would follow. The envoy left the talks. "
            + "Monday's measures freeze her assets, block all transactions with Norwegian firms and bar her from Norway.");
        Assert.Equal(["asset_freeze Norway>Peru enacted", "financial_restriction Norway>Peru enacted", "travel_ban Norway>Peru enacted"], found);
    }

    [Fact]
    public void Sanctions_said_to_fail_state_no_measure()
    {
        var found = Read.Measures("Norway imposed sanctions on Peruvian minister Ana Perez on Monday. "
            + "The minister said more would follow. The envoy left the talks. "
            + "Monday's measures will not change our course, the minister said.");
        Assert.Equal(["sanctions_general Norway>Peru enacted"], found);
    }
}
