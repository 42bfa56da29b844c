namespace Monitoring.Extraction.Text;

/// <summary>A word, number or punctuation mark of a sentence, with its offset in the cleaned text.</summary>
public readonly record struct Token(string Text, string Lower, int Start)
{
    public int End => Start + Text.Length;

    public bool IsWord => Text.Length > 0 && char.IsLetter(Text[0]);

    public bool IsNumber => Text.Length > 0 && char.IsDigit(Text[0]);

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool Is(string lower) => Lower == lower;

    public bool StartsWith(string prefix) => Lower.StartsWith(prefix, StringComparison.Ordinal);
}
