using System.Globalization;
using Monitoring.Extraction;
using Monitoring.Stories.Evaluation;

namespace Monitoring.Cli.Commands;

/// <summary>
/// <c>monitoring eval DIR [--min-f1 X]</c>: scores reading and alerting against a labelled corpus; one JSON
/// object on stdout, differences on stderr. With <c>--min-f1</c> it exits 1 when any F1 is below X, so a
/// script or CI can hold the reader to a bar.
/// </summary>
internal static class EvalCommand
{
    private const string Usage = "usage: monitoring eval DIR [--min-f1 X]";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (directory, minF1) = Parse(args);
        Corpus corpus;
        try
        {
            corpus = Corpus.Load(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            throw new CommandException(e.Message);
        }
        var result = new Evaluator(ArticleReader.Default, stderr).Run(corpus);
        await stdout.WriteLineAsync(Format(result));
        var below = BelowBar(result, minF1);
        foreach (var (name, f1) in below)
        {
            await stderr.WriteLineAsync($"{name} f1 {f1.ToString("0.0000", CultureInfo.InvariantCulture)} is below --min-f1 {minF1!.Value.ToString(CultureInfo.InvariantCulture)}");
        }
        return below.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    /// <summary>The scores whose F1 is below the bar (none without a bar).</summary>
    internal static List<(string Name, double F1)> BelowBar(EvaluationResult r, double? minF1) =>
        minF1 is not { } bar
            ? []
            : new[] { ("measures", r.Measures.F1), ("actors", r.Actors.F1), ("alerts", r.Alerts.F1) }.Where(s => s.Item2 < bar).ToList();

    private static (string Directory, double? MinF1) Parse(string[] args)
    {
        string? directory = null;
        double? minF1 = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--min-f1")
            {
                if (i + 1 >= args.Length || !double.TryParse(args[++i], NumberStyles.Float, CultureInfo.InvariantCulture, out var bar) || bar is < 0 or > 1)
                {
                    throw new CommandException($"--min-f1 takes a number from 0 to 1\n\n{Usage}");
                }
                minF1 = bar;
            }
            else if (directory is null && !args[i].StartsWith('-'))
            {
                directory = args[i];
            }
            else
            {
                throw new CommandException(Usage);
            }
        }
        return (directory ?? throw new CommandException(Usage), minF1);
    }

    internal static string Format(EvaluationResult r)
    {
        static string F(double v) => v.ToString("0.0000", CultureInfo.InvariantCulture);
        static string Prf(Score s) => $"\"precision\": {F(s.Precision)}, \"recall\": {F(s.Recall)}, \"f1\": {F(s.F1)}";
        return $"{{ \"articles\": {r.Articles},\n  \"measures\": {{ {Prf(r.Measures)} }},\n  \"actors\":   {{ {Prf(r.Actors)} }},\n"
            + $"  \"alerts\":   {{ {Prf(r.Alerts)}, \"forbidden\": {r.Forbidden} }},\n  \"seconds\": {F(r.Seconds)} }}";
    }
}
