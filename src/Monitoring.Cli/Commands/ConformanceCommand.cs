using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Monitoring.Feeds.Conformance;

namespace Monitoring.Cli.Commands;

/// <summary><c>monitoring conformance DIR [--misses]</c>: scores the feed parser against gofeed-style testdata.</summary>
internal static class ConformanceCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var showMisses = args.Contains("--misses");
        var paths = args.Where(a => a != "--misses").ToList();
        if (paths.Count != 1 || paths[0].StartsWith('-'))
        {
            throw new CommandException("usage: monitoring conformance DIR [--misses]");
        }
        if (!Directory.Exists(paths[0]))
        {
            throw new CommandException($"no such directory: {paths[0]}");
        }

        var report = GofeedConformance.Run(paths[0]);
        foreach (var c in report.Categories)
        {
            await stdout.WriteLineAsync(Line(c.Name, c.Files, c.Checks, c.Passed, c.Score));
        }
        await stdout.WriteLineAsync(Line("overall", report.Files, report.Checks, report.Passed, report.Score));
        if (showMisses)
        {
            foreach (var m in report.Misses)
            {
                await stdout.WriteLineAsync(
                    $"miss {m.Category}/{m.File} {m.Check}: {m.Cause}; expected {JsonSerializer.Serialize(m.Expected, Json)}, got {JsonSerializer.Serialize(m.Actual, Json)}");
            }
        }
        await stdout.WriteLineAsync(JsonSerializer.Serialize(
            new { files = report.Files, checks = report.Checks, passed = report.Passed, score = Math.Round(report.Score, 4) }, Json));
        return 0;
    }

    private static string Line(string name, int files, int checks, int passed, double score) =>
        string.Create(CultureInfo.InvariantCulture, $"{name,-10} files={files,4} checks={checks,5} passed={passed,5} score={score:0.0000}");
}
