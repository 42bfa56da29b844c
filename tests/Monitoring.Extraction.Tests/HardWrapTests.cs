using System.Text.RegularExpressions;
using Monitoring.Extraction.Cleaning;

namespace Monitoring.Extraction.Tests;

/// <summary>Joining a wire story's hard-wrapped lines: the one-pass joiner does what the pattern says, on any text.</summary>
public sealed partial class HardWrapTests
{
    /// <summary>The rule as a pattern: a break between a letter or digit and a lower-case letter, with the blanks around it.</summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{N}])[ \t]*\r?\n[ \t]*(?=\p{Ll})")]
    private static partial Regex Rule();

    [Theory]
    [InlineData("Japan said on Wednesday it was\nimposing sanctions.", "Japan said on Wednesday it was imposing sanctions.")]
    [InlineData("it was  \t\r\n  imposing", "it was imposing")]
    [InlineData("in 2022\nthe ban", "in 2022 the ban")]
    [InlineData("Ends here.\nnext line", "Ends here.\nnext line")]
    [InlineData("A heading\nThe story", "A heading\nThe story")]
    [InlineData("a\n\nb", "a\n\nb")]
    [InlineData("\nleading", "\nleading")]
    [InlineData("trailing\n", "trailing\n")]
    [InlineData("Москва\nввела", "Москва ввела")]
    [InlineData("x\r\ny\nz", "x y z")]
    public void Lines_are_joined_where_a_sentence_runs_on(string text, string expected)
    {
        Assert.Equal(expected, TextCleaner.JoinHardWraps(text));
        Assert.Equal(Rule().Replace(text, " "), TextCleaner.JoinHardWraps(text));
    }

    [Fact]
    public void A_text_without_a_break_to_join_is_returned_as_it_is()
    {
        var text = "One line.\nAnother line.\n";
        Assert.Same(text, TextCleaner.JoinHardWraps(text));
    }

    [Fact]
    public void Random_texts_are_joined_as_the_pattern_joins_them()
    {
        var alphabet = "aZ9é. \t\r\n\nxY,Ж";
        var random = new Random(3);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            Assert.True(Rule().Replace(text, " ") == TextCleaner.JoinHardWraps(text), Escape(text));
        }
    }

    private static string Escape(string s) => s.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
