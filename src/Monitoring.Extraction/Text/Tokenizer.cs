namespace Monitoring.Extraction.Text;

/// <summary>
/// Splits a sentence into words (letters and digits, with inner apostrophes kept out: "Japan’s"
/// becomes "Japan" and "'s"), numbers ("12,000", "3.5"), dotted abbreviations ("U.S.") and single
/// punctuation marks. Hyphens and dashes are tokens of their own, so "North Korea-Russia" names both.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, int offset = 0)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c))
            {
                i++;
                continue;
            }
            var start = i;
            if (char.IsLetter(c))
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
            else if (c is '\'' or '’' && i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
            {
                i += 2;
                tokens.Add(new Token(text[start..i], "'s", offset + start));
                continue;
            }
            else
            {
                i++;
            }
            var word = i - start == 1 && text[start] < 128 ? Single(text[start]) : text[start..i];
            tokens.Add(new Token(word, HasUpper(word) ? word.ToLowerInvariant() : word, offset + start));
        }
        return tokens;
    }

    private static readonly string[] Ascii = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>One-character tokens (punctuation, mostly) share one string each.</summary>
    private static string Single(char c) => Ascii[c];

    private static bool HasUpper(string word)
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

    private static int ReadWord(string text, int i)
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
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if (c is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !(text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]))))
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
