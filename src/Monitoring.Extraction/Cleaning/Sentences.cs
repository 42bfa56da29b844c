using System.Buffers;
using Monitoring.Extraction.Text;

namespace Monitoring.Extraction.Cleaning;

/// <summary>A sentence of the cleaned text and where it starts.</summary>
public readonly record struct Sentence(string Text, int Start);

/// <summary>
/// Splits cleaned text into sentences at . ! ? followed by a capital, sparing common abbreviations.
/// A run longer than <see cref="MaxLength"/> (a list or a page without full stops) is cut at its
/// last semicolon, comma or space before the limit, so that reading a sentence costs a bounded time.
/// </summary>
public static class Sentences
{
    /// <summary>Longer than any sentence a story is written in; reading one costs more than linear time in its length.</summary>
    public const int MaxLength = 1_500;

    private static readonly WordSet Abbreviations = new(
    [
        "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.k", "u.n", "e.u", "no", "gen", "lt", "col", "gov", "sen", "rep", "inc", "corp", "co", "ltd", "vs", "etc", "a.k.a", "f.k.a",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly SearchValues<char> Breaks = SearchValues.Create("\n.!?");

    public static List<Sentence> Split(string text)
    {
        var spans = Spans(text);
        var sentences = new List<Sentence>(spans.Count);
        foreach (var (start, end) in spans)
        {
            sentences.Add(new Sentence(text[start..end], start));
        }
        return sentences;
    }

    /// <summary>The sentences of <paramref name="text"/> as [start, end) offsets, for a reader that does not need them as strings.</summary>
    public static List<(int Start, int End)> Spans(string text)
    {
        var result = new List<(int Start, int End)>(text.Length / 80 + 4);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // Jump to the next line break or sentence mark: the characters between cannot end a sentence.
            var next = text.AsSpan(i).IndexOfAny(Breaks);
            if (next < 0)
            {
                break;
            }
            i += next;
            var c = text[i];
            if (c == '\n' || EndsSentence(text, i))
            {
                var end = c == '\n' ? i : i + 1;
                while (end < text.Length && text[end] is '"' or '”' or '’' or ')')
                {
                    end++;
                }
                Add(result, text, start, end);
                start = c == '\n' ? i + 1 : end;
                i = Math.Max(i, end - 1);
            }
        }
        Add(result, text, start, text.Length);
        return result;
    }

    private static bool EndsSentence(string text, int i)
    {
        var j = i + 1;
        while (j < text.Length && text[j] is '"' or '”' or '’' or ')')
        {
            j++;
        }
        if (j >= text.Length)
        {
            return true;
        }
        if (j == i + 1 && MissingSpace(text, i))
        {
            return true;
        }
        if (text[j] != ' ' || j + 1 >= text.Length || !(char.IsUpper(text[j + 1]) || text[j + 1] is '"' or '“' or '‘'))
        {
            return false;
        }
        var wordStart = i - 1;
        while (wordStart >= 0 && (char.IsLetter(text[wordStart]) || text[wordStart] == '.'))
        {
            wordStart--;
        }
        var word = text.AsSpan((wordStart + 1)..i);
        return word.Length > 1 && !Abbreviations.Contains(word);
    }

    /// <summary>
    /// "weapons programs.The Treasury": copied pages lose the space after a full stop. A word of three or more
    /// lower-case letters, then a capitalised word, is not an abbreviation, a domain or an initial.
    /// </summary>
    private static bool MissingSpace(string text, int i)
    {
        if (i + 2 >= text.Length || !char.IsUpper(text[i + 1]) || !char.IsLower(text[i + 2]) || i < 3)
        {
            return false;
        }
        var k = i - 1;
        while (k >= 0 && char.IsLower(text[k]))
        {
            k--;
        }
        return i - 1 - k >= 3 && (k < 0 || !char.IsLetterOrDigit(text[k]) && text[k] != '.');
    }

    private static void Add(List<(int Start, int End)> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        while (end - start > MaxLength)
        {
            var cut = Cut(text, start, start + MaxLength);
            Add(result, text, start, cut);
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }
        if (end > start)
        {
            result.Add((start, end));
        }
    }

    /// <summary>Where to cut a run too long for one sentence: after its last ';' or ',' in the second half of the limit, else at its last space, else at the limit.</summary>
    private static int Cut(string text, int start, int limit)
    {
        var half = start + (limit - start) / 2;
        foreach (var mark in (ReadOnlySpan<char>)[';', ',', ' '])
        {
            var at = text.LastIndexOf(mark, limit - 1, limit - half);
            if (at > half)
            {
                return at + 1;
            }
        }
        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }
}
