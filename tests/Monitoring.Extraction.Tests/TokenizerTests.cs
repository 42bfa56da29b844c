using Monitoring.Extraction.Actors;
using Monitoring.Extraction.Text;

namespace Monitoring.Extraction.Tests;

/// <summary>Tokens, their lower-case forms and classes, whichever way the tokenizer reads a word.</summary>
public sealed class TokenizerTests
{
    private static List<(string Text, string Lower, WordClass Classes)> Tokenize(string text)
    {
        var lower = new char[text.Length];
        var tokens = new Token[text.Length];
        var count = Tokenizer.Tokenize(text, 0, lower, tokens, Gazetteer.Default.Lexicon);
        return tokens.Take(count).Select(t => (text.Substring(t.Start, t.Length), new string(lower, t.Start, t.Length), t.Classes)).ToList();
    }

    [Fact]
    public void Words_beyond_ascii_abbreviations_and_apostrophes_split_as_plain_words_do()
    {
        var tokens = Tokenize("Japan’s U.S. O'Brien Zelenskyy café Müller sanctions— Minister 12,000");
        Assert.Equal(["Japan", "’s", "U.S.", "O'Brien", "Zelenskyy", "café", "Müller", "sanctions", "—", "Minister", "12,000"], tokens.Select(t => t.Text));
        Assert.Equal(["japan", "'s", "u.s.", "o'brien", "zelenskyy", "café", "müller", "sanctions", "—", "minister", "12,000"], tokens.Select(t => t.Lower));
    }

    [Fact]
    public void A_word_gets_the_same_classes_in_any_company()
    {
        // The same words alone, after a word with an accent, and before punctuation beyond ASCII.
        foreach (var word in new[] { "Japan", "Minister", "the", "imposed", "froze", "UN" })
        {
            var alone = Tokenize(word).Single().Classes;
            Assert.NotEqual(WordClass.None, alone);
            Assert.Equal(alone, Tokenize($"café {word}—")[1].Classes);
            Assert.Equal(alone, Tokenize($"({word}’s")[1].Classes);
        }
        Assert.True(Tokenize("Japan")[0].Classes.HasFlag(WordClass.NameStart));
        Assert.False(Tokenize("japan")[0].Classes.HasFlag(WordClass.NameStart));
    }

    [Fact]
    public void Words_that_begin_with_sanction_are_marked_in_any_case()
    {
        var tokens = Tokenize("Sanctions SANCTIONED sanctioning sanction sanctuary sanctity Sanktionen");
        Assert.Equal([true, true, true, true, false, false, false], tokens.Select(t => t.Classes.HasFlag(WordClass.Sanction)));
    }
}
