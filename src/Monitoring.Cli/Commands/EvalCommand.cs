using System.Globalization;
using Monitoring.Extraction;
using Monitoring.Stories.Evaluation;

namespace Monitoring.Cli.Commands;

/// <summary><c>monitoring eval DIR</c>: scores reading and alerting against a labelled corpus; one JSON object on stdout, differences on stderr.</summary>
internal static class EvalCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 1)
        {
            throw new CommandException("usage: monitoring eval DIR");
        }
        Corpus corpus;
        try
        {
            corpus = Corpus.Load(args[0]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            throw new CommandException(e.Message);
        }
        var result = new Evaluator(ArticleReader.Default, stderr).Run(corpus);
        await stdout.WriteLineAsync(Format(result));
        return 0;
    }

    internal static string Format(EvaluationResult r)
    {
        static string F(double v) => v.ToString("0.0000", CultureInfo.InvariantCulture);
        static string Prf(Score s) => $"\"precision\": {F(s.Precision)}, \"recall\": {F(s.Recall)}, \"f1\": {F(s.F1)}";
        return $"{{ \"articles\": {r.Articles},\n  \"measures\": {{ {Prf(r.Measures)} }},\n  \"actors\":   {{ {Prf(r.Actors)} }},\n"
            + $"  \"alerts\":   {{ {Prf(r.Alerts)}, \"forbidden\": {r.Forbidden} }},\n  \"seconds\": {F(r.Seconds)} }}";
    }
}
