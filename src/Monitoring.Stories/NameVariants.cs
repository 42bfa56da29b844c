using Monitoring.Extraction.Actors;

namespace Monitoring.Stories;

/// <summary>
/// The ways one actor is named across a story's articles that a reader, seeing one article at a time,
/// cannot join: an organisation with or without its legal form ("ASML Holding", "ASML"), with a word
/// abbreviated ("Chelsea FC", "Chelsea Football Club"), its words in another order ("Moscow Credit Bank",
/// "Credit Bank of Moscow") or inflected ("Islamic Revolution Guards Corps"); a person whose given name is
/// spelled from another language ("Alyaksandr Lukashenka", "Alexander Lukashenko"). Works on names
/// already split into folded words (<see cref="NameSimilarity.Parts"/>).
/// </summary>
public static class NameVariants
{
    /// <summary>Legal forms that name no organisation of their own, so a name with one is the name without it.</summary>
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "holding", "holdings", "group", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc", "co", "llc",
        "nv", "bv", "ag", "sa", "gmbh", "jsc", "ojsc", "pjsc", "cjsc", "oao", "zao", "pao",
    };

    /// <summary>Words that order a name, not name anything: "Bank of Moscow" and "Moscow Bank" differ only by them.</summary>
    private static readonly HashSet<string> Linking = new(StringComparer.Ordinal) { "of", "the", "and", "for" };

    public static bool SameOrganization(string[] x, string[] y)
    {
        var cx = WithoutLegalForms(x);
        var cy = WithoutLegalForms(y);
        if (cx.Length == 0 || cy.Length == 0)
        {
            return false;
        }
        if ((cx.Length != x.Length || cy.Length != y.Length)
            && (cx.AsSpan().SequenceEqual(cy) || NameSimilarity.SameOrganization(cx, cy)))
        {
            return true;
        }
        return Abbreviated(cx, cy) || Abbreviated(cy, cx) || Reordered(cx, cy) || Inflected(cx, cy);
    }

    /// <summary>
    /// The same surname (within the reader's tolerance) and given names with one consonant skeleton of at
    /// least four consonants after the first letter, both ending in a vowel or both not: "Alyaksandr" and
    /// "Alexander" are one name; "Maria" and "Mario" are too short to tell, "Aleksandr" and "Aleksandra" two people.
    /// </summary>
    public static bool SamePerson(string[] x, string[] y)
    {
        if (x.Length < 2 || y.Length < 2 || !SameSurname(x[^1], y[^1]))
        {
            return false;
        }
        var a = Skeleton(x[0]);
        return a.Length >= 5 && a == Skeleton(y[0]) && IsVowel(x[0][^1]) == IsVowel(y[0][^1]);
    }

    private static bool SameSurname(string a, string b) =>
        NameSimilarity.Close(a, b) || NameSimilarity.SameTransliterated(a, b);

    /// <summary>The first letter, then the consonants with x spelled ks and doubled letters once: what transliterations keep.</summary>
    internal static string Skeleton(string word)
    {
        if (word.Length == 0)
        {
            return word;
        }
        var chars = new System.Text.StringBuilder(word.Length + 2).Append(word[0]);
        foreach (var c in word.AsSpan(1))
        {
            if (IsVowel(c))
            {
                continue;
            }
            foreach (var k in c == 'x' ? "ks" : c.ToString())
            {
                if (chars[^1] != k)
                {
                    chars.Append(k);
                }
            }
        }
        return chars.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static string[] WithoutLegalForms(string[] parts)
    {
        int start = 0, end = parts.Length;
        while (start < end && LegalForms.Contains(parts[start]))
        {
            start++;
        }
        while (end > start && LegalForms.Contains(parts[end - 1]))
        {
            end--;
        }
        return start == 0 && end == parts.Length ? parts : parts[start..end];
    }

    /// <summary>
    /// <paramref name="shortName"/> writes a run of <paramref name="longName"/>'s words as their initials
    /// ("fc" for "football club"), every other word the same and in order, at least one word written out in both.
    /// </summary>
    private static bool Abbreviated(string[] shortName, string[] longName)
    {
        if (shortName.Length >= longName.Length)
        {
            return false;
        }
        int i = 0, j = 0, same = 0, abbreviations = 0;
        while (i < shortName.Length && j < longName.Length)
        {
            if (shortName[i] == longName[j])
            {
                same++;
                i++;
                j++;
                continue;
            }
            var word = shortName[i];
            if (word.Length < 2 || j + word.Length > longName.Length || !Initials(longName, j, word))
            {
                return false;
            }
            abbreviations++;
            i++;
            j += word.Length;
        }
        return i == shortName.Length && j == longName.Length && same > 0 && abbreviations > 0;
    }

    private static bool Initials(string[] words, int from, string letters)
    {
        for (var k = 0; k < letters.Length; k++)
        {
            if (words[from + k].Length == 0 || words[from + k][0] != letters[k])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The same three or more words, linking words aside, in another order.</summary>
    private static bool Reordered(string[] x, string[] y)
    {
        // Counted before anything is sorted: most pairs of names differ in their number of words.
        var words = Words(x);
        if (words < 3 || words != Words(y) || x.AsSpan().SequenceEqual(y))
        {
            return false;
        }
        var a = x.Where(w => !Linking.Contains(w)).Order(StringComparer.Ordinal).ToArray();
        var b = y.Where(w => !Linking.Contains(w)).Order(StringComparer.Ordinal).ToArray();
        return a.AsSpan().SequenceEqual(b);
    }

    private static int Words(string[] name)
    {
        var n = 0;
        foreach (var w in name)
        {
            n += Linking.Contains(w) ? 0 : 1;
        }
        return n;
    }

    /// <summary>
    /// As many words, at least two of them equal and the others each an inflection of the other's word
    /// (one a prefix of the other, the shorter five letters or more): "revolution" and "revolutionary", "guard" and "guards".
    /// </summary>
    private static bool Inflected(string[] x, string[] y)
    {
        if (x.Length != y.Length || x.Length < 3)
        {
            return false;
        }
        var same = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] == y[i])
            {
                same++;
                continue;
            }
            var (shorter, longer) = x[i].Length <= y[i].Length ? (x[i], y[i]) : (y[i], x[i]);
            if (shorter.Length < 5 || !longer.StartsWith(shorter, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return same >= 2 && same * 2 >= x.Length;
    }
}
