using System.Runtime.InteropServices;

namespace Monitoring.Extraction.Cleaning;

/// <summary>Compares lines held as slices of a page by their characters.</summary>
internal sealed class LineComparer : IEqualityComparer<ReadOnlyMemory<char>>
{
    public static LineComparer Instance { get; } = new();

    public bool Equals(ReadOnlyMemory<char> x, ReadOnlyMemory<char> y) => x.Span.SequenceEqual(y.Span);

    /// <summary>
    /// The length and the first and last four characters: repeated lines are rare, so hashing every
    /// character of every paragraph costs more than the odd comparison of two lines that merely look alike.
    /// </summary>
    public int GetHashCode(ReadOnlyMemory<char> line)
    {
        var span = line.Span;
        if (span.Length < 4)
        {
            return string.GetHashCode(span, StringComparison.Ordinal);
        }
        var head = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(span[..4]));
        var tail = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(span[^4..]));
        return HashCode.Combine(span.Length, head, tail);
    }
}
