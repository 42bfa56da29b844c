using System.Diagnostics;
using Monitoring.Extraction;
using Monitoring.Extraction.Actors;
using Monitoring.Extraction.Cleaning;
using Monitoring.Extraction.Fingerprints;
using Monitoring.Extraction.Measures;
using Monitoring.Extraction.Text;

namespace Monitoring.Bench.Reading;

/// <summary>Time per article of each reading stage, to see where the time goes.</summary>
internal static class Stages
{
    public static void Print(List<ArticleInput> articles)
    {
        var texts = articles.Select(a => TextCleaner.Clean(a.Body, a.IsHtml)).ToList();
        Time("clean", articles.Count, i => TextCleaner.Clean(articles[i].Body, false).Length);
        Time("sentences+tokens", articles.Count, i => Views(texts[i]).Count);
        Time("actors", articles.Count, i =>
        {
            var views = Views(texts[i]);
            new ActorFinder(Gazetteer.Default).Find(views);
            return views.Count;
        });
        Time("actors+measures", articles.Count, i =>
        {
            var views = Views(texts[i]);
            new ActorFinder(Gazetteer.Default).Find(views);
            var finder = new MeasureFinder();
            views.ForEach(finder.Read);
            return finder.Measures.Count;
        });
        var read = texts.Select(t =>
        {
            var views = Views(t);
            new ActorFinder(Gazetteer.Default).Find(views);
            return views;
        }).ToList();
        Time("measures only", articles.Count, i =>
        {
            var finder = new MeasureFinder();
            read[i].ForEach(finder.Read);
            return finder.Measures.Count;
        });
        Time("simhash", articles.Count, i => (int)SimHash.Of(texts[i]));
    }

    /// <summary>The views of a text; their lower-case buffer is left to the collector here (the reader returns it to the pool).</summary>
    private static List<SentenceView> Views(string text) => new SentenceViews(text, Gazetteer.Default.Lexicon).All;

    private static void Time(string name, int count, Func<int, int> work)
    {
        for (var i = 0; i < 500; i++)
        {
            work(i % count);
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var n = 0;
        while (clock.ElapsedMilliseconds < 1000)
        {
            work(n++ % count);
        }
        Console.WriteLine($"  {name,-18} {clock.Elapsed.TotalMicroseconds / n,8:F1} µs  {(GC.GetAllocatedBytesForCurrentThread() - allocated) / n / 1024.0,8:F1} KB");
    }
}
