using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Monitoring.Extraction.Fingerprints;

/// <summary>
/// Counts, for each of 64 bit positions, how many of the hashes added have that bit set; the
/// majority bits make the fingerprint. A hash is spread to one byte per bit (shuffle, mask, compare)
/// and added to 64 byte counters at once; every 255 hashes the byte counters are emptied into int totals.
/// </summary>
internal struct BitTally
{
    /// <summary>Lane j takes the byte holding bit j (bits 0–31), or bit 32 + j.</summary>
    private static readonly Vector256<byte> LowBytes = Vector256.Create((byte)0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3);
    private static readonly Vector256<byte> HighBytes = LowBytes + Vector256.Create((byte)4);

    /// <summary>Lane j keeps bit j % 8 of its byte.</summary>
    private static readonly Vector256<byte> BitOfByte = Vector256.Create((byte)1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128);

    private Vector256<byte> _low, _high;
    private Vector256<int> _t0, _t1, _t2, _t3, _t4, _t5, _t6, _t7;
    private int _pending;
    private int _count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ulong hash)
    {
        var bytes = Vector256.Create(hash).AsByte();
        // A set bit compares equal to its mask: all ones, that is -1, so subtracting counts it.
        _low -= Vector256.Equals(Vector256.Shuffle(bytes, LowBytes) & BitOfByte, BitOfByte);
        _high -= Vector256.Equals(Vector256.Shuffle(bytes, HighBytes) & BitOfByte, BitOfByte);
        _count++;
        if (++_pending == byte.MaxValue)
        {
            Flush();
        }
    }

    /// <summary>The bits set in more than half of the hashes.</summary>
    public ulong Majority()
    {
        Flush();
        var count = Vector256.Create(_count);
        return Set(_t0, count) | Set(_t1, count) << 8 | Set(_t2, count) << 16 | Set(_t3, count) << 24
            | Set(_t4, count) << 32 | Set(_t5, count) << 40 | Set(_t6, count) << 48 | Set(_t7, count) << 56;
    }

    private void Flush()
    {
        var (a, b) = Vector256.Widen(_low);
        var (c, d) = Vector256.Widen(_high);
        _t0 += Vector256.WidenLower(a).AsInt32();
        _t1 += Vector256.WidenUpper(a).AsInt32();
        _t2 += Vector256.WidenLower(b).AsInt32();
        _t3 += Vector256.WidenUpper(b).AsInt32();
        _t4 += Vector256.WidenLower(c).AsInt32();
        _t5 += Vector256.WidenUpper(c).AsInt32();
        _t6 += Vector256.WidenLower(d).AsInt32();
        _t7 += Vector256.WidenUpper(d).AsInt32();
        _low = _high = default;
        _pending = 0;
    }

    private static ulong Set(Vector256<int> ones, Vector256<int> count) => Vector256.GreaterThan(ones + ones, count).ExtractMostSignificantBits();
}
