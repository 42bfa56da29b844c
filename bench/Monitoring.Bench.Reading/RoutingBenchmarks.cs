using BenchmarkDotNet.Attributes;
using Monitoring.Extraction;
using Monitoring.Extraction.Actors;
using Monitoring.Stories;

namespace Monitoring.Bench.Reading;

/// <summary>
/// Articles per second through routing (index lookup, then the matcher on the candidates) and
/// story state (the engine applying the article to each matching topic), with 1, 100 and 10,000
/// topics defined. Reading is done beforehand: this is the topic side alone.
/// </summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    /// <summary>Topics are about pairs of states and blocs from the whole gazetteer, as a real deployment's would be.</summary>
    private static readonly string[] Countries = Gazetteer.Default.Entities
        .Where(e => e.Kind == ActorKind.Country || (e.Kind == ActorKind.Organization && e.CanImpose && e.Country == e.Name))
        .Select(e => e.Name)
        .Order(StringComparer.Ordinal)
        .ToArray();

    private readonly IActorResolver _resolver = new TolerantActorResolver();
    private TopicIndex _index = null!;
    private Dictionary<string, (TopicDefinition Definition, StoryState State)> _topics = [];
    private List<StoryArticle> _articles = [];
    private long _next;

    [Params(1, 100, 10_000)]
    public int Topics { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _index = new TopicIndex();
        _topics = [];
        var random = new Random(7);
        for (var t = 0; t < Topics; t++)
        {
            // The first topic is the one the articles are about; the rest are spread over other pairs.
            var definition = new TopicDefinition
            {
                Id = $"topic-{t}",
                AllActors = t == 0 ? ["Japan", "Russia"] : [Countries[random.Next(Countries.Length)], Countries[random.Next(Countries.Length)]],
                Keywords = t % 3 == 0 ? ["sanction"] : [],
            };
            _index.Add(definition);
            _topics[definition.Id] = (definition, new StoryState());
        }
        _articles = SampleArticles.Make(256)
            .Select((input, i) => StoryArticles.From(input.Url!, input.Url!, new Uri(input.Url!).Host, input.Published!.Value, input.Title, ArticleReader.Default.Read(input)))
            .ToList();
    }

    /// <summary>Mean candidates and matching topics per article.</summary>
    public (double Candidates, double Matches) Reach()
    {
        double candidates = 0, matches = 0;
        foreach (var article in _articles)
        {
            var terms = ArticleTerms.Of(article);
            var found = _index.Candidates(terms);
            candidates += found.Count;
            matches += found.Count(id => TopicMatcher.Matches(_topics[id].Definition, article, terms));
        }
        return (candidates / _articles.Count, matches / _articles.Count);
    }

    [Benchmark(Description = "route and apply one article")]
    public int RouteAndApply()
    {
        var n = _next++;
        var article = _articles[(int)(n & 255)] with { Id = $"a{n}" };
        var alerts = 0;
        var terms = ArticleTerms.Of(article);
        foreach (var id in _index.Candidates(terms))
        {
            var (definition, state) = _topics[id];
            if (TopicMatcher.Matches(definition, article, terms))
            {
                alerts += StoryEngine.Apply(state, definition, article, _resolver).Count;
            }
        }
        return alerts;
    }
}
