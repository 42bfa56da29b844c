using Monitoring.Extraction.Actors;
using Monitoring.Extraction.Text;

namespace Monitoring.Extraction.Tests;

/// <summary>
/// The status reader's word lists as the lexicon holds them: a word from every part of every list
/// keeps its class, so that no part of a list can go missing unnoticed.
/// </summary>
public sealed class StatusVocabularyTests
{
    private static WordClass Status(string word) =>
        Gazetteer.Default.Lexicon.Classify(word, word, lowered: false) & WordClasses.Statuses;

    [Theory]
    [InlineData("froze")]
    [InlineData("adopted")]
    [InlineData("blacklisted")]
    [InlineData("revoked")]
    [InlineData("tightened")]
    [InlineData("designated")]
    [InlineData("severed")]
    [InlineData("seized")]
    public void Words_of_a_measure_in_force_are_enacted(string word) => Assert.Equal(WordClass.Enacted, Status(word));

    [Theory]
    [InlineData("planned")]
    [InlineData("pledged")]
    [InlineData("vowed")]
    [InlineData("promises")]
    public void Words_of_a_decision_not_yet_in_force_are_announced(string word) => Assert.Equal(WordClass.Announced, Status(word));

    [Theory]
    [InlineData("contemplates")]
    [InlineData("urged")]
    [InlineData("threatened")]
    [InlineData("proposed")]
    [InlineData("exploring")]
    [InlineData("mooted")]
    [InlineData("demanded")]
    public void Words_of_a_measure_weighed_are_considered(string word) => Assert.Equal(WordClass.Considered, Status(word));

    [Theory]
    [InlineData("rescind")]
    [InlineData("scrapped")]
    [InlineData("waivers")]
    public void Words_of_a_measure_ended_are_lifted(string word) => Assert.Equal(WordClass.Lifted, Status(word));

    [Theory]
    [InlineData("fresh", WordClass.Weak)]
    [InlineData("refused", WordClass.Negation)]
    public void Weak_and_negation_words_have_their_own_class(string word, WordClass expected) => Assert.Equal(expected, Status(word));

    [Fact]
    public void Conditional_words_are_conditional() =>
        Assert.True(Gazetteer.Default.Lexicon.Classify("unless", "unless", lowered: false).HasFlag(WordClass.Conditional));
}
