using Monitoring.Extraction.Actors;

namespace Monitoring.Extraction.Text;

/// <summary>A sentence with its tokens and the entities named in it, in token order.</summary>
public sealed class SentenceView
{
    private readonly string _text;
    private readonly char[] _lower;
    private readonly Token[] _tokens;
    private readonly int _first;
    private readonly int _count;
    private readonly int _end;
    private readonly WordClass _classes;
    private readonly Mention?[] _byToken;
    private string? _sentence;

    /// <param name="text">The cleaned text the sentence and token offsets point into.</param>
    /// <param name="start">Where the sentence starts in <paramref name="text"/>.</param>
    /// <param name="end">Where it ends.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="lower">The tokens' lower-case forms, at the same offsets as in <paramref name="text"/>.</param>
    /// <param name="byToken">The mention covering each token, indexed like <paramref name="tokens"/>' array; all empty at first.</param>
    /// <param name="lexicon">The lexicon that classified the tokens.</param>
    internal SentenceView(string text, int start, int end, ArraySegment<Token> tokens, char[] lower, Mention?[] byToken, Lexicon lexicon)
    {
        Lexicon = lexicon;
        _text = text;
        Start = start;
        _end = end;
        _tokens = tokens.Array!;
        _first = tokens.Offset;
        _count = tokens.Count;
        _lower = lower;
        _byToken = byToken;
        var english = 0;
        var foreign = 0;
        foreach (var t in tokens.AsSpan())
        {
            _classes |= t.Classes;
            if ((t.Classes & WordClass.English) != 0)
            {
                english++;
            }
            else if ((t.Classes & WordClass.Foreign) != 0)
            {
                foreign++;
            }
        }
        IsEnglish = foreign < 2 || foreign <= english;
    }

    /// <summary>Whether the sentence has fewer than two foreign function words or no more than English ones (both matched as written: "Die", "UN" are not counted).</summary>
    public bool IsEnglish { get; }

    internal Lexicon Lexicon { get; }

    /// <summary>The <see cref="Token.Name"/> of token <paramref name="i"/>; 0 outside the sentence.</summary>
    public int NameOf(int i) => (uint)i < (uint)_count ? _tokens[_first + i].Name : 0;

    /// <summary>Where the sentence starts in the cleaned text.</summary>
    public int Start { get; }

    /// <summary>Whether the sentence begins a line of the cleaned text (a new paragraph or list item), not the middle of one.</summary>
    public bool OpensLine
    {
        get
        {
            var k = Start - 1;
            while (k >= 0 && _text[k] is ' ' or '\t')
            {
                k--;
            }
            return k < 0 || _text[k] is '\n' or '\r';
        }
    }

    /// <summary>The sentence as written; made into a string only when asked for (evidence).</summary>
    public string Sentence => _sentence ??= _text[Start.._end];

    public ArraySegment<Token> Tokens => new(_tokens, _first, _count);

    /// <summary>Whether any token of the sentence is a word of any of <paramref name="classes"/>: a rule can pass over a sentence without them.</summary>
    public bool Has(WordClass classes) => (_classes & classes) != 0;

    public List<Mention> Mentions { get; } = [];

    /// <summary>Token <paramref name="i"/> in lower case; empty outside the sentence.</summary>
    public ReadOnlySpan<char> Word(int i)
    {
        if ((uint)i >= (uint)_count)
        {
            return default;
        }
        ref readonly var t = ref _tokens[_first + i];
        return _lower.AsSpan(t.Start, t.Length);
    }

    /// <summary>Whether token <paramref name="i"/> is a word of any of <paramref name="classes"/>; false outside the sentence.</summary>
    public bool Is(int i, WordClass classes) => (uint)i < (uint)_count && (_tokens[_first + i].Classes & classes) != 0;

    /// <summary>The word classes of token <paramref name="i"/>; none outside the sentence.</summary>
    public WordClass Classes(int i) => (uint)i < (uint)_count ? _tokens[_first + i].Classes : WordClass.None;

    /// <summary>Token <paramref name="i"/> as written.</summary>
    public ReadOnlySpan<char> Text(int i)
    {
        ref readonly var t = ref Token(i);
        return _text.AsSpan(t.Start, t.Length);
    }

    /// <summary>Tokens [<paramref name="first"/>, <paramref name="end"/>) as written, as a string.</summary>
    public string Surface(int first, int end) => _text[Token(first).Start..Token(end - 1).End];

    /// <summary>As <see cref="Surface(int, int)"/>, but <paramref name="known"/> itself when the words are written just so (no string made).</summary>
    public string Surface(int first, int end, string known)
    {
        var start = Token(first).Start;
        var words = _text.AsSpan(start, Token(end - 1).End - start);
        return words.SequenceEqual(known) ? known : words.ToString();
    }

    /// <summary>Token <paramref name="i"/>, which must be in the sentence.</summary>
    private ref readonly Token Token(int i)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)i, (uint)_count, nameof(i));
        return ref _tokens[_first + i];
    }

    /// <summary>The mention covering token <paramref name="i"/>, if any.</summary>
    public Mention? MentionAt(int i) => (uint)i < (uint)_count ? _byToken[_first + i] : null;

    public void AddMention(Mention mention)
    {
        // Mentions come mostly in order: look for the place from the end.
        var index = Mentions.Count;
        while (index > 0 && Mentions[index - 1].First > mention.First)
        {
            index--;
        }
        Mentions.Insert(index, mention);
        _byToken.AsSpan(_first + mention.First, mention.End - mention.First).Fill(mention);
    }

    /// <summary>Drops the mentions inside tokens [<paramref name="first"/>, <paramref name="end"/>): a longer name found later covers them.</summary>
    public void RemoveMentions(int first, int end)
    {
        for (var i = Mentions.Count - 1; i >= 0; i--)
        {
            if (Mentions[i].First >= first && Mentions[i].End <= end)
            {
                Mentions.RemoveAt(i);
            }
        }
        _byToken.AsSpan(_first + first, end - first).Clear();
    }
}
