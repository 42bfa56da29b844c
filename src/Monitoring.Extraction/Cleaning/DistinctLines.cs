using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Monitoring.Extraction.Cleaning;

/// <summary>
/// The distinct lines of a page in the order first met, held as slices of the page. A line is found
/// again through an open-addressed table of positions in <see cref="Lines"/>, keyed by a hash of its
/// length and its first and last characters: repeats are rare, so hashing every character of every
/// paragraph would cost more than comparing the odd two lines that merely look alike.
/// </summary>
internal sealed class DistinctLines : IDisposable
{
    private int[] _slots = [];
    private int[] _hashes = [];
    private int _mask = -1;

    public List<ReadOnlyMemory<char>> Lines { get; } = [];

    /// <summary>Adds <paramref name="line"/> unless an equal line is there already; whether it was added.</summary>
    public bool Add(ReadOnlyMemory<char> line)
    {
        if ((Lines.Count + 1) * 2 > _mask + 1)
        {
            Grow();
        }
        var span = line.Span;
        var hash = Hash(span);
        for (var i = hash & _mask; ; i = (i + 1) & _mask)
        {
            var at = _slots[i];
            if (at == 0)
            {
                Lines.Add(line);
                _slots[i] = Lines.Count;
                _hashes[i] = hash;
                return true;
            }
            if (_hashes[i] == hash && Lines[at - 1].Span.SequenceEqual(span))
            {
                return false;
            }
        }
    }

    public void Dispose()
    {
        Return();
        _mask = -1;
    }

    private void Grow()
    {
        var size = Math.Max(64, (_mask + 1) * 2);
        Return();
        _slots = ArrayPool<int>.Shared.Rent(size);
        _hashes = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(_slots, 0, size);
        _mask = size - 1;
        for (var n = 0; n < Lines.Count; n++)
        {
            var hash = Hash(Lines[n].Span);
            var i = hash & _mask;
            while (_slots[i] != 0)
            {
                i = (i + 1) & _mask;
            }
            _slots[i] = n + 1;
            _hashes[i] = hash;
        }
    }

    private void Return()
    {
        if (_slots.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_slots);
            ArrayPool<int>.Shared.Return(_hashes);
            _slots = _hashes = [];
        }
    }

    private static int Hash(ReadOnlySpan<char> line)
    {
        ulong ends = line.Length switch
        {
            0 => 0,
            < 4 => line[0] | ((ulong)line[^1] << 16),
            _ => MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(line[..4])) ^ BitOperations.RotateLeft(MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(line[^4..])), 23),
        };
        var h = (ends ^ (ulong)line.Length) * 0x9E3779B97F4A7C15UL;
        return (int)(h >> 33);
    }
}
