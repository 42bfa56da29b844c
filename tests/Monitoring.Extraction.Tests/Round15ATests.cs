using Monitoring.Extraction.Actors;

namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 15A (actors): a body's name runs on through the long name of a state ("… Bank of the Republic of Peru"); a body
/// "for" a field keeps the field as its own even when the field ends in a body's word ("State Authority for Military
/// Industry"); abbreviated military ranks ("Gen", "Sen-Gen", "Lt", "Col") are titles before a name, not part of it.
/// One rule each, sentences written for it, each with a guard.
/// </summary>
public sealed class Round15ATests
{
    [Fact]
    public void A_body_named_after_a_republic_keeps_the_state_long_name()
    {
        var names = Read.ActorNames(Read.Text("Norway froze the assets of the Development Bank of the Republic of Peru on Monday."), ActorKind.Organization);
        Assert.Contains("Development Bank of the Republic of Peru", names);
        Assert.DoesNotContain("Development Bank of the Republic", names);
    }

    [Fact]
    public void A_body_of_a_state_without_republic_stays_apart_from_the_state()
    {
        var names = Read.ActorNames(Read.Text("Norway froze the assets of the Agrarian Bank of Peru on Monday."), ActorKind.Organization);
        Assert.Contains("Agrarian Bank of Peru", names);
        var owned = Read.ActorNames(Read.Text("Norway sanctioned the chair of the Council of the Republic of Peru’ National Assembly."), ActorKind.Organization);
        Assert.DoesNotContain(owned, n => n.Contains("Republic of Peru", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_for_a_field_keeps_the_field_in_its_name()
    {
        var names = Read.ActorNames(Read.Text("Norway sanctioned two entities, including the State Authority for Mining Industry of Peru."), ActorKind.Organization);
        Assert.Contains(names, n => n.StartsWith("State Authority for Mining Industry", StringComparison.Ordinal));
        Assert.DoesNotContain("Mining Industry", names);
        Assert.DoesNotContain("State Authority", names);
    }

    [Fact]
    public void A_body_of_another_body_is_still_read_on_its_own()
    {
        var names = Read.ActorNames(Read.Text("Norway sanctioned the Lima Research Center of the Peruvian Atomic Energy Organization."), ActorKind.Organization);
        Assert.DoesNotContain(names, n => n.Contains("Center of the", StringComparison.Ordinal));
    }

    [Fact]
    public void An_abbreviated_rank_is_a_title_not_a_given_name()
    {
        var people = Read.ActorNames(Read.Text("Power was handed to the army chief, Sen-Gen Luis Quispe Mamani, on Monday."), ActorKind.Person);
        Assert.Contains("Luis Quispe Mamani", people);
        Assert.DoesNotContain(people, p => p.StartsWith("Gen", StringComparison.Ordinal));
        var col = Read.ActorNames(Read.Text("Norway sanctioned Col Pedro Castillo Ramos on Monday."), ActorKind.Person);
        Assert.Contains("Pedro Castillo Ramos", col);
    }

    [Fact]
    public void A_full_rank_before_a_name_is_still_a_title()
    {
        var people = Read.ActorNames(Read.Text("Norway sanctioned General Pedro Castillo Ramos on Monday."), ActorKind.Person);
        Assert.Contains("Pedro Castillo Ramos", people);
    }

    [Fact]
    public void A_field_after_the_and_of_a_title_is_no_part_of_the_name()
    {
        var people = Read.ActorNames(Read.Text("Norway sanctioned the Peruvian Minister of Culture and Heritage Pedro Castillo Ramos."), ActorKind.Person);
        Assert.Contains("Pedro Castillo Ramos", people);
        Assert.DoesNotContain(people, p => p.StartsWith("Heritage", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_word_after_the_and_of_a_list_still_opens_the_name()
    {
        var people = Read.ActorNames(Read.Text("Norway sanctioned Luis Quispe Mamani, Rosa Ortiz and Quintana Pedro Salas."), ActorKind.Person);
        Assert.Contains("Quintana Pedro Salas", people);
    }

    [Fact]
    public void The_holder_of_a_lower_case_title_of_a_field_is_a_person()
    {
        var people = Read.ActorNames(Read.Text("Norway sanctioned the minister of fisheries, Quintana Salas Rojas; and two judges."), ActorKind.Person);
        Assert.Contains("Quintana Salas Rojas", people);
    }

    [Fact]
    public void A_capitalised_field_or_no_comma_names_no_person_this_way()
    {
        Assert.Empty(Read.ActorNames(Read.Text("Norway sanctioned the head of the Lima Port Authority, Quintana Salas Rojas Holdings."), ActorKind.Person));
        Assert.Empty(Read.ActorNames(Read.Text("Norway sanctioned the minister of fisheries and Quintana Salas on Monday."), ActorKind.Person));
    }
}
