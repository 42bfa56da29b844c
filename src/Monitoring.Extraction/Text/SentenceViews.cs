using System.Buffers;
using Monitoring.Extraction.Cleaning;

namespace Monitoring.Extraction.Text;

/// <summary>
/// The sentences of a cleaned text, tokenized. The tokens' lower-case forms share one buffer rented
/// for the article, returned on <see cref="Dispose"/>: no view may be used after that.
/// </summary>
internal sealed class SentenceViews : IDisposable
{
    private char[]? _lower;

    public SentenceViews(string text, Lexicon lexicon)
    {
        _lower = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        var sentences = Sentences.Split(text);
        All = new List<SentenceView>(sentences.Count);
        foreach (var s in sentences)
        {
            var tokens = new List<Token>(s.Text.Length / 5 + 4);
            Tokenizer.Tokenize(s.Text, s.Start, _lower, tokens, lexicon);
            All.Add(new SentenceView(s, tokens, text, _lower));
        }
    }

    public List<SentenceView> All { get; }

    public void Dispose()
    {
        if (_lower is { } lower)
        {
            _lower = null;
            ArrayPool<char>.Shared.Return(lower);
        }
    }
}
