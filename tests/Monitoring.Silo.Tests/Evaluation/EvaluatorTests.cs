using Monitoring.Extraction;
using Monitoring.Stories.Evaluation;

namespace Monitoring.Silo.Tests.Evaluation;

/// <summary>
/// The scorer behind <c>monitoring eval</c>: precision, recall and F1 from counts, and a small corpus whose
/// every figure is worked out by hand (articles read for real, alerts replayed in publication order).
/// </summary>
public sealed class EvaluatorTests : IDisposable
{
    private readonly EvalCorpus _corpus = EvalCorpus.Write();

    public void Dispose() => _corpus.Dispose();

    [Theory]
    [InlineData(3, 1, 2, 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35)]
    [InlineData(2, 0, 0, 1.0, 1.0, 1.0)]
    [InlineData(0, 2, 0, 0.0, 0.0, 0.0)] // found only wrong things: nothing to recall, and recall says so
    [InlineData(0, 0, 3, 0.0, 0.0, 0.0)] // found nothing of three: precision of an empty answer is no credit
    [InlineData(0, 0, 0, 1.0, 1.0, 1.0)] // nothing expected, nothing found: perfect
    [InlineData(1, 3, 0, 0.25, 1.0, 0.4)]
    [InlineData(1, 1, 1, 0.5, 0.5, 0.5)] // as many right as wrong and as missed
    public void Precision_recall_and_f1_follow_from_the_counts(int tp, int fp, int fn, double precision, double recall, double f1)
    {
        var score = new Score { TruePositives = tp, FalsePositives = fp, FalseNegatives = fn };

        Assert.Equal(precision, score.Precision, 10);
        Assert.Equal(recall, score.Recall, 10);
        Assert.Equal(f1, score.F1, 10);
    }

