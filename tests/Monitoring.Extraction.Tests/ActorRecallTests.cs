namespace Monitoring.Extraction.Tests;

/// <summary>
/// Actors named as reporters name them (round 8): bodies with lists and places in their names, acronyms,
/// firms in lists, people no table holds, and the guards that keep relatives, governments, regions and
/// legal forms from becoming actors of their own.
/// </summary>
public sealed class ActorRecallTests
{
    private static List<string> Names(string body, ActorKind? kind = null) => Read.ActorNames(Read.Text(body), kind);

    // Cleaning: a furniture word is a prompt only as a word of its own.

    [Fact]
    public void A_sentence_opening_with_a_furniture_word_stays()
    {
        var text = Read.Text("Commenting on the coal ban, Trade Minister Hiroto Sakamura said Japan would look elsewhere.").Text;
        Assert.Contains("Hiroto Sakamura", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caption_glued_to_a_camera_icon_goes()
    {
        var text = Read.Text("Camera IconNorway says the new measures are lawful. (AP PHOTO) Credit: AP\nNorway froze the assets of two banks.").Text;
        Assert.DoesNotContain("Camera", text, StringComparison.Ordinal);
        Assert.Contains("Norway froze", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_more_news_line_goes()
    {
        var f = Read.Text("Canada froze the assets of two Belarusian banks.\nMore news: Judges throw out a case against a UK minister");
        Assert.DoesNotContain("United Kingdom", Read.ActorNames(f));
        Assert.Contains("Belarus", Read.ActorNames(f));
    }

    [Fact]
    public void A_bullet_holding_a_persons_name_stays()
    {
        var f = Read.Text("The UK froze the assets of these people:\n• Yevgeny Korolenko\n• Latest World News");
        Assert.Contains("Yevgeny Korolenko", Read.ActorNames(f, ActorKind.Person));
        Assert.DoesNotContain("Latest World News", f.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bodys_charter_is_not_the_body()
    {
        Assert.DoesNotContain("United Nations", Names("The invasion violated the UN Charter, Canada said."));
    }

    [Fact]
    public void A_body_before_other_words_is_still_the_body()
    {
        Assert.Contains("United Nations", Names("The UN chief said the invasion was unlawful, Canada said."));
    }

    // People.

    [Fact]
    public void A_known_surname_after_another_given_name_is_another_person()
    {
        var names = Names("Canada listed Valery Medvedev, chair of the Crimean electoral commission.", ActorKind.Person);
        Assert.Contains("Valery Medvedev", names);
        Assert.DoesNotContain("Dmitry Medvedev", names);
    }

    [Fact]
    public void A_known_surname_alone_is_still_the_known_person()
    {
        Assert.Contains("Dmitry Medvedev", Names("Medvedev said the sanctions would fail.", ActorKind.Person));
    }

    [Fact]
    public void A_known_surname_after_the_full_form_of_their_given_name_is_still_them()
    {
        var names = Names("On Thursday, President Joseph Biden announced further sanctions.", ActorKind.Person);
        Assert.Contains("Joe Biden", names);
        Assert.DoesNotContain("Joseph Biden", names);
    }

    [Fact]
    public void A_leaders_surname_before_government_is_the_state()
    {
        var names = Names("The Albanese government has sanctioned 20 Iranian officials.");
        Assert.Contains("Australia", names);
        Assert.DoesNotContain("Anthony Albanese", names);
    }

    [Fact]
    public void A_leaders_surname_alone_is_still_the_leader()
    {
        Assert.Contains("Anthony Albanese", Names("Albanese said the sanctions on Iranian officials were overdue.", ActorKind.Person));
    }

    [Fact]
    public void A_title_before_a_known_surname_names_that_person()
    {
        Assert.Contains("David Cameron", Names("Foreign Secretary Cameron said the listings send a clear message.", ActorKind.Person));
    }

    [Fact]
    public void A_title_before_an_unknown_single_word_names_no_one()
    {
        // Before a speech verb it names the speaker (ActorRound9Tests); elsewhere no one.
        Assert.Empty(Names("The listings of Foreign Secretary Pendlebury send a clear message.", ActorKind.Person));
    }

    [Fact]
    public void Persian_and_Turkish_given_names_open_a_persons_name()
    {
        var names = Names("After the execution of dual national Alireza Tabrizi, the UK listed Abdulvahap Demir, a Turkish national.", ActorKind.Person);
        Assert.Contains("Alireza Tabrizi", names);
        Assert.Contains("Abdulvahap Demir", names);
    }

    [Fact]
    public void An_arabic_article_joined_by_a_hyphen_stays_inside_the_name()
    {
        Assert.Contains("Muhammed Abd al-Razek Halabi", Names("The UK also listed Muhammed Abd al-Razek Halabi on Monday.", ActorKind.Person));
    }

    [Fact]
    public void A_name_described_as_an_academic_after_a_comma_is_a_person()
    {
        Assert.Contains("Alam Farouki", Names("Alam Farouki, a senior lecturer in Iranian studies, said the measures were symbolic.", ActorKind.Person));
    }

    // Places.

    [Fact]
    public void A_capital_before_a_region_word_is_the_region_not_the_state()
    {
        Assert.DoesNotContain("Ukraine", Names("The EU listed soldiers linked to killings in Bucha in Kyiv Oblast."));
    }

    [Fact]
    public void A_capital_alone_still_speaks_for_its_state()
    {
        Assert.Contains("Ukraine", Names("Kyiv said the EU listed soldiers linked to the killings."));
    }

    [Fact]
    public void A_possessive_written_with_the_modifier_apostrophe_leaves_the_state()
    {
        Assert.Contains("Poland", Names("The EU could not agree on the ban due to Polandʼs objections."));
    }

    // Bodies.

    [Fact]
    public void A_bodys_name_may_list_words_with_a_comma_before_and()
    {
        Assert.Contains("Foreign, Commonwealth and Development Office", Names("On Monday, the Foreign, Commonwealth and Development Office updated the list.", ActorKind.Organization));
    }

    [Fact]
    public void A_comma_without_and_still_ends_a_bodys_name()
    {
        var names = Names("Canada listed Ivanovo, Kestrel Trading Company and two others.", ActorKind.Organization);
        Assert.Contains("Kestrel Trading Company", names);
        Assert.DoesNotContain("Ivanovo, Kestrel Trading Company", names);
    }

    [Fact]
    public void A_place_closes_a_bodys_name_of_joined_parts()
    {
        Assert.Contains("Organisation for Trust and Dialogue in Asia", Names("The inquiry ran under the Organisation for Trust and Dialogue in Asia.", ActorKind.Organization));
    }

    [Fact]
    public void A_place_after_a_bodys_simple_name_is_not_part_of_it()
    {
        var names = Names("Canada froze the assets of the Fund for Reconstruction in Minsk.", ActorKind.Organization);
        Assert.Contains("Fund for Reconstruction", names);
        Assert.DoesNotContain("Fund for Reconstruction in Minsk", names);
    }

    [Fact]
    public void A_security_council_of_a_state_is_the_states_own()
    {
        var names = Names("Patrushev is a permanent member of the Security Council of the Russian Federation.", ActorKind.Organization);
        Assert.Contains("Russian Security Council", names);
        Assert.DoesNotContain("UN Security Council", names);
    }

    [Fact]
    public void A_known_bodys_acronym_opens_a_name_of_its_own()
    {
        var names = Names("The UK sanctioned the IRGC Cooperative Foundation on Monday.", ActorKind.Organization);
        Assert.Contains("IRGC Cooperative Foundation", names);
        Assert.DoesNotContain("Cooperative Foundation", names);
    }

    [Fact]
    public void A_known_bodys_acronym_defined_in_parentheses_opens_the_next_name()
    {
        var names = Names("The UK sanctioned the Islamic Revolutionary Guard Corps (\"IRGC\") Cooperative Foundation on Monday.", ActorKind.Organization);
        Assert.Contains("IRGC Cooperative Foundation", names);
        Assert.DoesNotContain("Cooperative Foundation", names);
    }

    [Fact]
    public void A_service_after_a_known_body_is_the_bodys_branch()
    {
        Assert.Contains("Islamic Revolutionary Guard Corps Navy", Names("The Islamic Revolutionary Guard Corps Navy seized a tanker.", ActorKind.Organization));
    }

    [Fact]
    public void A_service_after_a_demonym_is_the_state_not_a_body()
    {
        Assert.DoesNotContain("Omani Navy", Names("The Omani Navy seized a tanker.", ActorKind.Organization));
    }

    [Fact]
    public void A_house_of_a_parliament_is_a_body()
    {
        Assert.Contains("House of Burgesses", Names("The minister told the House of Burgesses that Canada would act.", ActorKind.Organization));
    }

    [Fact]
    public void A_house_before_a_title_is_no_body()
    {
        Assert.Empty(Names("House Speaker Mike Johnson said Canada would act.", ActorKind.Organization));
    }

    [Fact]
    public void A_church_and_railways_are_bodies()
    {
        var names = Names("The EU listed the head of the Russian Orthodox Church and the board of Russian Railways.", ActorKind.Organization);
        Assert.Contains("Russian Orthodox Church", names);
        Assert.Contains("Russian Railways", names);
    }

    [Fact]
    public void A_legal_form_names_no_firm()
    {
        Assert.DoesNotContain("Public Joint Stock Company", Names("Petrov is deputy president of Sberbank Public Joint Stock Company.", ActorKind.Organization));
    }

    [Fact]
    public void A_legal_form_before_a_name_is_a_firm()
    {
        Assert.Contains("OJSC Kaliysol", Names("An asset freeze has also been placed on OJSC Kaliysol.", ActorKind.Organization));
    }

    // Firms.

    [Fact]
    public void Names_listed_after_a_plural_for_firms_and_a_colon_are_firms()
    {
        var names = Names("OFAC also blocked three more financial institutions: Otrada, Novirum, and Sovtrade.", ActorKind.Organization);
        Assert.Contains("Otrada", names);
        Assert.Contains("Novirum", names);
        Assert.Contains("Sovtrade", names);
    }

    [Fact]
    public void A_name_after_including_a_plural_for_firms_is_a_firm()
    {
        Assert.Contains("Huaxin", Names("Washington wants to ban exports to six chip factories, including Huaxin.", ActorKind.Organization));
    }

    [Fact]
    public void A_person_after_including_is_not_listed_as_a_firm()
    {
        var f = Read.Text("The UK listed the owners of three banks, including Ivan Volkov.");
        Assert.DoesNotContain("Ivan Volkov", Read.ActorNames(f, ActorKind.Organization));
        Assert.Contains("Ivan Volkov", Read.ActorNames(f, ActorKind.Person));
    }

    [Fact]
    public void A_name_after_a_holding_is_a_firm()
    {
        Assert.Contains("Metinvestra", Names("OFAC blacklisted the tycoon's holding Metinvestra last year.", ActorKind.Organization));
    }

    [Fact]
    public void An_acronym_described_as_a_maker_is_a_firm()
    {
        Assert.Contains("KLMX", Names("The rules limit servicing of equipment by KLMX, the leading maker of lithography systems.", ActorKind.Organization));
    }

    [Fact]
    public void An_acronym_coordinated_with_a_state_is_a_body()
    {
        Assert.Contains("KLMX", Names("The Netherlands considers export controls affecting KLMX and China.", ActorKind.Organization));
    }

    [Fact]
    public void An_acronym_coordinated_with_a_common_noun_is_no_body()
    {
        Assert.Empty(Names("Japan will cut imports of LNG and coal over five years.", ActorKind.Organization));
    }
}
