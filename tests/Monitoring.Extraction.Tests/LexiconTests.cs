using Monitoring.Extraction.Actors;
using Monitoring.Extraction.Measures;
using Monitoring.Extraction.Text;

namespace Monitoring.Extraction.Tests;

/// <summary>The table that gives every token its word classes in one lookup.</summary>
public sealed class LexiconTests
{
    private static readonly Lexicon Lexicon = Gazetteer.Default.Lexicon;

    private static WordClass Classes(string text)
    {
        var lower = text.ToLowerInvariant();
        return Lexicon.Classify(text, lower, lowered: !string.Equals(text, lower, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_class_has_words()
    {
        var listed = CueFinder.Vocabulary().Concat(StatusReader.Vocabulary()).Concat(Roles.Vocabulary())
            .Concat(MeasureFinder.Vocabulary()).Concat(PersonCues.Vocabulary())
            .Where(v => v.Words.Length > 0).Select(v => v.Class).ToHashSet();
        var missing = Enum.GetValues<WordClass>().Where(c => c is not (WordClass.None or WordClass.NameStart or WordClass.Sanction or WordClass.Possessive) && !listed.Contains(c));
        Assert.Empty(missing);
    }

    [Fact]
    public void A_word_has_one_status_the_later_list_winning()
    {
        Assert.Equal(WordClass.Lifted, Classes("ended") & WordClasses.Statuses);
        Assert.Equal(WordClass.Enacted, Classes("imposed") & WordClasses.Statuses);
    }

    [Fact]
    public void Lower_case_classes_match_any_case_and_exact_ones_only_as_written()
    {
        Assert.True(Classes("Minister").HasFlag(WordClass.Title));
        Assert.True(Classes("Minister").HasFlag(WordClass.NotName));
        Assert.False(Classes("minister").HasFlag(WordClass.NotName));
        Assert.True(Classes("the").HasFlag(WordClass.English));
        Assert.False(Classes("The").HasFlag(WordClass.English));
        Assert.True(Classes("Japan").HasFlag(WordClass.NameStart));
        Assert.False(Classes("japan").HasFlag(WordClass.NameStart));
    }
}
