namespace Monitoring.Extraction.Tests;

/// <summary>
/// Firms named bare in a list that opens a sentence as the subject of a passive "sanctioned": one rule, sentences
/// written for it, with its guards.
/// </summary>
public sealed class Round13ActorTests
{
    private static List<string> Organizations(string text) => Read.ActorNames(Read.Text(text), ActorKind.Organization);

    [Fact]
    public void Names_listed_as_the_subject_of_a_passive_sanctioned_are_firms()
    {
        var found = Organizations("Peru said on Monday it would answer the sale. Andes Marine, Condor Defense and Quintero will be sanctioned, the spokesman said.");
        Assert.Contains("Andes Marine", found);
        Assert.Contains("Condor Defense", found);
        Assert.Contains("Quintero", found);
    }

    [Fact]
    public void Two_names_joined_by_and_before_were_blacklisted_are_firms()
    {
        var found = Organizations("Condor Forge and Quintero were also blacklisted by Peru on Friday.");
        Assert.Contains("Condor Forge", found);
        Assert.Contains("Quintero", found);
    }

    [Fact]
    public void Surnames_of_the_articles_people_listed_as_sanctioned_stay_people()
    {
        var article = Read.Text("Peru named Ivan Sorokin and Oleg Kuzmin on Monday. Sorokin and Kuzmin were sanctioned for their role.");
        var found = Read.ActorNames(article, ActorKind.Organization);
        Assert.DoesNotContain("Sorokin", found);
        Assert.DoesNotContain("Kuzmin", found);
    }

    [Fact]
    public void States_or_people_listed_as_sanctioned_are_no_firms()
    {
        Assert.Empty(Organizations("Chile and Bolivia were sanctioned by Peru."));
        var people = Read.Text("Ivan Sorokin and Oleg Kuzmin were sanctioned by Peru.");
        Assert.DoesNotContain("Ivan Sorokin", Read.ActorNames(people, ActorKind.Organization));
        Assert.Contains("Ivan Sorokin", Read.ActorNames(people, ActorKind.Person));
    }

    [Fact]
    public void A_list_with_no_passive_sanctioned_after_it_makes_no_firms()
    {
        var found = Organizations("Peru said on Monday it would answer the sale. Andes Marine, Condor Defense and Quintero signed the contract.");
        Assert.DoesNotContain("Quintero", found);
        Assert.DoesNotContain("Andes Marine", found);
    }
}
