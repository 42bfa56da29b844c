using System.Globalization;
using System.Text;

namespace Monitoring.Extraction.Actors;

/// <summary>
/// Whether two spellings name the same person: case and accents ignored, one-letter
/// transliteration slips tolerated in names long enough for one edit to be a spelling and not
/// another name (Iwaya/Iwaja, Zelenskyy/Zelensky), surname-only mentions and family-name-first
/// order accepted, but two people whose given names differ are never merged.
/// </summary>
public static class NameSimilarity
{
    public static bool SamePerson(string known, string candidate) => SamePerson(Parts(known), Parts(candidate));

    /// <summary>The folded words of a name.</summary>
    public static string[] Parts(string name) => Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary><see cref="SamePerson(string, string)"/> over names already split by <see cref="Parts"/>.</summary>
    public static bool SamePerson(string[] x, string[] y)
    {
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }
        if (x.SequenceEqual(y))
        {
            return true;
        }
        if (x.Length == 1 || y.Length == 1)
        {
            // A lone surname (or, in family-name-first order, given name) refers back to a full name.
            var (single, full) = x.Length == 1 ? (x[0], y) : (y[0], x);
            return single.Length >= 3 && (Close(single, full[^1]) || Close(single, full[0]));
        }
        return (Alike(x[^1], y[^1]) && GivenNamesAgree(x[0], y[0]) && MiddlesAgree(x, y))
            || (Alike(x[^1], y[0]) && GivenNamesAgree(x[0], y[^1]))
            || FamilyNameMoved(x, y) || FamilyNameMoved(y, x);
    }

    /// <summary>
    /// Names of as many words in the same order differ by their middle words too: "Min-jun Park" and "Min-seo Park" (folded to
    /// three words each) are two people; an initial agrees with a word it opens ("John F. Kennedy"). A Korean name written
    /// family name first is told apart by its last word already, so a slip in its middle ("Kim John Un") is a slip.
    /// </summary>
    private static bool MiddlesAgree(string[] x, string[] y)
    {
        if (x.Length != y.Length || (GivenNames.FoldedKoreanFamily.Contains(x[0]) && !GivenNames.FoldedKoreanFamily.Contains(x[^1])))
        {
            return true;
        }
        for (var k = 1; k < x.Length - 1; k++)
        {
            if (!GivenNamesAgree(x[k], y[k]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"Hong Min-jun" and "Min-jun Hong": a two-part given name with the family name written first in one and last in the other.</summary>
    private static bool FamilyNameMoved(string[] first, string[] last) =>
        first.Length == 3 && last.Length == 3 && Alike(first[0], last[2]) && first[1] == last[0] && first[2] == last[1];

    /// <summary>
    /// Whether two organisation names are one name spelled two ways: as many words, each equal, a
    /// transliteration of the other, or one edit apart (only one word may be, and only if it is long
    /// enough: "Bank Rossia" and "Bank Rossiya", "Transeft" and "Transneft"; not "VTB" and "VEB").
    /// </summary>
    public static bool SameOrganization(string[] x, string[] y)
    {
        if (x.Length == 0 || x.Length != y.Length)
        {
            return false;
        }
        var slips = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] == y[i] || SameTransliterated(x[i], y[i]))
            {
                continue;
            }
            if (++slips > 1 || !Close(x[i], y[i]) || x[i].Any(char.IsDigit) || y[i].Any(char.IsDigit))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A folded word with the spellings English gives one Cyrillic (or Japanese) sound made one: ks and x
    /// (Aleksei, Alexei), y, j and i (Andrey, Andrei; Iwaya, Iwaja), kh and h, doubled i.
    /// </summary>
    public static string Transliterated(string word)
    {
        if (word.IndexOfAny(['k', 'y', 'j', 'i']) < 0)
        {
            return word;
        }
        var s = word.Replace("ks", "x", StringComparison.Ordinal).Replace("kh", "h", StringComparison.Ordinal)
            .Replace('y', 'i').Replace('j', 'i');
        while (s.Contains("ii", StringComparison.Ordinal))
        {
            s = s.Replace("ii", "i", StringComparison.Ordinal);
        }
        return s;
    }

    /// <summary>Equal, spelled by another transliteration, or one edit apart (<see cref="Close"/>).</summary>
    private static bool Alike(string a, string b) => Close(a, b) || SameTransliterated(a, b);

    /// <summary>
    /// <c>Transliterated(a) == Transliterated(b)</c>, letter by letter without making either string: every
    /// name of an article is compared with the people already met, so this runs far more often than names are read.
    /// </summary>
    public static bool SameTransliterated(string a, string b)
    {
        int i = 0, j = 0;
        char lastA = '\0', lastB = '\0';
        while (true)
        {
            var x = NextTransliterated(a, ref i, ref lastA);
            var y = NextTransliterated(b, ref j, ref lastB);
            if (x != y)
            {
                return false;
            }
            if (x == '\0')
            {
                return true;
            }
        }
    }

    /// <summary>The next letter of <see cref="Transliterated"/>'s spelling of <paramref name="word"/> from <paramref name="at"/>, or '\0' at its end.</summary>
    private static char NextTransliterated(string word, ref int at, ref char last)
    {
        while (at < word.Length)
        {
            var c = word[at++];
            if (c == 'k' && at < word.Length && word[at] is 's' or 'h')
            {
                c = word[at++] == 's' ? 'x' : 'h';
            }
            else if (c is 'y' or 'j')
            {
                c = 'i';
            }
            if (c == 'i' && last == 'i')
            {
                continue; // a run of i's is one i
            }
            last = c;
            return c;
        }
        return '\0';
    }

    /// <summary>Lower case, accents removed, punctuation to single spaces.</summary>
    public static string Fold(string name)
    {
        if (IsPlainLower(name))
        {
            return name;
        }
        var sb = new StringBuilder(name.Length);
        var space = true;
        foreach (var c in name.IsNormalized(NormalizationForm.FormD) ? name : name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>Already folded: lower-case ASCII letters and digits with single inner spaces.</summary>
    private static bool IsPlainLower(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' || (c == ' ' && i > 0 && i < s.Length - 1 && s[i - 1] != ' ')))
            {
                return false;
            }
        }
        return true;
    }

    private static bool GivenNamesAgree(string a, string b) =>
        a == b || (a.Length <= 2 || b.Length <= 2 ? a[0] == b[0] : Alike(a, b));

    /// <summary>Equal, or one edit apart for names of five letters or more.</summary>
    public static bool Close(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= 5 && EditDistanceAtMostOne(a, b));

    private static bool EditDistanceAtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }
            if (++edits > 1)
            {
                return false;
            }
            if (a.Length > b.Length)
            {
                i++;
            }
            else if (b.Length > a.Length)
            {
                j++;
            }
            else if (i + 1 < a.Length && a[i] == b[j + 1] && a[i + 1] == b[j])
            {
                i += 2; // a transposition is one edit
                j += 2;
            }
            else
            {
                i++;
                j++;
            }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
