namespace Monitoring.Extraction.Tests;

/// <summary>
/// Actors as the round-9 stories name them: firms in lists opened by a verb or "such as", quoted names,
/// plants and legal forms after a name, departments named after their state, relatives by given name,
/// people by title and surname, and the guards that keep photo credits and nested bodies apart.
/// </summary>
public sealed class ActorRound9Tests
{
    private static List<string> Names(string body, ActorKind? kind = null) => Read.ActorNames(Read.Text(body), kind);

    // Firms in lists.

    [Fact]
    public void Firms_listed_after_include_are_firms()
    {
        var names = Names("Norway froze the assets of Moldovan firms. The listed companies include Torvik, Brandal and Ostrava Metals.");
        Assert.Contains("Torvik", names);
        Assert.Contains("Brandal", names);
    }

    [Fact]
    public void Firms_listed_after_such_as_are_firms_also_past_an_article_and_quotes()
    {
        var names = Names("Norway froze the assets of Moldovan enterprises such as the Kishinev Tractor Plant, \"Orizont\" and \"Zorile.\"");
        Assert.Contains("Orizont", names);
        Assert.Contains("Zorile", names);
    }

    [Fact]
    public void Names_listed_after_include_without_a_firm_noun_are_not_firms()
    {
        var names = Names("Norway froze assets in March. The measures include Easter travel limits.");
        Assert.DoesNotContain("Easter", names);
    }

    [Fact]
    public void A_bureau_with_its_quoted_name_is_one_body()
    {
        var names = Names("Norway froze the assets of Design Office \"Kvant,\" a Moldovan maker of radar parts.");
        Assert.Contains("Design Office Kvant", names);
    }

    [Fact]
    public void A_plant_is_a_body()
    {
        Assert.Contains("Tiraspol Cable Plant", Names("Norway froze the assets of the Tiraspol Cable Plant on Monday."));
    }

    [Fact]
    public void A_legal_form_after_a_name_makes_it_a_firm()
    {
        Assert.Contains("Ozerny OAO", Names("Norway froze the assets of Ozerny OAO on Monday."));
    }

    // Bodies.

    [Fact]
    public void A_department_named_before_its_state_speaks()
    {
        var names = Names("\"The measures are a response to the crackdown,\" Business Promotion Norway said in a statement.");
        Assert.Contains("Business Promotion Norway", names);
    }

    [Fact]
    public void A_state_after_an_ordinary_word_stays_the_state()
    {
        var names = Names("Tuesday Norway said it would freeze the assets of two banks.");
        Assert.Contains("Norway", names);
        Assert.DoesNotContain("Tuesday Norway", names);
    }

    [Fact]
    public void A_body_of_a_body_is_two_bodies()
    {
        var names = Names("Norway froze the assets of the Varna Isotope Center of the Atomic Research Organization of Moldova.");
        Assert.Contains("Varna Isotope Center", names);
        Assert.Contains("Atomic Research Organization of Moldova", names);
    }

    [Fact]
    public void A_generic_body_a_person_holds_office_in_is_a_body()
    {
        var names = Names("Norway also listed Ivan Petrenko, the deputy chairman of the State Defense Committee.");
        Assert.Contains("State Defense Committee", names);
    }

    // People.

    [Fact]
    public void A_name_after_led_by_is_a_person()
    {
        Assert.Contains("Svetlana Orlova", Names("The protests, led by Svetlana Orlova, were put down, Norway said.", ActorKind.Person));
    }

    [Fact]
    public void A_name_after_reporting_by_is_a_credit()
    {
        Assert.DoesNotContain("Svetlana Orlova", Names("Norway froze the assets of two banks. Reporting by Svetlana Orlova", ActorKind.Person));
    }

    [Fact]
    public void A_relative_named_by_given_name_carries_the_surname()
    {
        var names = Names("Norway froze the assets of Oleg Petrenko. Petrenko's eldest daughter, Irina, was also listed.", ActorKind.Person);
        Assert.Contains("Irina Petrenko", names);
    }

    [Fact]
    public void A_title_and_a_surname_before_a_speech_verb_is_a_person()
    {
        Assert.Contains("Halvorsen", Names("Norway will freeze the assets, Trade Minister Halvorsen said on Monday.", ActorKind.Person));
    }

