namespace Monitoring.Extraction.Cleaning;

/// <summary>Compares lines held as slices of a page by their characters.</summary>
internal sealed class LineComparer : IEqualityComparer<ReadOnlyMemory<char>>
{
    public static LineComparer Instance { get; } = new();

    public bool Equals(ReadOnlyMemory<char> x, ReadOnlyMemory<char> y) => x.Span.SequenceEqual(y.Span);

    public int GetHashCode(ReadOnlyMemory<char> line) => string.GetHashCode(line.Span, StringComparison.Ordinal);
}
