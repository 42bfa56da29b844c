namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 14B: listed people "prevented from traveling to" the imposer's state is a travel ban that state imposes, and the
/// state suffering an "assault" is the scene of the war, not the target. One rule each, sentences written for it, each with
/// a guard.
/// </summary>
public sealed class Round14BTests
{
    [Fact]
    public void Sanctions_that_prevent_people_from_traveling_to_a_state_are_its_travel_ban()
    {
        Assert.Contains("travel_ban Norway>Peru announced",
            Read.Measures("Sanctions by Norway will prevent those Peruvian officials from traveling to Norway."));
        Assert.Contains("travel_ban Norway>Peru enacted",
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
        Assert.Contains("sanctions_general Norway>Peru enacted", found);
        Assert.DoesNotContain(found, m => m.EndsWith(">Chile enacted", StringComparison.Ordinal));
    }

    [Fact]
    public void Assault_weapons_banned_for_a_state_keep_it_the_target() =>
        Assert.Contains("export_ban Norway>Peru enacted",
            Read.Measures("Norway banned exports of assault rifles to Peru on Monday."));
}
