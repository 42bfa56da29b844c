namespace Monitoring.Extraction.Text;

/// <summary>What the first character of a token is.</summary>
[Flags]
public enum TokenShape : byte
{
    None = 0,
    Word = 1,
    Number = 2,
    Capitalized = 4,
}

/// <summary>
/// A word, number or punctuation mark of a sentence: where it stands in the cleaned text and the
/// classes of its word. Its text and lower-case form are read through its <see cref="SentenceView"/>,
/// as slices of the article's text.
/// </summary>
public readonly record struct Token(int Start, int Length, TokenShape Shape, WordClass Classes)
{
    public int End => Start + Length;

    public bool IsWord => (Shape & TokenShape.Word) != 0;

    public bool IsNumber => (Shape & TokenShape.Number) != 0;

    public bool IsCapitalized => (Shape & TokenShape.Capitalized) != 0;
}
