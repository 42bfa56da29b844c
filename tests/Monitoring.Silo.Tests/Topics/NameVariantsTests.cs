using Monitoring.Extraction.Actors;
using Monitoring.Stories;

namespace Monitoring.Silo.Tests.Topics;

/// <summary>
/// The rules that join two spellings of one organisation or person across a story's articles, each tried on a pair
/// it must join and on the nearest pair it must keep apart.
/// </summary>
public sealed class NameVariantsTests
{
    private static bool Org(string a, string b) => NameVariants.SameOrganization(NameSimilarity.Parts(a), NameSimilarity.Parts(b));

    private static bool Person(string a, string b) => NameVariants.SamePerson(NameSimilarity.Parts(a), NameSimilarity.Parts(b));

    [Theory]
    [InlineData("Zarya PJSC")]
    [InlineData("PJSC Zarya")]
    [InlineData("OJSC Zarya Holding")]
    [InlineData("Zarya Group Ltd")]
    public void A_legal_form_before_or_after_the_name_names_nothing_of_its_own(string withForm)
    {
        Assert.True(Org(withForm, "Zarya"));
        Assert.True(Org("Zarya", withForm));
        Assert.False(Org(withForm, "Zorkiy"));
    }

    [Theory]
    [InlineData("Holding")]
    [InlineData("Holdings")]
    [InlineData("Group")]
    [InlineData("Corp")]
    [InlineData("Corporation")]
    [InlineData("Inc")]
    [InlineData("Incorporated")]
    [InlineData("Ltd")]
    [InlineData("Limited")]
    [InlineData("PLC")]
    [InlineData("Co")]
    [InlineData("LLC")]
    [InlineData("NV")]
    [InlineData("BV")]
    [InlineData("AG")]
    [InlineData("SA")]
    [InlineData("GmbH")]
    [InlineData("JSC")]
    [InlineData("OJSC")]
    [InlineData("PJSC")]
    [InlineData("CJSC")]
    [InlineData("OAO")]
    [InlineData("ZAO")]
    [InlineData("PAO")]
    public void Each_legal_form_is_dropped_before_or_after_a_name(string form)
    {
        Assert.True(Org($"Zarya {form}", "Zarya"));
        Assert.True(Org("Zarya", $"{form} Zarya"));
    }

    [Theory]
    [InlineData("Zarya Bank", "Zarya Trust")]
    [InlineData("Zarya Steel", "Zarya")]
    public void A_word_that_is_no_legal_form_is_part_of_the_name(string a, string b) => Assert.False(Org(a, b));

    [Fact]
    public void A_name_that_is_only_legal_forms_names_no_one()
    {
        Assert.False(Org("Holding Group", "Group"));
        Assert.False(Org("Zarya", "PJSC"));
    }

    [Fact]
    public void Both_names_with_a_legal_form_are_compared_without_them()
    {
        Assert.True(Org("Zarya PJSC", "OJSC Zarya"));
        Assert.True(Org("Bank Rossiya PJSC", "Bank Rossia"));
        Assert.False(Org("Bank Rossiya PJSC", "Bank Zarya"));
    }

    [Theory]
    [InlineData("Bank for Foreign Trade", "Foreign Trade Bank")]
    [InlineData("Bank of the Northern Sea", "Northern Sea Bank")]
    [InlineData("Bank of Trade and Development", "Trade Development Bank")]
    [InlineData("Credit Bank of Moscow", "Moscow Credit Bank")]
    public void Each_linking_word_only_orders_the_name(string linked, string plain)
    {
        Assert.True(Org(linked, plain));
        Assert.True(Org(plain, linked));
    }

    [Fact]
    public void Reordering_needs_the_same_words_and_at_least_three_of_them()
    {
        Assert.False(Org("Bank of Moscow", "Moscow Bank")); // two words: too few to tell an order from a name
        Assert.False(Org("Bank for Foreign Trade", "Foreign Credit Bank"));
        Assert.False(Org("Bank for Foreign Trade", "Foreign Trade Bank Minsk"));
    }