    [Fact]
    public void A_surname_after_a_quote_before_a_speech_verb_is_a_person()
    {
        Assert.Contains("Halvorsen", Names("\"We must act together,\" Halvorsen told a cabinet meeting on Norway's measures.", ActorKind.Person));
    }

    [Fact]
    public void A_surname_ending_in_s_after_a_quote_is_a_person()
    {
        Assert.Contains("Kalnins", Names("\"We must act together,\" Kalnins told a cabinet meeting on Norway's measures.", ActorKind.Person));
    }

    [Fact]
    public void A_plural_after_a_quote_is_no_person()
    {
        Assert.DoesNotContain("Diplomats", Names("\"We must act together,\" Diplomats told a meeting on Norway's measures.", ActorKind.Person));
    }

    [Fact]
    public void A_photographer_in_a_credit_line_is_no_person()
    {
        var names = Names("Norway froze the assets of two banks.\nThe Oslo harbour. Photo: Mikhail Orlov/Getty Images", ActorKind.Person);
        Assert.DoesNotContain("Mikhail Orlov", names);
    }

    [Fact]
    public void A_photographer_between_agencies_is_no_person()
    {
        var names = Names("Norway froze the assets of two banks on Monday. Sputnik/Pavel Orlov/Pool via Reuters", ActorKind.Person);
        Assert.DoesNotContain("Pavel Orlov", names);
    }

    // Round 9, second part: appositions, lists in a ministry's name, hyphens, a state's own council.

    [Fact]
    public void A_firm_described_with_the_after_a_comma_is_a_firm()
    {
        Assert.Contains("Belmash", Names("Norway froze the assets of Belmash, the national tractor producer, on Monday."));
    }

    [Fact]
    public void A_firm_of_two_words_described_after_a_comma_is_a_firm()
    {
        Assert.Contains("Vostok Dron", Names("Norway listed Vostok Dron, an Iranian company that builds drones."));
    }

    [Fact]
    public void A_person_described_as_a_trader_is_no_firm()
    {
        var names = Names("Norway listed Ivan Orlov, a steel trader.", ActorKind.Organization);
        Assert.DoesNotContain("Ivan Orlov", names);
    }

    [Fact]
    public void A_ministry_named_by_a_list_of_fields_is_one_body()
    {
        Assert.Contains("Ministry of Mining, Forestry and Energy", Names("The Ministry of Mining, Forestry and Energy said Norway would follow."));
    }

    [Fact]
    public void A_bank_before_a_list_of_firms_is_not_joined_to_them()
    {
        var names = Names("Norway listed the Bank of Moldova, Sovcom and Tavrich on Monday.");
        Assert.DoesNotContain("Bank of Moldova, Sovcom and Tavrich", names);
    }

    [Fact]
    public void Words_joined_by_a_hyphen_stay_in_a_bodys_name()
    {
        Assert.Contains("Moldova Trade-Investment Promotion Agency", Names("The Moldova Trade-Investment Promotion Agency said Norway would follow."));
    }

    [Fact]
    public void A_states_security_council_is_its_own()
    {
        var names = Names("Norway listed members of Russia's Security Council on Monday.");
        Assert.Contains("Russian Security Council", names);
        Assert.DoesNotContain("UN Security Council", names);
    }

    [Fact]
    public void A_secretariat_is_a_body()
    {
        Assert.Contains("State Secretariat for Economic Affairs", Names("The State Secretariat for Economic Affairs said Norway froze the assets."));
    }

    [Fact]
    public void A_concern_is_a_firm()
    {
        Assert.Contains("Kalashnikov Concern", Names("Norway listed the arms maker Kalashnikov Concern on Monday."));
    }

    // Round 9, third part: roles before names, people named beside people, places in credits.

    [Fact]
    public void An_advocate_before_a_name_is_a_role()
    {
        Assert.Contains("Oyub Titiev", Names("Norway condemned the jailing of human rights advocate Oyub Titiev.", ActorKind.Person));
    }

    [Fact]
    public void A_name_before_a_known_person_is_a_person()
    {
        Assert.Contains("Bidzina Ivanishvili", Names("Norway froze the assets of Bidzina Ivanishvili and Arkady Rotenberg.", ActorKind.Person));
    }

    [Fact]
    public void A_name_after_a_known_person_is_a_person()
    {
        Assert.Contains("Zurab Kvaratskhelia", Names("Norway froze the assets of Arkady Rotenberg and Zurab Kvaratskhelia.", ActorKind.Person));
    }

