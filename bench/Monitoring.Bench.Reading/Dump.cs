using System.Globalization;
using Monitoring.Extraction;

namespace Monitoring.Bench.Reading;

/// <summary>Prints what the reader finds in corpus folders and generated articles, a line per finding, in a stable order.</summary>
internal static class Dump
{
    public static void Print(IEnumerable<string> folders, TextWriter output)
    {
        foreach (var folder in folders)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(folder, "articles"), "*.txt").Order(StringComparer.Ordinal))
            {
                var input = Monitoring.Stories.Evaluation.Corpus.Parse("x", File.ReadAllText(file)).ToInput();
                Print($"{Path.GetFileName(folder.TrimEnd('/'))}/{Path.GetFileName(file)}", ArticleReader.Default.Read(input), output);
            }
        }
        for (var seed = 1; seed <= 8; seed++)
        {
            var articles = SampleArticles.Make(64, seed);
            for (var i = 0; i < articles.Count; i++)
            {
                Print(string.Create(CultureInfo.InvariantCulture, $"sample{seed}/{i}"), ArticleReader.Default.Read(articles[i]), output);
            }
        }
    }

    private static void Print(string name, Findings findings, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} text {findings.Text.Length} fingerprint {findings.Fingerprint:x16}"));
        foreach (var a in findings.Actors)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name} actor {a.Kind} {a.Name} [{string.Join("|", a.Forms)}] demonym={a.OnlyByDemonym} at {a.FirstEvidence.Start}+{a.FirstEvidence.Length}"));
        }
        foreach (var m in findings.Measures)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name} measure {m.Type} {m.Imposer} -> {m.Target} {m.Status} q={m.Quantity} at {m.Evidence.Start}+{m.Evidence.Length}"));
        }
    }
}
