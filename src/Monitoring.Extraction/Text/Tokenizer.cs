using System.Runtime.CompilerServices;

namespace Monitoring.Extraction.Text;

/// <summary>
/// Splits a sentence into words (letters and digits, with inner apostrophes kept out: "Japan’s"
/// becomes "Japan" and "'s"), numbers ("12,000", "3.5"), dotted abbreviations ("U.S.") and single
/// punctuation marks. Hyphens and dashes are tokens of their own, so "North Korea-Russia" names both.
/// Each token's lower-case form is written into a buffer parallel to the text, at the token's offset,
/// and its word classes are looked up once.
/// </summary>
internal static class Tokenizer
{
    /// <summary>
    /// Writes the tokens of <paramref name="text"/>, which stands at <paramref name="offset"/> in the
    /// article, into <paramref name="tokens"/> (as long as the text at least), and their lower-case forms
    /// into <paramref name="lower"/> (indexed like the article); <paramref name="lexicon"/>, when given,
    /// classifies the words. Returns how many tokens there are.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // a root of its own, so that the helpers of its loop are inlined into it
    public static int Tokenize(ReadOnlySpan<char> text, int offset, Span<char> lower, Span<Token> tokens, Lexicon? lexicon = null)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ' || char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c))
            {
                i++;
                continue;
            }
            var start = i;
            if (IsAsciiLetter(c) && ReadAsciiWord(text, i, lower[(offset + i)..], lexicon, out var classes, out var name) is var wordEnd and > 0)
            {
                classes |= SanctionPrefix(lower.Slice(offset + i, wordEnd - i));
                tokens[count++] = new Token(offset + i, wordEnd - i, c <= 'Z' ? TokenShape.Word | TokenShape.Capitalized : TokenShape.Word, name, classes);
                i = wordEnd;
                continue;
            }
            if (char.IsLetter(c) && c != 'ʼ')
            {
                i = ReadWord(text, i);
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < text.Length && (char.IsDigit(text[i]) || (text[i] is ',' or '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }
            }
            else if (c is '\'' or '’' or 'ʼ' && i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
            {
                // The possessive in any of its spellings reads as "'s" (ʼ, the modifier letter, in Ukrainian outlets' copy).
                i += 2;
                var possessive = lower.Slice(offset + start, 2);
                possessive[0] = '\'';
                possessive[1] = 's';
                tokens[count++] = new Token(offset + start, 2, TokenShape.None, 0, WordClass.Possessive | (lexicon?.Classify(text[start..i], possessive, lowered: true) ?? WordClass.None));
                continue;
            }
            else
            {
                i++;
            }
            var word = text[start..i];
            var target = lower.Slice(offset + start, word.Length);
            var wordClasses = LowerAndClassify(word, target, lexicon, out var wordName) | SanctionPrefix(target);
            tokens[count++] = new Token(offset + start, word.Length, Shape(c), wordName, wordClasses);
        }
        return count;
    }

    /// <summary>The tokens of a short text as strings (the gazetteer's forms).</summary>
    public static string[] Words(string text)
    {
        var tokens = new Token[text.Length];
        var count = Tokenize(text, 0, new char[text.Length], tokens);
        return tokens.Take(count).Select(t => text.Substring(t.Start, t.Length)).ToArray();
    }

    private static TokenShape Shape(char first) =>
        (char.IsLetter(first) ? TokenShape.Word : TokenShape.None)
        | (char.IsDigit(first) ? TokenShape.Number : TokenShape.None)
        | (char.IsUpper(first) ? TokenShape.Capitalized : TokenShape.None);

    /// <summary><see cref="WordClass.Sanction"/> for a word beginning "sanction" (a prefix, which the lexicon's whole words cannot express).</summary>
    private static WordClass SanctionPrefix(ReadOnlySpan<char> lower) =>
        lower.Length >= 8 && lower[0] == 's' && lower.StartsWith("sanction", StringComparison.Ordinal) ? WordClass.Sanction : WordClass.None;

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>
    /// The common case of <see cref="ReadWord"/> and <see cref="LowerAndClassify"/> in one pass: a word of
    /// ASCII letters and digits from <paramref name="i"/>, lowered into <paramref name="target"/> and
    /// classified. Returns where it ends, or 0 when the word needs the general rules (an abbreviation like
    /// "U.S.", an apostrophe, a letter or mark beyond ASCII).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadAsciiWord(ReadOnlySpan<char> text, int i, Span<char> target, Lexicon? lexicon, out WordClass classes, out int name)
    {
        classes = WordClass.None;
        name = 0;
        if (text[i] <= 'Z' && i + 1 < text.Length && text[i + 1] == '.')
        {
            return 0;
        }
        var upper = false;
        var k = i;
        for (; k < text.Length; k++)
        {
            var c = text[k];
            if ((uint)(c - 'A') <= 'Z' - 'A')
            {
                upper = true;
                c = (char)(c | 0x20);
            }
            else if (!((uint)(c - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9))
            {
                if (c == '\'' || (c >= 128 && (c == '’' || char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)))
                {
                    return 0;
                }
                break;
            }
            target[k - i] = c;
        }
        if (lexicon is not null)
        {
            classes = lexicon.Classify(text[i..k], target[..(k - i)], upper, out name);
        }
        return k;
    }

    /// <summary>Writes <paramref name="word"/> in lower case into <paramref name="target"/> and looks up its classes.</summary>
    private static WordClass LowerAndClassify(ReadOnlySpan<char> word, Span<char> target, Lexicon? lexicon, out int name)
    {
        var upper = ToLowerUnicode(word, target);
        name = 0;
        return lexicon?.Classify(word, target, upper, out name) ?? WordClass.None;
    }

    /// <summary>Any word: lowered with the invariant culture when it has capitals, as it stands otherwise.</summary>
    private static bool ToLowerUnicode(ReadOnlySpan<char> word, Span<char> target)
    {
        if (HasUpper(word))
        {
            word.ToLowerInvariant(target);
            return true;
        }
        word.CopyTo(target);
        return false;
    }

    private static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }
        return false;
    }

    private static int ReadWord(ReadOnlySpan<char> text, int i)
    {
        // U.S., U.K., E.U.: single capitals separated by dots, closing dot included.
        var j = i;
        while (j + 1 < text.Length && char.IsUpper(text[j]) && text[j + 1] == '.' && (j + 2 >= text.Length || !char.IsLetter(text[j + 2]) || char.IsUpper(text[j + 2])))
        {
            if (j + 2 < text.Length && char.IsUpper(text[j + 2]) && j + 3 < text.Length && char.IsLetter(text[j + 3]) && text[j + 3] != '.')
            {
                break;
            }
            j += 2;
        }
        if (j - i >= 4)
        {
            return j;
        }
        while (i < text.Length)
        {
            var c = text[i];
            if ((char.IsLetterOrDigit(c) && c != 'ʼ') || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if (c is '\'' or '’' or 'ʼ' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !(text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]))))
            {
                i++; // O'Brien, don't
            }
            else
            {
                break;
            }
        }
        return i;
    }
}
