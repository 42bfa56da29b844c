using Monitoring.Extraction.Measures;

namespace Monitoring.Extraction.Tests;

/// <summary>The one vocabulary every part of the system checks against.</summary>
public class VocabularyTests
{
    [Theory]
    [InlineData("considered", "announced")]
    [InlineData("announced", "enacted")]
    [InlineData("considered", "enacted")]
    [InlineData("enacted", "lifted")]
    [InlineData("considered", "lifted")]
    public void A_later_status_is_stronger_news(string from, string to)
    {
        Assert.True(MeasureStatus.IsStronger(from, to));
        Assert.True(MeasureStatus.Rank(to) > MeasureStatus.Rank(from));
    }

    [Theory]
    [InlineData("enacted", "announced")]
    [InlineData("enacted", "enacted")]
    [InlineData("lifted", "lifted")]
    [InlineData("lifted", "enacted")]
    public void A_weaker_or_equal_status_and_anything_after_a_lift_is_not_news(string from, string to) =>
        Assert.False(MeasureStatus.IsStronger(from, to));

    [Theory]
    [InlineData("considered", "considered", true)]
    [InlineData("considered", "announced", false)]
    [InlineData("announced", "announced", true)]
    [InlineData("enacted", "announced", true)]
    [InlineData("announced", "enacted", false)]
    [InlineData("lifted", "enacted", true)]
    public void A_minimum_status_lets_through_what_reaches_it_and_every_lift(string status, string minimum, bool passes) =>
        Assert.Equal(passes, MeasureStatus.Reaches(status, minimum));

    [Fact]
    public void Unknown_words_have_no_rank()
    {
        Assert.Equal(0, MeasureStatus.Rank("imposed"));
        Assert.Equal(0, MeasureStatus.Rank(null));
        Assert.False(MeasureStatus.IsKnown("Enacted"));
        Assert.Equal([1, 2, 3, 4], MeasureStatus.Order.Select(MeasureStatus.Rank));
    }

    [Fact]
    public void The_vocabulary_is_the_evaluation_formats()
    {
        Assert.Equal(12, MeasureTypes.All.Distinct().Count());
        Assert.Equal(["considered", "announced", "enacted"], MeasureStatus.Growing);
        Assert.Equal(["new_actor", "new_measure", "new_target", "status_change"], AlertKinds.All);
    }
}
