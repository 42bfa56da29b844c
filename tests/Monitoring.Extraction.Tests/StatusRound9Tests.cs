namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 9 status rules: an effort is not a deed ("working to impose" is a plan, "working with partners on" a
/// thought), and an easing dated in the past is background to a measure now enacted. Sentences in, measures out.
/// </summary>
public sealed class StatusRound9Tests
{
    private static void AssertMeasure(string body, string expected) => Assert.Equal([expected], Read.Measures(body));

    [Theory]
    [InlineData("Australia is working with partners on sanctions against Russia.")]
    [InlineData("Australia is working on sanctions against Russia.")]
    [InlineData("Australia working with partners on sanctions against Russia")]
    public void Working_on_a_measure_is_considering_it(string sentence) =>
        AssertMeasure(sentence, "sanctions_general Australia>Russia considered");

    [Theory]
    [InlineData("Australia will work with partners on sanctions against Russia.")]
    [InlineData("Australia decided to work with partners on sanctions against Russia.")]
    public void Working_on_a_measure_that_was_decided_is_announced(string sentence) =>
        AssertMeasure(sentence, "sanctions_general Australia>Russia announced");

    [Theory]
    [InlineData("Canada said it was working to impose sanctions on Belarus.")]
    [InlineData("Canada is working to impose sanctions on Belarus.")]
    [InlineData("Canada has made efforts to impose sanctions on Belarus.")]
    public void Working_to_impose_a_measure_is_preparing_it(string sentence) =>
        AssertMeasure(sentence, "sanctions_general Canada>Belarus announced");

    [Fact]
    public void An_effort_denied_denies_the_measure() =>
        Assert.Empty(Read.Measures("Canada is not working to impose sanctions on Belarus."));

    [Fact]
    public void A_deed_nearer_the_measure_than_the_effort_speaks_for_it() =>
        AssertMeasure("Canada, working with partners, imposed sanctions on Belarus.", "sanctions_general Canada>Belarus enacted");

    [Theory]
    [InlineData("Japan imposed new sanctions on North Korea on Friday. Japan eased some sanctions on North Korea in July 2014.")]
    [InlineData("Japan eased some sanctions on North Korea in July 2014. On Friday Japan imposed new sanctions on North Korea.")]
    [InlineData("Japan imposed new sanctions on North Korea on Friday. Japan eased some sanctions on North Korea in 2014.")]
    public void An_easing_dated_in_the_past_is_background_to_a_measure_now_enacted(string body) =>
        AssertMeasure(body, "sanctions_general Japan>North Korea enacted");

    [Theory]
    [InlineData("Japan eased some sanctions on North Korea in July 2014.")]
    [InlineData("Japan imposed sanctions on North Korea in 2006. Japan lifted sanctions on North Korea in 2016.")]
    [InlineData("Japan imposed sanctions on North Korea on Friday. Japan lifted sanctions on North Korea on Monday.")]
    public void An_easing_is_lifted_when_nothing_newer_is_enacted(string body) =>
        AssertMeasure(body, "sanctions_general Japan>North Korea lifted");

    [Theory]
    [InlineData("Japan won't impose sanctions on Iran.", null)]
    [InlineData("Japan is considering sanctions on Iran.", "sanctions_general Japan>Iran considered")]
    [InlineData("Japan lifted sanctions on Iran.", "sanctions_general Japan>Iran lifted")]
    public void The_guards_keep_their_statuses(string sentence, string? expected)
    {
        if (expected is null)
        {
            Assert.Empty(Read.Measures(sentence));
        }
        else
        {
            AssertMeasure(sentence, expected);
        }
    }
}