    [Fact]
    public void A_firm_beside_a_known_person_is_no_person()
    {
        var names = Names("Norway froze the assets of Arkady Rotenberg and Novaya Zarya Press.", ActorKind.Person);
        Assert.DoesNotContain("Novaya Zarya", names);
    }

    [Fact]
    public void A_place_in_a_credit_is_no_actor()
    {
        var names = Names("Norway froze the assets of two banks. (Reporting by Terje Solvik in Vilnius; Editing by Ann Berg)");
        Assert.DoesNotContain("Lithuania", names);
    }

    [Fact]
    public void A_place_outside_a_credit_stays()
    {
        Assert.Contains("Lithuania", Names("Norway froze the assets of two banks, in a move announced by Foreign Minister Eide in Vilnius."));
    }

    // Bodies of government by a bare name.

    [Fact]
    public void A_bare_treasury_in_us_copy_is_the_us_treasury()
    {
        Assert.Contains("United States Department of the Treasury", Names("The United States froze the assets of two banks, Treasury said."));
    }

    [Fact]
    public void A_bare_treasury_in_uk_copy_is_hm_treasury()
    {
        Assert.Contains("HM Treasury", Names("Britain froze the assets of two banks, the Treasury said."));
    }

    [Fact]
    public void A_treasury_title_is_not_the_body()
    {
        var names = Names("Treasury Secretary Janet Yellen said the United States froze the assets of two banks.");
        Assert.DoesNotContain("United States Department of the Treasury", names);
    }

    // Names defined or completed elsewhere in the article.

    [Fact]
    public void A_full_name_ending_in_a_speakers_surname_is_that_person()
    {
        var names = Names("Halvorsen said Norway would freeze the assets.\nTorkel Halvorsen leads the trade ministry.", ActorKind.Person);
        Assert.Contains("Torkel Halvorsen", names);
    }

    [Fact]
    public void A_full_name_not_ending_in_a_speakers_surname_is_no_one()
    {
        var names = Names("Berg said Norway would freeze the assets.\nTorkel Halvorsen leads the trade ministry.", ActorKind.Person);
        Assert.DoesNotContain("Torkel Halvorsen", names);
    }

    [Fact]
    public void An_acronym_defined_after_a_body_names_it_later()
    {
        var f = Read.Text("The Kvarn Export Secretariat (KVES) froze the assets, Norway said.\nKVES said more would follow.");
        var body = Assert.Single(f.Actors, a => a.Name == "Kvarn Export Secretariat");
        Assert.Contains("KVES", body.Forms);
    }

    // Datelines, a leader's own council, two firms joined by "and".

    [Fact]
    public void A_dateline_city_is_no_actor()
    {
        Assert.DoesNotContain("New Zealand", Names("Wellington, Jan 5 (AFP) — Norway froze the assets of two banks."));
    }

    [Fact]
    public void A_capital_acting_is_its_state()
    {
        Assert.Contains("New Zealand", Names("Wellington froze the assets of two banks, officials said."));
    }

    [Fact]
    public void A_leaders_own_security_council_is_not_the_uns()
    {
        Assert.DoesNotContain("UN Security Council", Names("Norway listed Vladimir Putin and members of his Security Council."));
    }

    [Fact]
    public void Two_firms_joined_by_and_stay_two()
    {
        var names = Names("Korean Air and Hyundai Motor Company suspended flights to Russia.");
        Assert.DoesNotContain("Korean Air and Hyundai Motor Company", names);
        Assert.Contains("Hyundai Motor Company", names);
    }

    [Fact]
    public void Other_names_after_aka_are_the_same_body()
    {
        var f = Read.Text("Norway listed the following entity:\nVelmor Darya Shipping Company (Iran) (a.k.a. Velmor Sea Shipping Lines or Darya-ye Velmor Shipping Company).");
        var bodies = Read.ActorNames(f, ActorKind.Organization);
        Assert.Contains("Velmor Darya Shipping Company", bodies);
        Assert.DoesNotContain("Velmor Sea Shipping Lines", bodies);
        Assert.DoesNotContain("Velmor Shipping Company", bodies);
    }

    [Fact]
    public void A_patriarch_and_one_name_is_a_person()
    {
        Assert.Contains("Patriarch Dorofei", Names("Norway listed the head of the church, Patriarch Dorofei, on Monday.", ActorKind.Person));
    }
}