    [Fact]
    public void A_small_corpus_scores_as_counted_by_hand()
    {
        using var log = new StringWriter();

        var result = new Evaluator(ArticleReader.Default, log).Run(Corpus.Load(_corpus.Directory));

        Assert.Equal(4, result.Articles);
        // Measures: 2 right (considered, then enacted), export ban missed, the Canadian ban is unlabelled.
        Assert.Equal((2, 1, 1), Counts(result.Measures));
        // Actors: every labelled one found, Germany missed, nothing extra.
        Assert.Equal((8, 0, 1), Counts(result.Actors));
        // Alerts: Japan, Iran and the considered measure after the first article, the change to enacted after
        // the second (replayed by date, not by file name); the labelled new target never comes.
        Assert.Equal((4, 0, 1), Counts(result.Alerts));
        Assert.Equal(1, result.Forbidden);
        var differences = log.ToString();
        Assert.Contains("a-enacted: missed measure export_ban|japan|iran", differences, StringComparison.Ordinal);
        Assert.Contains("d-other: extra measure export_ban|canada|belarus", differences, StringComparison.Ordinal);
        Assert.Contains("a-enacted: missed actor Germany", differences, StringComparison.Ordinal);
        Assert.Contains("forbidden alert after a-enacted: a-enacted|status_change|sanctions_general|japan|iran", differences, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_exits_1_when_an_f1_is_below_min_f1_and_0_otherwise()
    {
        // F1 here: measures 2/3, actors 16/17, alerts 8/9.
        var (passed, output, quiet) = await Cli.CliHelpTests.RunAsync(["eval", _corpus.Directory, "--min-f1", "0.6"]);
        Assert.Equal(Monitoring.Cli.ExitCodes.Ok, passed);
        Assert.Contains("\"measures\": { \"precision\": 0.6667, \"recall\": 0.6667, \"f1\": 0.6667 }", output, StringComparison.Ordinal);
        Assert.DoesNotContain("below --min-f1", quiet, StringComparison.Ordinal);

        var (failed, _, error) = await Cli.CliHelpTests.RunAsync(["eval", _corpus.Directory, "--min-f1", "0.9"]);
        Assert.Equal(Monitoring.Cli.ExitCodes.Failed, failed);
        var below = error.Split('\n').Where(l => l.Contains("below --min-f1", StringComparison.Ordinal)).ToList();
        Assert.Equal(["measures f1 0.6667 is below --min-f1 0.9", "alerts f1 0.8889 is below --min-f1 0.9"], below);

        Assert.Equal(Monitoring.Cli.ExitCodes.Ok, (await Cli.CliHelpTests.RunAsync(["eval", _corpus.Directory])).Code);
        Assert.Equal(Monitoring.Cli.ExitCodes.Usage, (await Cli.CliHelpTests.RunAsync(["eval", _corpus.Directory, "--min-f1", "high"])).Code);
        Assert.Equal(Monitoring.Cli.ExitCodes.Usage, (await Cli.CliHelpTests.RunAsync(["eval", _corpus.Directory, "--min-f1"])).Code);
    }

    [Fact]
    public void A_new_actor_alert_naming_the_actor_by_a_labelled_form_is_the_labelled_alert()
    {
        var root = Path.Combine(Path.GetTempPath(), "monitoring-eval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "articles"));
        try
        {
            const string Text = "Japan imposed sanctions on Andrei Kostin, the chief executive of VTB Bank.";
            File.WriteAllText(Path.Combine(root, "articles", "a.txt"),
                $"url: https://news.example/a\nsource: news.example\npublished: 2024-01-01T08:00:00Z\ntitle: {Text}\n\n{Text}\n");
            File.WriteAllText(Path.Combine(root, "labels.json"), """
                {
                  "topic": { "id": "jp", "name": "Japan", "actors": ["Japan"], "keywords": ["sanction"] },
                  "articles": { "a": { "measures": [], "actors": [{ "name": "Andrey Kostin", "kind": "person", "forms": ["Andrei Kostin"] }] } },
                  "alerts": [{ "after": "a", "kind": "new_actor", "actor": "Andrey Kostin" }]
                }
                """);
            using var log = new StringWriter();

            new Evaluator(ArticleReader.Default, log).Run(Corpus.Load(root));

            var alertLines = log.ToString().Split('\n').Where(l => l.StartsWith("alerts:", StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(alertLines, l => l.Contains("kostin", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_new_actor_alert_matches_the_labelled_name_by_a_form_the_reader_gave_the_actor()
    {
        // The reader names the person "Halina Koval", with the form "Galina Koval"; the labels name her "Galina
        // Koval" with no forms. Actor scoring matches her by the reader's form; alert scoring must too.
        var root = Path.Combine(Path.GetTempPath(), "monitoring-eval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "articles"));
        try
        {
            const string Text = "Japan imposed sanctions on Halina Koval, a Belarusian official. Galina Koval denied wrongdoing.";
            File.WriteAllText(Path.Combine(root, "articles", "a.txt"),
                $"url: https://news.example/a\nsource: news.example\npublished: 2024-01-01T08:00:00Z\ntitle: Japan sanctions a Belarusian official\n\n{Text}\n");
            File.WriteAllText(Path.Combine(root, "labels.json"), """
                {
                  "topic": { "actors": ["Japan"], "keywords": ["sanction"] },
                  "articles": { "a": {
                    "measures": [{ "type": "sanctions_general", "imposer": "Japan", "target": "Belarus" }],
                    "actors": [{ "name": "Japan", "forms": [] }, { "name": "Galina Koval", "forms": [] }, { "name": "Belarus", "forms": [] }] } },
                  "alerts": [
                    { "after": "a", "kind": "new_actor", "actor": "Japan" },
                    { "after": "a", "kind": "new_actor", "actor": "Galina Koval" },
                    { "after": "a", "kind": "new_actor", "actor": "Belarus" },
                    { "after": "a", "kind": "new_measure", "type": "sanctions_general", "imposer": "Japan", "target": "Belarus" }
                  ]
                }
                """);
            using var log = new StringWriter();

            var result = new Evaluator(ArticleReader.Default, log).Run(Corpus.Load(root));

            Assert.Equal((1, 0, 0), Counts(result.Measures));
            Assert.Equal((3, 0, 0), Counts(result.Actors));
            Assert.Equal((4, 0, 0), Counts(result.Alerts));
            Assert.Equal("", log.ToString());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static (int Tp, int Fp, int Fn) Counts(Score s) => (s.TruePositives, s.FalsePositives, s.FalseNegatives);
}
