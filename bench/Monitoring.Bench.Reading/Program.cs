using System.Diagnostics;
using BenchmarkDotNet.Running;
using Monitoring.Bench.Reading;
using Monitoring.Extraction;

// dotnet run -c Release --project bench/Monitoring.Bench.Reading -- --filter '*'
// "--quick" reads the sample articles for a few seconds and prints articles/s, for a fast check.
if (args is ["--quick"] or ["--quick", _])
{
    // With a corpus folder (articles/*.txt in the evaluation layout), its articles are read instead.
    var articles = args.Length == 2
        ? Directory.GetFiles(Path.Combine(args[1], "articles"), "*.txt").Select(f => Monitoring.Stories.Evaluation.Corpus.Parse("x", File.ReadAllText(f)).ToInput()).ToList()
        : SampleArticles.Make(256);
    while (articles.Count < 256)
    {
        articles.AddRange(articles.Take(256 - articles.Count).ToList());
    }
    for (var i = 0; i < 2000; i++)
    {
        ArticleReader.Default.Read(articles[i & 255]);
    }
    var clock = Stopwatch.StartNew();
    var n = 0;
    while (clock.Elapsed < TimeSpan.FromSeconds(3))
    {
        ArticleReader.Default.Read(articles[n++ & 255]);
    }
    Console.WriteLine($"{n / clock.Elapsed.TotalSeconds:F0} articles/s on one thread ({clock.Elapsed.TotalMicroseconds / n:F1} µs each)");
    Stages.Print(articles);
    return;
}
if (args is ["--topics", var count])
{
    // How many topics an article reaches: candidates from the index, matches after the matcher.
    var routing = new RoutingBenchmarks { Topics = int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) };
    routing.Setup();
    var (candidates, matches) = routing.Reach();
    Console.WriteLine($"{count} topics: {candidates:F1} candidates and {matches:F1} matching topics per article");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
