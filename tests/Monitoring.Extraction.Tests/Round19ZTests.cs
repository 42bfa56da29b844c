namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 19Z: a related-story list whose item opens with a picture label in capitals ("FILE PHOTO.") goes on past the label;
/// "banned from travelling there or having assets in the country" is a freeze; the holder of a portfolio written out
/// ("Minister of Foreign Affairs Jane Roe says"); firms listed after a plural firm noun ("firms Zentrix and Polymer"); an
/// unknown acronym before a leader's title ("NDRC chief Jane Roe") is a body; a legal form after a name ("… Trading GmbH") ends
/// the firm's name; the headline printed again inside the story heads a box of linked headlines. Sentences written for each rule, each with a guard.
/// </summary>
public sealed class Round19ZTests
{
    [Fact]
    public void A_listed_story_under_a_picture_label_is_dropped()
    {
        var cleaned = Cleaning.TextCleaner.Clean(
            "Norway imposed sanctions on Peru on Friday.\nRead more\nFILE PHOTO.\nChile threatens Bolivia with sanctions over border row\nThe measures take effect at once.",
            isHtml: false);
        Assert.DoesNotContain("Bolivia", cleaned, StringComparison.Ordinal);
        Assert.Contains("The measures take effect at once.", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_in_capitals_after_a_list_heading_is_not_held_back_when_long()
    {
        var cleaned = Cleaning.TextCleaner.Clean(
            "Read more\nNORWAY IMPOSED NEW SANCTIONS ON PERU ON FRIDAY.\nThe measures take effect at once.", isHtml: false);
        Assert.Contains("The measures take effect at once.", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Barred_from_having_assets_is_a_freeze()
    {
        var found = Read.Measures("Norway sanctioned a Peruvian bank, banning it from having assets in Norway or providing services to its citizens.");
        Assert.Equal(["asset_freeze Norway>Peru enacted", "financial_restriction Norway>Peru enacted"], found);
    }

    [Fact]
    public void Having_assets_without_a_bar_is_no_freeze()
    {
        var found = Read.Measures("Norway imposed sanctions on Peru. Peruvian officials complained about having assets in the country.");
        Assert.DoesNotContain(found, m => m.StartsWith("asset_freeze", StringComparison.Ordinal));
    }

    [Fact]
    public void A_written_out_portfolio_names_its_holder()
    {
        var f = Read.Text("Minister of Foreign Affairs Jane Moana said the sanctions are not about people.");
        Assert.Contains("Jane Moana", Read.ActorNames(f, ActorKind.Person));
        var g = Read.Text("The Minister for Trade and Industry, Tomas Ferreira, said the sanctions are not about people.");
        Assert.Contains("Tomas Ferreira", Read.ActorNames(g, ActorKind.Person));
    }

    [Fact]
    public void A_portfolio_followed_by_an_office_is_no_person()
    {
        var f = Read.Text("The Minister of Foreign Affairs Office said the sanctions are not about people.");
        Assert.Empty(Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void Firms_listed_after_a_plural_noun_are_firms()
    {
        var f = Read.Text("Norwegians may no longer deal with the technology firms Zentrix and Polymer.");
        var names = Read.ActorNames(f, ActorKind.Organization);
        Assert.Contains("Zentrix", names);
        Assert.Contains("Polymer", names);
    }

    [Fact]
    public void A_second_and_joins_one_name()
    {
        var f = Read.Text("Norwegians may no longer deal with the technology firms Zentrix and Design and Build, or with two banks.");
        var names = Read.ActorNames(f, ActorKind.Organization);
        Assert.Contains("Zentrix", names);
        Assert.DoesNotContain("Design", names);
        Assert.DoesNotContain("Build", names);
    }

    [Fact]
    public void An_acronym_before_a_leaders_title_is_a_body()
    {
        var f = Read.Text("The sanctions target NDRC chief Tomas Ferreira and two of his deputies.");
        Assert.Contains("NDRC", Read.ActorNames(f, ActorKind.Organization));
    }

    [Fact]
    public void A_title_written_as_an_acronym_is_no_body()
    {
        var f = Read.Text("The PM chief Tomas Ferreira said so.");
        Assert.DoesNotContain("PM", Read.ActorNames(f, ActorKind.Organization));
    }

    [Fact]
    public void A_legal_form_after_a_name_ends_a_firm()
    {
        var f = Read.Text("Two Dutch companies, Harbor Pump Trading GmbH and Alpenblick Projekta GmbH, were also sanctioned.");
        var names = Read.ActorNames(f, ActorKind.Organization);
        Assert.Contains("Harbor Pump Trading GmbH", names);
        Assert.Contains("Alpenblick Projekta GmbH", names);
    }

    [Fact]
    public void A_legal_form_alone_is_no_firm()
    {
        var f = Read.Text("Under the rules, a GmbH must file its accounts, Peru said.");
        Assert.Empty(Read.ActorNames(f, ActorKind.Organization));
    }

    [Fact]
    public void The_title_again_inside_the_story_heads_linked_headlines()
    {
        const string title = "Peru bans fruit imports from Chile";
        var cleaned = Cleaning.TextCleaner.Clean(
            "Peru has banned fruit imports from Chile for a year, the ministry said on Monday.\n"
            + "The decree takes effect at once and covers all fresh produce from its neighbour.\n"
            + title + "\nBolivia and Ecuador impose tough new tariffs on Chile\nThe list of products will be published on Thursday.",
            isHtml: false, title);
        Assert.DoesNotContain("Bolivia", cleaned, StringComparison.Ordinal);
        Assert.Contains("The list of products will be published on Thursday.", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_again_after_a_deck_keeps_the_line_after_it()
    {
        const string title = "Peru bans fruit imports from Chile";
        var cleaned = Cleaning.TextCleaner.Clean(
            "Chile has also imposed new tariffs on Peru and other nations.\n"
            + title + "\nFarmers unload boxes of grapes at the border crossing in Tacna on Oct. 12 Photographer Jane Roe via Agency Images",
            isHtml: false, title);
        Assert.Contains("Tacna", cleaned, StringComparison.Ordinal);
    }
}
