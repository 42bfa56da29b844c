using BenchmarkDotNet.Attributes;
using Monitoring.Extraction;

namespace Monitoring.Bench.Reading;

/// <summary>Articles read per second on one core: cleaning, sentences, actors, measures, fingerprint.</summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private List<ArticleInput> _articles = [];
    private int _next;

    [GlobalSetup]
    public void Setup() => _articles = SampleArticles.Make(256);

    [Benchmark(Description = "read one ~3 KB article")]
    public int ReadArticle()
    {
        var article = _articles[_next++ & 255];
        var findings = ArticleReader.Default.Read(article);
        return findings.Measures.Count + findings.Actors.Count;
    }
}
