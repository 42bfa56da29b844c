namespace Monitoring.Extraction.Tests;

/// <summary>Organisations and people that no table holds, read from the words around them.</summary>
public sealed class NamesFromTextTests
{
    [Fact]
    public void A_capitalised_run_ending_in_a_firms_word_is_an_organization()
    {
        var f = Read.Text("Regulators fined the Silver Heron Shipping and the Blue Lantern Credit Bank on Friday.");
        Assert.Equal(["Silver Heron Shipping", "Blue Lantern Credit Bank"], Read.ActorNames(f, ActorKind.Organization));
    }

    [Fact]
    public void A_bank_named_after_its_word_is_an_organization()
    {
        var f = Read.Text("Canada froze the accounts of Bank Zarya last week.");
        Assert.Contains("Bank Zarya", Read.ActorNames(f, ActorKind.Organization));
    }

    [Fact]
    public void A_body_numbered_or_of_something_keeps_its_number_and_its_of_phrase()
    {
        var f = Read.Text("The list names Unit 12 of the Ministry of Coastal Works and the Institute of Applied Optics.");
        Assert.Equal(["Ministry of Coastal Works", "Institute of Applied Optics"], Read.ActorNames(f, ActorKind.Organization).Skip(0).Where(n => !n.StartsWith("Unit", StringComparison.Ordinal)));
        var g = Read.Text("Officials listed Department 77 of the Ministry of Coastal Works.");
        Assert.Equal(["Department 77", "Ministry of Coastal Works"], Read.ActorNames(g, ActorKind.Organization));
    }

    [Fact]
    public void A_country_inside_a_firms_name_belongs_to_the_name_and_gives_its_state()
    {
        var f = Read.Text("Washington sanctioned Vietnam Harbour Trading Corporation over fuel deliveries.");
        Assert.Contains("Vietnam Harbour Trading Corporation", Read.ActorNames(f, ActorKind.Organization));
        Assert.Equal(["sanctions_general United States>Vietnam enacted"], Read.Measures("Washington sanctioned Vietnam Harbour Trading Corporation over fuel deliveries."));
    }

    [Fact]
    public void A_generic_body_word_after_a_demonym_names_no_organization()
    {
        var f = Read.Text("The Brazilian Foreign Ministry and the Central Bank said nothing.");
        Assert.Empty(Read.ActorNames(f, ActorKind.Organization));
    }

    [Fact]
    public void A_run_opened_by_a_given_name_is_a_person()
    {
        var f = Read.Text("The measures hit Oleg Varnakov and Natalia Sorokina, who run steel plants.");
        Assert.Equal(["Oleg Varnakov", "Natalia Sorokina"], Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void A_korean_family_name_with_two_more_parts_is_a_person()
    {
        var f = Read.Text("The list adds Pak Song Il and Jong Mi-ran to the designations.");
        Assert.Equal(["Pak Song Il", "Jong Mi-ran"], Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void A_middle_initial_stays_in_the_name()
    {
        var f = Read.Text("The envoys met Peter J. Marlowe on Monday.");
        Assert.Contains("Peter J. Marlowe", Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void A_speaker_after_a_long_title_starts_at_the_given_name()
    {
        var f = Read.Text("\"We will act,\" Deputy Head of Maritime Safety Brian Caldwell said.");
        Assert.Contains("Brian Caldwell", Read.ActorNames(f, ActorKind.Person));
        Assert.DoesNotContain("Maritime Safety Brian Caldwell", Read.ActorNames(f, ActorKind.Person));
    }
}
