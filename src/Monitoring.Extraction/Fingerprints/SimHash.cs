namespace Monitoring.Extraction.Fingerprints;

/// <summary>64-bit SimHash over word 3-shingles: near-duplicate texts differ in few bits.</summary>
public static class SimHash
{
    public static ulong Of(string text)
    {
        var words = text.ToLowerInvariant().Split((char[])[' ', '\n', '\t', ',', '.', '"', '“', '”', '’', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return 0;
        }
        Span<int> weights = stackalloc int[64];
        for (var i = 0; i + 2 < words.Length || i == 0; i++)
        {
            var shingle = i + 2 < words.Length ? $"{words[i]} {words[i + 1]} {words[i + 2]}" : string.Join(' ', words);
            var hash = Fnv1a64(shingle);
            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
            }
            if (i + 2 >= words.Length)
            {
                break;
            }
        }
        ulong result = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                result |= 1UL << bit;
            }
        }
        return result;
    }

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    private static ulong Fnv1a64(string s)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in s)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }
}
