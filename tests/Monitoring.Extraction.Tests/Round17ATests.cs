using Monitoring.Extraction.Actors;

namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 17A (actors): defence, chip and oil firms that sanction news names with no cue word ("Corp.", "company") are in the
/// organisation table with their usual other names; the holder of a title of a state or a body is named right after it
/// ("head of the OSCE Tove Lindqvist"). Invented sentences, each with a guard.
/// </summary>
public sealed class Round17ATests
{
    [Fact]
    public void Defence_firms_with_no_cue_are_organisations()
    {
        var f = Read.Text("Peru put sanctions on Boeing and General Dynamics on Monday over their arms sales to Chile.");
        var orgs = Read.ActorNames(f, ActorKind.Organization);
        Assert.Contains("Boeing", orgs);
        Assert.Contains("General Dynamics", orgs);
    }

    [Fact]
    public void A_firm_named_in_lower_case_words_is_no_organisation()
    {
        var f = Read.Text("Peru said the general dynamics of the market would not change after the sanctions on Chile.");
        Assert.DoesNotContain("General Dynamics", Read.ActorNames(f, ActorKind.Organization));
    }

    [Fact]
    public void A_firm_s_short_name_is_the_same_firm()
    {
        var f = Read.Text(
            "Norway fined Raytheon Technologies Corp. on Monday over its sales to Chile. Raytheon did not comment on the fine.");
        var orgs = Read.ActorNames(f, ActorKind.Organization);
        Assert.Contains("Raytheon Technologies", orgs);
        Assert.DoesNotContain("Raytheon", orgs);
    }

    [Fact]
    public void A_firm_s_unit_is_its_own_organisation()
    {
        var f = Read.Text("Peru added Boeing Defence to its export control list on Monday.");
        var orgs = Read.ActorNames(f, ActorKind.Organization);
        Assert.Contains("Boeing Defense", orgs);
        Assert.DoesNotContain("Boeing", orgs);
    }

    [Fact]
    public void A_state_oil_firm_s_initials_name_it()
    {
        var f = Read.Text("Norway froze the accounts of PDVSA in Oslo on Monday, and TSMC halted its shipments to Peru.");
        var orgs = Read.ActorNames(f, ActorKind.Organization);
        Assert.Contains("Petróleos de Venezuela", orgs);
        Assert.Contains("TSMC", orgs);
    }

    [Fact]
    public void The_holder_of_a_title_of_a_body_is_named_after_it()
    {
        var f = Read.Text("Noting that the list includes lawmakers, head of the OSCE Tove Lindqvist said the decision was wrong.");
        Assert.Contains("Tove Lindqvist", Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void The_holder_of_a_title_for_two_states_is_named_after_them()
    {
        var f = Read.Text("Norway's list names Special Envoy for Peru and Chile Odd Vangsnes among its targets.");
        var people = Read.ActorNames(f, ActorKind.Person);
        Assert.Contains("Odd Vangsnes", people);
        Assert.DoesNotContain(people, p => p.Contains("Chile", StringComparison.Ordinal));
    }

    [Fact]
    public void A_field_that_goes_on_after_a_state_is_no_person()
    {
        var f = Read.Text("Peru sanctioned Chairman of the Chile Joint Chiefs of Staff Odd Vangsnes, the army chief, on Monday.");
        var people = Read.ActorNames(f, ActorKind.Person);
        Assert.Contains("Odd Vangsnes", people);
        Assert.DoesNotContain("Joint Chiefs", people);
        Assert.DoesNotContain(people, p => p.Contains("Staff", StringComparison.Ordinal));
    }

    [Fact]
    public void A_board_after_a_state_is_no_person()
    {
        var f = Read.Text("Norway sanctioned a chairman of the Peru Fishing Management Board.");
        Assert.Empty(Read.ActorNames(f, ActorKind.Person));
    }
}
