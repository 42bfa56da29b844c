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
/// as slices of the article's text. <see cref="Name"/> is the word's number among the first words of
/// the gazetteer's names (0 when it starts none), so that the gazetteer finds its phrases without a second lookup.
/// </summary>
public readonly record struct Token(int Start, int Length, TokenShape Shape, int Name, WordClass Classes)
{
    public int End => Start + Length;

    public bool IsWord => (Shape & TokenShape.Word) != 0;

    public bool IsNumber => (Shape & TokenShape.Number) != 0;

    public bool IsCapitalized => (Shape & TokenShape.Capitalized) != 0;
}
