using System.Diagnostics;
using BenchmarkDotNet.Running;
using Monitoring.Bench.Reading;
using Monitoring.Extraction;

// dotnet run -c Release --project bench/Monitoring.Bench.Reading -- --filter '*'
// "--quick" reads the sample articles for a few seconds and prints articles/s, for a fast check.
// "--count N" reads exactly N articles after the warm-up: a fixed amount of work, whose processor
// instructions (counted from outside) compare two builds even on a busy machine.
// "--dump DIR..." prints every finding of every article, to check that a faster build reads the same.
if (args is ["--quick"] or ["--quick", _] or ["--count", _] or ["--count", _, _])
{
    // With a corpus folder (articles/*.txt in the evaluation layout), its articles are read instead.
    var corpus = args[0] == "--quick" ? args.ElementAtOrDefault(1) : args.ElementAtOrDefault(2);
    var articles = corpus is not null
        ? Directory.GetFiles(Path.Combine(corpus, "articles"), "*.txt").Select(f => Monitoring.Stories.Evaluation.Corpus.Parse("x", File.ReadAllText(f)).ToInput()).ToList()
        : SampleArticles.Make(256);
    while (articles.Count < 256)
    {
        articles.AddRange(articles.Take(256 - articles.Count).ToList());
    }
    for (var i = 0; i < 2000; i++)
    {
        ArticleReader.Default.Read(articles[i & 255]);
    }
    var limit = args[0] == "--count" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue;
    var (collections, paused) = (GC.CollectionCount(0), GC.GetTotalPauseDuration());
    var clock = Stopwatch.StartNew();
    var n = 0;
    while (n < limit && (limit != int.MaxValue || clock.Elapsed < TimeSpan.FromSeconds(3)))
    {
        ArticleReader.Default.Read(articles[n++ & 255]);
    }
    Console.WriteLine($"{n / clock.Elapsed.TotalSeconds:F0} articles/s on one thread ({clock.Elapsed.TotalMicroseconds / Math.Max(n, 1):F1} µs each; "
        + $"{GC.CollectionCount(0) - collections} collections pausing {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms)");
    if (args[0] == "--quick")
    {
        Stages.Print(articles);
    }
    return;
}
if (args is ["--dump", ..])
{
    // Every finding of every article, one line each: two builds' dumps compared line by line show that a
    // change meant to make reading faster left what it reads unchanged. Folders in the evaluation layout,
    // then generated articles of eight seeds.
    Dump.Print(args[1..], Console.Out);
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
