namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 24J: a chamber of a legislature, or one of its committees, named as the venue where a speaker spoke is a
/// place, not an actor. Sentences written for the rule, with guards.
/// </summary>
public sealed class Round24JTests
{
    [Fact]
    public void A_committee_of_a_chamber_after_a_session_of_is_not_an_actor()
    {
        var f = Read.Text("Norway will sanction Ruritania, the prime minister said at a session of the House of Delegates' Finance Committee.");
        var bodies = Read.ActorNames(f, ActorKind.Organization);
        Assert.DoesNotContain(bodies, b => b.Contains("Committee", StringComparison.Ordinal) || b.Contains("House", StringComparison.Ordinal));
    }

    [Fact]
    public void A_committee_named_before_the_word_session_is_not_an_actor()
    {
        var f = Read.Text("In the House of Delegates Finance Committee session, the prime minister said Norway would sanction Ruritania.");
        var bodies = Read.ActorNames(f, ActorKind.Organization);
        Assert.DoesNotContain(bodies, b => b.Contains("Committee", StringComparison.Ordinal) || b.Contains("House", StringComparison.Ordinal));
    }

    [Fact]
    public void A_chamber_before_a_lower_case_committee_session_is_not_an_actor()
    {
        var f = Read.Text("The prime minister speaks during a House of Delegates finance committee session in Oslo on Monday.");
        Assert.DoesNotContain(Read.ActorNames(f, ActorKind.Organization), b => b.Contains("House", StringComparison.Ordinal));
    }

    [Fact]
    public void A_committee_of_a_chamber_after_a_meeting_of_is_not_an_actor()
    {
        var f = Read.Text("Norway will sanction Ruritania, the prime minister told a meeting of the Finance Committee of the House of Delegates.");
        Assert.DoesNotContain(Read.ActorNames(f, ActorKind.Organization), b => b.Contains("Committee", StringComparison.Ordinal));
    }

    [Fact]
    public void A_chamber_that_acts_stays_an_actor()
    {
        var f = Read.Text("The House of Delegates passed a law to sanction Ruritania on Monday.");
        Assert.Contains("House of Delegates", Read.ActorNames(f, ActorKind.Organization));
    }

    [Fact]
    public void A_committee_that_is_not_of_a_legislature_stays_an_actor_at_a_meeting()
    {
        var f = Read.Text("Norway sanctioned Ruritania, the minister said at a meeting of the Olympic Games Organising Committee.");
        Assert.Contains(Read.ActorNames(f, ActorKind.Organization), b => b.Contains("Committee", StringComparison.Ordinal));
    }
}
