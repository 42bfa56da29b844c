using Monitoring.Extraction.Actors;

namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 16C (actors): a bulleted list of officials ("• Secretary of State Jane Roe") keeps its items through the cleaner,
/// with no given name needed, while short furniture bullets still go; "aide" and "MEP" are titles before a name. One rule
/// each, sentences written for it, each with a guard.
/// </summary>
public sealed class Round16CTests
{
    private const string Officials =
        "Norway sanctioned officials of Peru on Monday. Those sanctioned included:\n" +
        "• Secretary of State Mike Haldorsen\n" +
        "• Fisheries Minister Tove Lindqvist\n" +
        "• Acting Defence Secretary Odd Vangsnes\n";

    [Fact]
    public void A_bullet_of_a_title_and_a_name_stays()
    {
        var f = Read.Text(Officials);
        var people = Read.ActorNames(f, ActorKind.Person);
        Assert.Contains("Mike Haldorsen", people);
        Assert.Contains("Tove Lindqvist", people);
        Assert.Contains("Odd Vangsnes", people);
    }

    [Fact]
    public void Furniture_bullets_next_to_officials_still_go()
    {
        var f = Read.Text(Officials +
            "• Prime Minister's Office\n• Meet the Director\n• Leader Interviews\n• Home\n• World News\n• Share on Facebook\n• Read more\n" +
            "Related\n• Foreign Minister Visits Lima\n• Trade Minister Meets Envoy");
        foreach (var furniture in new[]
                 {
                     "Prime Minister's Office", "Meet the Director", "Leader Interviews", "Home", "World News", "Share on Facebook",
                     "Read more", "Visits Lima", "Meets Envoy",
                 })
        {
            Assert.DoesNotContain(furniture, f.Text, StringComparison.Ordinal);
        }
        Assert.Contains("Secretary of State Mike Haldorsen", f.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bullet_whose_title_closes_it_is_no_person()
    {
        var f = Read.Text("Norway sanctioned officials of Peru on Monday.\n• Office of the Director\n• Trade Minister");
        Assert.DoesNotContain("Office of the Director", f.Text, StringComparison.Ordinal);
        Assert.Empty(Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void An_aide_is_a_title_before_a_name()
    {
        var f = Read.Text("Norway says senior aide Tarvo Lindqvist Ruud shares responsibility for the crackdown in Peru.");
        Assert.Contains("Tarvo Lindqvist Ruud", Read.ActorNames(f, ActorKind.Person));
        var guard = Read.Text("A senior aide to the minister said Norway would sanction Peru.");
        Assert.Empty(Read.ActorNames(guard, ActorKind.Person));
    }

    [Fact]
    public void An_mep_is_a_title_before_a_name()
    {
        var f = Read.Text("Peru barred a number of lawmakers, including Finnish Green Party MEP Aino Kallasvuo, from entering the country.");
        Assert.Contains("Aino Kallasvuo", Read.ActorNames(f, ActorKind.Person));
        var guard = Read.Text("Peru barred several MEPs from entering the country, Norway said.");
        Assert.Empty(Read.ActorNames(guard, ActorKind.Person));
    }
}
