using System.Numerics;
using System.Runtime.CompilerServices;

namespace Monitoring.Extraction.Fingerprints;

/// <summary>
/// 64-bit SimHash over word 3-shingles, case-insensitive: near-duplicate texts differ in few bits.
/// Words are hashed in place (no strings made), so fingerprinting costs one pass over the text.
/// </summary>
public static class SimHash
{
    public static ulong Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tally = new BitTally();
        ulong w1 = 0, w2 = 0;
        var words = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && Fold(text[i]) == 0)
            {
                i++;
            }
            if (i >= text.Length)
            {
                break;
            }
            var hash = 14695981039346656037UL;
            char c;
            while (i < text.Length && (c = Fold(text[i])) != 0)
            {
                hash = (hash ^ c) * 1099511628211UL;
                i++;
            }
            words++;
            if (words >= 3)
            {
                tally.Add(Mix(w1, w2, hash));
            }
            (w1, w2) = (w2, hash);
        }
        if (words is > 0 and < 3)
        {
            tally.Add(Mix(w1, w2, 0));
        }
        // A bit votes +1 where a shingle's hash has it and -1 where not: it is set when more shingles have it than not.
        return tally.Majority();
    }

    /// <summary>A letter or digit in lower case; 0 for any other character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Fold(char c) =>
        c < 128 ? AsciiFold[c] : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';

    /// <summary>ASCII letters and digits folded to lower case, other ASCII characters to 0.</summary>
    private static readonly char[] AsciiFold = Enumerable.Range(0, 128)
        .Select(c => (char)c is >= 'a' and <= 'z' or >= '0' and <= '9' ? (char)c : (char)c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : '\0')
        .ToArray();

    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    /// <summary>Whether two fingerprints are of near-identical texts (at most 3 of 64 bits apart).</summary>
    public static bool AreNearDuplicates(ulong a, ulong b) => Distance(a, b) <= 3;

    private static ulong Mix(ulong a, ulong b, ulong c)
    {
        var h = a * 0x9E3779B97F4A7C15UL;
        h = (BitOperations.RotateLeft(h, 21) ^ b) * 0xC2B2AE3D27D4EB4FUL;
        h = (BitOperations.RotateLeft(h, 27) ^ c) * 0x165667B19E3779F9UL;
        return h ^ (h >> 29);
    }
}
