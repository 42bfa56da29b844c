using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Monitoring.Extraction.Fingerprints;

/// <summary>
/// Counts, for each of 64 bit positions, how many of the hashes added have that bit set; the
/// majority bits make the fingerprint. Eight vectors of eight counters, kept in registers.
/// </summary>
internal struct BitTally
{
    /// <summary>For each byte value, 1 in the lanes of its set bits and 0 in the others.</summary>
    private static readonly Vector256<int>[] Bits = Enumerable.Range(0, 256)
        .Select(v => Vector256.Create(Enumerable.Range(0, 8).Select(bit => (v >> bit) & 1).ToArray()))
        .ToArray();

    private Vector256<int> _b0, _b1, _b2, _b3, _b4, _b5, _b6, _b7;
    private int _count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ulong hash)
    {
        var bits = Bits;
        _b0 += bits[(byte)hash];
        _b1 += bits[(byte)(hash >> 8)];
        _b2 += bits[(byte)(hash >> 16)];
        _b3 += bits[(byte)(hash >> 24)];
        _b4 += bits[(byte)(hash >> 32)];
        _b5 += bits[(byte)(hash >> 40)];
        _b6 += bits[(byte)(hash >> 48)];
        _b7 += bits[(byte)(hash >> 56)];
        _count++;
    }

    /// <summary>The bits set in more than half of the hashes.</summary>
    public readonly ulong Majority()
    {
        var count = Vector256.Create(_count);
        return Set(_b0, count) | Set(_b1, count) << 8 | Set(_b2, count) << 16 | Set(_b3, count) << 24
            | Set(_b4, count) << 32 | Set(_b5, count) << 40 | Set(_b6, count) << 48 | Set(_b7, count) << 56;
    }

    private static ulong Set(Vector256<int> ones, Vector256<int> count) => Vector256.GreaterThan(ones + ones, count).ExtractMostSignificantBits();
}
