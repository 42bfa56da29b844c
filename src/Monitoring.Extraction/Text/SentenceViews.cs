using System.Buffers;
using Monitoring.Extraction.Actors;
using Monitoring.Extraction.Cleaning;

namespace Monitoring.Extraction.Text;

/// <summary>
/// The sentences of a cleaned text, tokenized. All tokens share one array, their lower-case forms
/// one buffer and the mentions covering them another, all rented for the article and returned on
/// <see cref="Dispose"/>: no view may be used after that.
/// </summary>
internal sealed class SentenceViews : IDisposable
{
    private char[]? _lower;
    private Token[]? _tokens;
    private Mention?[]? _mentions;
    private int _used;

    public SentenceViews(string text, Lexicon lexicon)
    {
        // A token takes at least one character: as many tokens as characters is always enough.
        _lower = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        _tokens = ArrayPool<Token>.Shared.Rent(Math.Max(text.Length, 1));
        var sentences = Sentences.Spans(text);
        All = new List<SentenceView>(sentences.Count);
        _mentions = ArrayPool<Mention?>.Shared.Rent(Math.Max(text.Length, 1));
        foreach (var (start, end) in sentences)
        {
            var count = Tokenizer.Tokenize(text.AsSpan(start, end - start), start, _lower, _tokens.AsSpan(_used), lexicon);
            All.Add(new SentenceView(text, start, end, new ArraySegment<Token>(_tokens, _used, count), _lower, _mentions, lexicon));
            _used += count;
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
        if (_mentions is { } mentions)
        {
            _mentions = null;
            // Cleared as far as used, so that the next article starts with no mentions and holds on to none of these.
            mentions.AsSpan(0, _used).Clear();
            ArrayPool<Mention?>.Shared.Return(mentions);
        }
        if (_tokens is { } tokens)
        {
            _tokens = null;
            ArrayPool<Token>.Shared.Return(tokens);
        }
    }
}
