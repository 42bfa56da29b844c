using Monitoring.Extraction.Actors;

namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 23K: romanised Korean and Chinese names with a hyphenated given name are one person in full, given name first
/// ("Min-jun Park") or family name first ("Park Min-jun", "Wang Yi-ming"), and two people sharing a family name are not
/// merged when their given names differ. Sentences written for the rule, with guards.
/// </summary>
public sealed class Round23KTests
{
    private static List<string> People(string body) => Read.ActorNames(Read.Text(body), ActorKind.Person);

    [Fact]
    public void Hyphenated_given_name_first_keeps_the_family_name()
    {
        var people = People("Seoul widened its sanctions on Pyongyang. Trade Minister Tae-woong Baek said six shipping firms were listed.");
        Assert.Contains("Tae-woong Baek", people);
        Assert.DoesNotContain("Tae-woong", people);
    }

    [Fact]
    public void Two_people_with_one_hyphenated_given_name_stay_two()
    {
        var people = People("Trade Minister Tae-woong Baek announced the freeze on Monday. On Friday, Finance Minister Tae-woong Seo said the ministry agreed.");
        Assert.Contains("Tae-woong Baek", people);
        Assert.Contains("Tae-woong Seo", people);
    }

    [Fact]
    public void A_known_leaders_family_name_after_another_hyphenated_given_name_is_someone_else()
    {
        var people = People("South Korean President Yoon Suk Yeol backed the sanctions. A ministry official, Ga-ram Yoon, said the list covers six firms.");
        Assert.Contains("Ga-ram Yoon", people);
        Assert.Contains("Yoon Suk Yeol", people);
    }

    [Fact]
    public void Chinese_family_name_with_a_hyphenated_given_name_is_not_the_table_namesake()
    {
        var people = People("Commerce ministry spokesman Wang Yi-hua said Beijing firmly opposed the sanctions.");
        Assert.Contains("Wang Yi-hua", people);
        Assert.DoesNotContain("Wang Yi", people);
    }

    [Fact]
    public void Family_name_first_and_last_are_one_person()
    {
        var found = Read.Text("Unification Minister Do-hyun Kang said Seoul would join the sanctions. Kang Do-hyun added that talks had failed.");
        var people = Read.ActorNames(found, ActorKind.Person);
        Assert.Single(people, p => p.Contains("Do-hyun", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Min-seo Baek", "Min-jun Baek", false)]
    [InlineData("Min-seo Baek", "Baek Min-seo", true)]
    [InlineData("Seo-yeon Yoon", "Yoon Suk Yeol", false)]
    [InlineData("Wang Yi-hua", "Wang Yi", false)]
    [InlineData("Kim Jong-un", "Kim Jong Un", true)]
    [InlineData("Kim Jong Un", "Kim John Un", true)]
    [InlineData("Jung-ho Kim", "Jung-min Kim", false)]
    [InlineData("John F. Kennedy", "John Fitzgerald Kennedy", true)]
    [InlineData("Yoon", "Yoon Suk Yeol", true)]
    public void Names_match_only_when_every_given_part_agrees(string a, string b, bool same)
    {
        Assert.Equal(same, NameSimilarity.SamePerson(a, b));
        Assert.Equal(same, NameSimilarity.SamePerson(b, a));
    }

    [Fact]
    public void Guard_a_leaders_hyphenated_name_stays_one_person()
    {
        var people = People("Kim Jong-un said Pyongyang would respond to the sanctions. Kim Jong Un also warned Washington.");
        Assert.Single(people, p => p.StartsWith("Kim Jong", StringComparison.Ordinal));
    }

    [Fact]
    public void Guard_a_bare_surname_after_the_full_name_stays_that_person()
    {
        var found = Read.Text("South Korean President Yoon Suk Yeol ordered new sanctions on Pyongyang. Yoon said the decision was final.");
        var people = Read.ActorNames(found, ActorKind.Person);
        Assert.Equal(["Yoon Suk Yeol"], people);
    }

    [Fact]
    public void Guard_a_compound_after_a_leaders_name_keeps_the_leader()
    {
        var people = People("Lawmakers criticised the Wang Yi-led delegation over the sanctions.");
        Assert.Contains("Wang Yi", people);
    }
}
