using System.Buffers;
using Monitoring.Extraction.Cleaning;

namespace Monitoring.Extraction.Text;

/// <summary>
/// The sentences of a cleaned text, tokenized. All tokens share one array and their lower-case forms
/// one buffer, both rented for the article and returned on <see cref="Dispose"/>: no view may be used
/// after that.
/// </summary>
internal sealed class SentenceViews : IDisposable
{
    private char[]? _lower;
    private Token[]? _tokens;

    public SentenceViews(string text, Lexicon lexicon)
    {
        // A token takes at least one character: as many tokens as characters is always enough.
        _lower = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        _tokens = ArrayPool<Token>.Shared.Rent(Math.Max(text.Length, 1));
        var sentences = Sentences.Spans(text);
        All = new List<SentenceView>(sentences.Count);
        var used = 0;
        foreach (var (start, end) in sentences)
        {
            var count = Tokenizer.Tokenize(text.AsSpan(start, end - start), start, _lower, _tokens.AsSpan(used), lexicon);
            All.Add(new SentenceView(text, start, end, new ArraySegment<Token>(_tokens, used, count), _lower));
            used += count;
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
        if (_tokens is { } tokens)
        {
            _tokens = null;
            ArrayPool<Token>.Shared.Return(tokens);
        }
    }
}
