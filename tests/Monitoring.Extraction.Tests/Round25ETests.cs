namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 25E: status precision. A headline's present tense yields to a body that tells the same measure only as to come; what
/// a package of sanctions "aims to" do is as far as the package is; a measure verb joined by "and" to a verb with a modal
/// shares the modal, past the participles that describe the first verb's object. Sentences written for the rules, with guards;
/// names invented where the rule allows.
/// </summary>
public sealed class Round25ETests
{
    private static List<string> WithTitle(string title, string body) =>
        Read.Text(body, title).Measures.Select(m => $"{m.Type} {m.Imposer}>{m.Target} {m.Status}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_present_tense_headline_yields_to_a_body_that_says_will()
    {
        var measures = WithTitle(
            "Norway sanctions Peruvian banks over disputed vote",
            "Norway will impose sanctions on three Peruvian banks over the disputed vote, the foreign minister said on Monday.");
        Assert.Equal(["sanctions_general Norway>Peru announced"], measures);
    }

    [Fact]
    public void A_present_tense_headline_stands_beside_a_body_that_announced_the_measure()
    {
        var measures = WithTitle(
            "Norway sanctions Peruvian banks over disputed vote",
            "Norway has announced sanctions on three Peruvian banks over the disputed vote, the foreign minister said on Monday.");
        Assert.Equal(["sanctions_general Norway>Peru enacted"], measures);
    }

    [Fact]
    public void A_present_tense_headline_stands_beside_a_body_that_tells_the_deed()
    {
        var measures = WithTitle(
            "Norway sanctions Peruvian banks over disputed vote",
            "Norway will impose more sanctions on Peru next month, the minister said. It imposed sanctions on three Peruvian banks on Monday.");
        Assert.Equal(["sanctions_general Norway>Peru enacted"], measures);
    }

    [Fact]
    public void A_sentence_of_the_body_that_says_will_is_no_headline()
    {
        // The enacted reading comes from a sentence that ends with a stop: it is the article's, not a headline's.
        var measures = Read.Measures("Norway imposed sanctions on three Peruvian banks. Norway will impose sanctions on Peru's central bank.");
        Assert.Equal(["sanctions_general Norway>Peru enacted"], measures);
    }

    [Fact]
    public void What_a_package_being_worked_on_aims_to_ban_is_considered()
    {
        var measures = Read.Measures("Norway is working on a new package of sanctions, which aims to ban oil imports from Peru.");
        Assert.Contains("import_ban Norway>Peru considered", measures);
    }

    [Fact]
    public void What_an_adopted_package_aims_to_ban_is_enacted()
    {
        var measures = Read.Measures("Norway adopted a new package of sanctions that aims to ban oil imports from Peru.");
        Assert.Contains("import_ban Norway>Peru enacted", measures);
    }

    [Fact]
    public void What_a_package_aims_to_ban_with_nothing_said_of_the_package_stays_announced()
    {
        var measures = Read.Measures("The new package of sanctions, which aims to ban oil imports from Peru, was discussed by Norway on Monday.");
        Assert.DoesNotContain("import_ban Norway>Peru enacted", measures);
    }

    [Fact]
    public void A_measure_verb_joined_to_a_future_verb_shares_its_will_past_a_participle()
    {
        var measures = Read.Measures(
            "Norway said it will adopt the sanctions against Peru imposed by the European Union and freeze the assets of Peruvian officials in the country.");
        Assert.Contains("asset_freeze Norway>Peru announced", measures);
    }

    [Fact]
    public void A_measure_verb_joined_to_a_future_verb_shares_it_past_a_participle_of_involvement()
    {
        var measures = Read.Measures("Norway will adopt the sanctions against Peruvians involved in the coup and freeze their assets.");
        Assert.Contains("asset_freeze Norway>Peru announced", measures);
    }

    [Fact]
    public void A_measure_verb_joined_to_a_modal_of_possibility_is_considered()
    {
        var measures = Read.Measures("Norway could expel the ambassador and freeze the assets of Peruvian officials.");
        Assert.Contains("asset_freeze Norway>Peru considered", measures);
    }

    [Fact]
    public void Past_verbs_joined_by_and_stay_enacted()
    {
        var measures = Read.Measures("Norway adopted the sanctions against Peruvians involved in the coup and froze their assets.");
        Assert.Contains("asset_freeze Norway>Peru enacted", measures);
    }

    [Fact]
    public void A_negation_before_the_joined_verbs_denies_both()
    {
        var measures = Read.Measures("Norway will not adopt the sanctions against Peru and freeze the assets of Peruvian officials.");
        Assert.DoesNotContain(measures, m => m.StartsWith("asset_freeze", StringComparison.Ordinal));
    }
}
