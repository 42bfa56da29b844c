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
        Time("sentences", articles.Count, i => Sentences.Spans(texts[i]).Count);
        Time("sentences+tokens", articles.Count, i =>
        {
            using var views = Views(texts[i]);
            return views.All.Count;
        });
        Time("actors", articles.Count, i =>
        {
            using var views = Views(texts[i]);
            new ActorFinder(Gazetteer.Default).Find(views.All);
            return views.All.Count;
        });
        Time("actors+measures", articles.Count, i =>
        {
            using var views = Views(texts[i]);
            new ActorFinder(Gazetteer.Default).Find(views.All);
            var finder = new MeasureFinder();
            views.All.ForEach(finder.Read);
            return finder.Measures.Count;
        });
        // Kept for the measures stage, so their buffers are not returned.
        var read = texts.Select(t =>
        {
            var views = Views(t).All;
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

    private static SentenceViews Views(string text) => new(text, Gazetteer.Default.Lexicon);

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
