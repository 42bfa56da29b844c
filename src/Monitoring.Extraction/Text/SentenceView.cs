using Monitoring.Extraction.Actors;
using Monitoring.Extraction.Cleaning;

namespace Monitoring.Extraction.Text;

/// <summary>A sentence with its tokens and the entities named in it, in token order.</summary>
public sealed class SentenceView(Sentence sentence, List<Token> tokens)
{
    public Sentence Sentence { get; } = sentence;
    public List<Token> Tokens { get; } = tokens;
    public List<Mention> Mentions { get; } = [];

    public string Word(int i) => i >= 0 && i < Tokens.Count ? Tokens[i].Lower : "";

    /// <summary>The mention covering token <paramref name="i"/>, if any.</summary>
    public Mention? MentionAt(int i)
    {
        foreach (var m in Mentions)
        {
            if (i >= m.First && i < m.End)
            {
                return m;
            }
        }
        return null;
    }

    public void AddMention(Mention mention)
    {
        var index = Mentions.FindIndex(m => m.First > mention.First);
        Mentions.Insert(index < 0 ? Mentions.Count : index, mention);
    }
}
