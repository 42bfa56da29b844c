using Monitoring.Extraction.Actors;
using Monitoring.Extraction.Cleaning;

namespace Monitoring.Extraction.Text;

/// <summary>A sentence with its tokens and the entities named in it, in token order.</summary>
public sealed class SentenceView(Sentence sentence, List<Token> tokens)
{
    public Sentence Sentence { get; } = sentence;
    public List<Token> Tokens { get; } = tokens;
    public List<Mention> Mentions { get; } = [];

    private Mention?[]? _byToken;

    public string Word(int i) => i >= 0 && i < Tokens.Count ? Tokens[i].Lower : "";

    /// <summary>The mention covering token <paramref name="i"/>, if any.</summary>
    public Mention? MentionAt(int i) => _byToken is { } index && i >= 0 && i < index.Length ? index[i] : null;

    public void AddMention(Mention mention)
    {
        // Mentions come mostly in order: look for the place from the end.
        var index = Mentions.Count;
        while (index > 0 && Mentions[index - 1].First > mention.First)
        {
            index--;
        }
        Mentions.Insert(index, mention);
        _byToken ??= new Mention?[Tokens.Count];
        for (var k = mention.First; k < mention.End; k++)
        {
            _byToken[k] = mention;
        }
    }
}
