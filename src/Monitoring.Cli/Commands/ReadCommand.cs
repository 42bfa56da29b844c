using System.Text.Json;
using Monitoring.Extraction;
using Monitoring.Stories.Evaluation;

namespace Monitoring.Cli.Commands;

/// <summary><c>monitoring read FILE...</c>: what the reader finds in an article (corpus layout or plain text/HTML), as JSON.</summary>
internal static class ReadCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            throw new CommandException("usage: monitoring read FILE...");
        }
        var failed = false;
        foreach (var path in args)
        {
            string content;
            try
            {
                content = await File.ReadAllTextAsync(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"{path}: {e.Message}");
                failed = true;
                continue;
            }
            var input = content.StartsWith("url:", StringComparison.OrdinalIgnoreCase)
                ? Corpus.Parse(Path.GetFileNameWithoutExtension(path), content).ToInput()
                : new ArticleInput { Body = content, IsHtml = content.TrimStart().StartsWith('<') };
            var f = ArticleReader.Default.Read(input);
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new
            {
                file = path,
                actors = f.Actors.Select(a => new { a.Name, kind = a.KindName, a.Forms }),
                measures = f.Measures.Select(m => new { m.Type, m.Imposer, m.Target, m.Status, m.Quantity, evidence = m.Evidence.Sentence }),
                fingerprint = f.Fingerprint.ToString("x16", System.Globalization.CultureInfo.InvariantCulture),
            }, Json));
        }
        return failed ? 1 : 0;
    }
}
