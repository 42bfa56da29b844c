using Monitoring.Extraction.Actors;

namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 18A (actors): more given names common in sanction news (Turkish, Persian, Arabic, Spanish, English, Nordic, and the
/// first parts of Burmese names) open a person's name where no title or a long portfolio stands before it. Invented
/// sentences, each with a guard.
/// </summary>
public sealed class Round18ATests
{
    [Fact]
    public void A_turkish_given_name_after_a_long_portfolio_opens_a_person()
    {
        var f = Read.Text("Peru put sanctions on Minister of Fisheries and Coastal Affairs Fatih Yalcinkaya and two of his aides.");
        Assert.Contains("Fatih Yalcinkaya", Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void An_unknown_word_after_a_long_portfolio_opens_no_person()
    {
        var f = Read.Text("Peru put sanctions on Minister of Fisheries and Coastal Affairs Qorvat Yalcinkaya and two of his aides.");
        Assert.DoesNotContain("Qorvat Yalcinkaya", Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void A_persian_given_name_before_an_apposition_is_a_person()
    {
        var f = Read.Text("Chile named Issa Tavakkolipour, the country's ports minister, among those it sanctioned.");
        Assert.Contains("Issa Tavakkolipour", Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void A_place_before_an_apposition_is_no_person()
    {
        var f = Read.Text("Chile named Valparaiso Harbour, the country's busiest port, among the sites it sanctioned.");
        Assert.DoesNotContain("Valparaiso Harbour", Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void Nordic_and_french_given_names_after_a_lower_case_role_are_people()
    {
        var f = Read.Text("The list includes far-right politician Rasmus Vestergaard and Bernard Lemarchand, a writer.");
        var people = Read.ActorNames(f, ActorKind.Person);
        Assert.Contains("Rasmus Vestergaard", people);
        Assert.Contains("Bernard Lemarchand", people);
    }

    [Fact]
    public void A_burmese_name_after_an_honorific_is_a_person()
    {
        var f = Read.Text("Norway urged the generals to release State Counsellor Daw Aung Khin Thet and all those detained.");
        Assert.Contains("Aung Khin Thet", Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void A_spanish_given_name_opens_a_person()
    {
        var f = Read.Text("Peru blacklisted Chilean Attorney General Ana Julia Pereda Soto on Monday, the ministry said.");
        Assert.Contains("Ana Julia Pereda Soto", Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void A_capitalised_particle_inside_a_name_is_no_name_part_of_its_own()
    {
        var f = Read.Text("Peru blacklisted Chilean Attorney General Ana Julia Pereda De Soto on Monday, the ministry said.");
        Assert.Contains("Ana Julia Pereda De Soto", Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void A_name_of_four_words_with_no_particle_still_ends_at_four()
    {
        var f = Read.Text("Peru blacklisted Chilean Attorney General Ana Julia Pereda Soto Vial on Monday, the ministry said.");
        Assert.DoesNotContain("Ana Julia Pereda Soto Vial", Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void An_editor_s_bracketed_given_name_is_read_with_the_name()
    {
        var f = Read.Text("Peru said the funds would help prevent the diversion of assets by President [Jane] Roe, the ministry said.");
        Assert.Contains("Jane Roe", Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void Brackets_around_lower_case_words_stay()
    {
        var cleaned = Cleaning.TextCleaner.Clean("Peru said the [new] rules apply to Chile [Santiago], and [Roe's] office agreed.", isHtml: false);
        Assert.Equal("Peru said the [new] rules apply to Chile [Santiago], and [Roe's] office agreed.", cleaned);
    }

    [Fact]
    public void The_holder_after_a_field_ending_in_of_staff_is_a_person()
    {
        var f = Read.Text("Peru sanctioned Chairman of the Chilean Joint Chiefs of Staff Xavo Tolmenar, the navy chief and two aides.");
        Assert.Contains("Xavo Tolmenar", Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void Words_after_of_staff_that_go_on_with_of_are_no_person()
    {
        var f = Read.Text("Peru sanctioned Chairman of the Chilean Joint Chiefs of Staff Reserve Units of the Navy and two aides.");
        Assert.DoesNotContain("Reserve Units", Read.ActorNames(f, ActorKind.Person));
    }
}
