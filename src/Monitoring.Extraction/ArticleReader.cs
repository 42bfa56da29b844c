using Monitoring.Extraction.Actors;
using Monitoring.Extraction.Cleaning;
using Monitoring.Extraction.Fingerprints;
using Monitoring.Extraction.Measures;
using Monitoring.Extraction.Text;

namespace Monitoring.Extraction;

/// <summary>
/// Reads one article: cleans it, finds its actors and measures, and fingerprints the text.
/// Deterministic and free of shared mutable state, so one instance serves any number of threads.
/// </summary>
public sealed class ArticleReader(Gazetteer? gazetteer = null)
{
    /// <summary>Longer texts are read up to this many characters: the story is in the first part, and the cost stays bounded.</summary>
    public const int MaxTextLength = 200_000;

    private readonly Gazetteer _gazetteer = gazetteer ?? Gazetteer.Default;

    public static ArticleReader Default { get; } = new();

    public Findings Read(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = TextCleaner.Clean(input.Body ?? "", input.IsHtml);
        if (!string.IsNullOrWhiteSpace(input.Title) && !text.Contains(input.Title.Trim(), StringComparison.Ordinal))
        {
            text = input.Title.Trim() + "\n" + text;
        }
        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
        }
        var sentences = Sentences.Split(text).Select(s => new SentenceView(s, Tokenizer.Tokenize(s.Text, s.Start))).ToList();
        new ActorFinder(_gazetteer).Find(sentences);
        var measures = new MeasureFinder();
        foreach (var sentence in sentences)
        {
            measures.Read(sentence);
        }
        return new Findings(text, CollectActors(sentences), measures.Measures, SimHash.Of(text));
    }

    /// <summary>
    /// An institution that neither imposes nor belongs to a state (the WTO, the IMF) is an actor of
    /// the story only when the article comes back to it; named once, it is background.
    /// </summary>
    private static bool IsIncidental(Entity e, List<SentenceView> sentences) =>
        e.Kind == ActorKind.Organization && !e.CanImpose && e.Country is null
        && sentences.Sum(s => s.Mentions.Count(m => m.Entity == e)) < 2;

    private static List<Actor> CollectActors(List<SentenceView> sentences)
    {
        var order = new List<Entity>();
        var forms = new Dictionary<Entity, List<string>>();
        var evidence = new Dictionary<Entity, Evidence>();
        foreach (var s in sentences)
        {
            foreach (var m in s.Mentions)
            {
                if (m.Entity.Kind == ActorKind.Place)
                {
                    continue;
                }
                if (!forms.TryGetValue(m.Entity, out var list))
                {
                    forms[m.Entity] = list = [];
                    order.Add(m.Entity);
                    var start = s.Tokens[m.First].Start;
                    evidence[m.Entity] = new Evidence(s.Sentence.Text, start, s.Tokens[m.End - 1].End - start);
                }
                if (m.Surface != m.Entity.Name && !list.Contains(m.Surface))
                {
                    list.Add(m.Surface);
                }
            }
        }
        return order.Where(e => !IsIncidental(e, sentences)).Select(e => new Actor(e.Name, e.Kind, forms[e], evidence[e])).ToList();
    }
}
