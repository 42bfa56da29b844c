using System.Numerics;
using System.Runtime.Intrinsics;

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
        Span<Vector256<int>> weights = stackalloc Vector256<int>[8];
        ulong w1 = 0, w2 = 0;
        var words = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i]))
            {
                i++;
            }
            if (i >= text.Length)
            {
                break;
            }
            var hash = 14695981039346656037UL;
            while (i < text.Length && IsWordChar(text[i]))
            {
                var c = text[i];
                c = c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
                hash = (hash ^ c) * 1099511628211UL;
                i++;
            }
            words++;
            if (words >= 3)
            {
                Add(weights, Mix(w1, w2, hash));
            }
            (w1, w2) = (w2, hash);
        }
        if (words is > 0 and < 3)
        {
            Add(weights, Mix(w1, w2, 0));
        }
        ulong result = 0;
        for (var b = 0; b < 8; b++)
        {
            var positive = Vector256.GreaterThan(weights[b], Vector256<int>.Zero).ExtractMostSignificantBits();
            result |= (ulong)positive << (b * 8);
        }
        return result;
    }

    private static bool IsWordChar(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

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

    /// <summary>For each byte value, +1 in the lanes of its set bits and -1 in the others.</summary>
    private static readonly Vector256<int>[] Votes = Enumerable.Range(0, 256)
        .Select(v => Vector256.Create(Enumerable.Range(0, 8).Select(bit => ((v >> bit) & 1) * 2 - 1).ToArray()))
        .ToArray();

    private static void Add(Span<Vector256<int>> weights, ulong hash)
    {
        for (var b = 0; b < 8; b++)
        {
            weights[b] += Votes[(int)(hash >> (b * 8)) & 0xFF];
        }
    }
}
