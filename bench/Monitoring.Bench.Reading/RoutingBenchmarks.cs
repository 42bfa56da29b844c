using BenchmarkDotNet.Attributes;
using Monitoring.Extraction;
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
    private static readonly string[] Countries =
    [
        "Japan", "Russia", "Iran", "North Korea", "United Kingdom", "European Union", "Canada", "Australia", "United States",
        "Switzerland", "South Korea", "Belarus", "Syria", "Myanmar", "China", "India", "Turkey", "Germany", "France", "Italy",
    ];

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

    [Benchmark(Description = "route and apply one article")]
    public int RouteAndApply()
    {
        var n = _next++;
        var article = _articles[(int)(n & 255)] with { Id = $"a{n}" };
        var alerts = 0;
        foreach (var id in _index.Candidates(article))
        {
            var (definition, state) = _topics[id];
            if (TopicMatcher.Matches(definition, article))
            {
                alerts += StoryEngine.Apply(state, definition, article, _resolver).Count;
            }
        }
        return alerts;
    }
}
