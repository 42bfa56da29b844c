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
        // The title goes first when the text does not carry it.
        var text = TextCleaner.Clean(input.Body ?? "", input.IsHtml, input.Title);
        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
        }
        using var views = new SentenceViews(text, _gazetteer.Lexicon);
        var sentences = views.All;
        new ActorFinder(_gazetteer).Find(sentences);
        var measures = new MeasureFinder { HomeState = HomeStateOf(input) };
        foreach (var sentence in sentences)
        {
            measures.Read(sentence);
        }
        return new Findings(text, CollectActors(sentences), measures.Measures, SimHash.Of(text));
    }

    /// <summary>The outlet's home state as the gazetteer names it, from the source host or the URL.</summary>
    private Entity? HomeStateOf(ArticleInput input) =>
        OutletCountry.Of(input.Source, input.Url) is { } home && _gazetteer.Find(home) is { Kind: ActorKind.Country } state ? state : null;

    /// <summary>
    /// An institution that neither imposes nor belongs to a state (the WTO, the IMF) is an actor of
    /// the story only when the article comes back to it; named once, it is background.
    /// </summary>
    private static bool IsIncidental(Entity e, int mentions) =>
        e.Kind == ActorKind.Organization && !e.CanImpose && e.Country is null && !e.FromText && mentions < 2;

    /// <summary>The actors in order of first mention, each with its other surface forms, its first evidence and how often it is named.</summary>
    private static List<Actor> CollectActors(List<SentenceView> sentences)
    {
        // An article names a handful of entities: a list searched from the start beats hashing them.
        var found = new List<(Entity Entity, List<string>? Forms, Evidence Evidence, int Mentions, bool Named)>();
        foreach (var s in sentences)
        {
            foreach (var m in s.Mentions)
            {
                if (m.Entity.Kind == ActorKind.Place)
                {
                    continue;
                }
                var i = 0;
                while (i < found.Count && found[i].Entity != m.Entity)
                {
                    i++;
                }
                if (i == found.Count)
                {
                    var start = s.Tokens[m.First].Start;
                    found.Add((m.Entity, null, new Evidence(s.Sentence, start, s.Tokens[m.End - 1].End - start), 0, false));
                }
                var entry = found[i];
                entry.Mentions++;
                entry.Named |= m.Role != FormRole.Demonym;
                if (m.Surface != m.Entity.Name && entry.Forms?.Contains(m.Surface) != true)
                {
                    (entry.Forms ??= []).Add(m.Surface);
                }
                found[i] = entry;
            }
        }
        var actors = new List<Actor>(found.Count);
        foreach (var (entity, forms, evidence, mentions, named) in found)
        {
            if (!IsIncidental(entity, mentions))
            {
                actors.Add(new Actor(entity.Name, entity.Kind, forms ?? [], evidence) { OnlyByDemonym = !named && entity.Kind == ActorKind.Country });
            }
        }
        return actors;
    }
}
