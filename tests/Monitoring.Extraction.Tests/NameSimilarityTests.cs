using Monitoring.Extraction.Actors;

namespace Monitoring.Extraction.Tests;

/// <summary>The letter-by-letter transliteration comparison agrees with comparing the transliterated words.</summary>
public sealed class NameSimilarityTests
{
    [Theory]
    [InlineData("aleksei", "alexei", true)]
    [InlineData("andrey", "andrei", true)]
    [InlineData("iwaya", "iwaja", true)]
    [InlineData("khodorkovsky", "hodorkovskii", true)]
    [InlineData("yuri", "iurii", true)]
    [InlineData("ksenia", "xenia", true)]
    [InlineData("ksenia", "kenia", false)]
    [InlineData("kim", "him", false)]
    [InlineData("yan", "yang", false)]
    [InlineData("kh", "h", true)]
    [InlineData("k", "", false)]
    [InlineData("", "", true)]
    public void Transliterations_compare_letter_by_letter(string a, string b, bool same)
    {
        Assert.Equal(same, NameSimilarity.SameTransliterated(a, b));
        Assert.Equal(same, NameSimilarity.SameTransliterated(b, a));
        Assert.Equal(NameSimilarity.Transliterated(a) == NameSimilarity.Transliterated(b), same);
    }

    [Fact]
    public void Every_pair_of_short_words_agrees_with_the_transliterated_strings()
    {
        // All words of up to four letters from the letters the rules touch, and one they do not.
        var letters = new[] { 'k', 's', 'h', 'y', 'j', 'i', 'x', 'a' };
        var words = new List<string> { "" };
        for (var length = 1; length <= 4; length++)
        {
            words.AddRange(words.Where(w => w.Length == length - 1).SelectMany(w => letters.Select(c => w + c)).ToList());
        }
        var byForm = words.GroupBy(NameSimilarity.Transliterated).ToList();
        Assert.True(byForm.Count < words.Count); // some spellings are one
        var rng = new Random(7);
        for (var n = 0; n < 50_000; n++)
        {
            var (a, b) = (words[rng.Next(words.Count)], words[rng.Next(words.Count)]);
            if (n % 2 == 0)
            {
                // Half the pairs from one spelling group, so that equal answers are tested as often as unequal ones.
                var group = byForm[rng.Next(byForm.Count)].ToList();
                (a, b) = (group[rng.Next(group.Count)], group[rng.Next(group.Count)]);
            }
            Assert.True(NameSimilarity.Transliterated(a) == NameSimilarity.Transliterated(b) == NameSimilarity.SameTransliterated(a, b), $"{a} / {b}");
        }
    }
}