    [Theory]
    [InlineData("Minsk UCB", "Minsk United Credit Bank")]
    [InlineData("Minsk FC", "Minsk Football Club")]
    [InlineData("FC Minsk Dynamo", "Football Club Minsk Dynamo")]
    public void Initials_written_for_a_run_of_words_name_the_same_organisation(string shortName, string longName)
    {
        Assert.True(Org(shortName, longName));
        Assert.True(Org(longName, shortName));
    }

    [Theory]
    [InlineData("FC", "Football Club")] // no word written out in both
    [InlineData("Minsk FC", "Minsk Football Club Dynamo")] // a word of the long name left over
    [InlineData("Minsk XY", "Minsk Football Club")] // initials that are not the words'
    [InlineData("Minsk F", "Minsk Football")] // one letter is no abbreviation
    [InlineData("Minsk FCB", "Minsk Football Club")] // more initials than words left
    public void Initials_that_do_not_cover_the_rest_of_the_name_exactly_join_nothing(string shortName, string longName)
    {
        Assert.False(Org(shortName, longName));
        Assert.False(Org(longName, shortName));
    }

    [Fact]
    public void Abbreviations_longer_than_the_other_name_do_not_throw()
    {
        Assert.False(NameVariants.SameOrganization(["ufc", "minsk"], ["united", "football", "club"]));
        Assert.False(NameVariants.SameOrganization(["minsk", "ufcb"], ["minsk", "united", "football"]));
    }

    [Fact]
    public void Words_inflected_from_one_stem_name_the_same_organisation()
    {
        Assert.True(Org("Sea Transport Services", "Sea Transportation Services"));
        Assert.True(Org("Islamic Revolution Guards Corps", "Islamic Revolutionary Guard Corps"));
        Assert.False(Org("Sea Transport Services", "Sea Logistics Services"));
        Assert.False(Org("Sea Transport", "Sea Transportation")); // two words: too few
    }

    [Fact]
    public void Inflections_need_half_the_words_equal_and_stems_of_five_letters()
    {
        // Two words equal out of five: less than half.
        Assert.False(Org("General Transportation Engineering Services Bureau", "General Transport Engineer Service Bureau"));
        // "Guard" to "Guardian" keeps a five-letter stem; "Arm" to "Army" does not.
        Assert.True(Org("Minsk Guard Works", "Minsk Guardian Works"));
        Assert.False(Org("Minsk Arm Works", "Minsk Army Works"));
    }

    [Theory]
    [InlineData("Alyaksandr Lukashenka", "Alexander Lukashenko")]
    [InlineData("Alyaksandr Ryhoravich Lukashenka", "Alexander Lukashenko")]
    [InlineData("Volodymyr Zelensky", "Volodimir Zelenskyy")]
    public void A_given_name_spelled_from_another_language_is_the_same_person(string a, string b)
    {
        Assert.True(Person(a, b));
        Assert.True(Person(b, a));
    }

    [Theory]
    [InlineData("Aleksandr Lukashenko", "Aleksandra Lukashenko")] // one ends in a vowel
    [InlineData("Maria Petrova", "Mario Petrova")] // skeleton too short to tell
    [InlineData("Alexander Lukashenko", "Alexei Lukashenko")] // different consonants
    [InlineData("Alexander Lukashenko", "Alexander Lavrov")] // different surnames
    [InlineData("Lukashenko", "Alexander Lukashenko")] // a lone surname is the reader's rule, not this one
    [InlineData("Rodriguez", "Rodriguez Rodriguez")]
    public void Names_that_only_look_alike_are_two_people(string a, string b)
    {
        Assert.False(Person(a, b));
        Assert.False(Person(b, a));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("a", "a")]
    [InlineData("alexander", "alksndr")]
    [InlineData("alyaksandr", "alksndr")]
    [InlineData("anna", "an")]
    [InlineData("maxim", "mksm")]
    [InlineData("massa", "ms")]
    public void The_skeleton_keeps_the_first_letter_and_the_consonants_once(string word, string skeleton) =>
        Assert.Equal(skeleton, NameVariants.Skeleton(word));
}
