using Monitoring.Extraction;
using Monitoring.Stories.Evaluation;

namespace Monitoring.Silo.Tests.Evaluation;

/// <summary>
/// The parts of the labels the four-article corpus leaves out: a topic's any-of actors, measure types and
/// outlets required; names given as a capital or another form; optional actors; articles not labelled;
/// and forbidden alerts narrowed by kind, actor, type, imposer or target.
/// </summary>
public sealed class EvaluatorLabelTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "monitoring-eval-labels-" + Guid.NewGuid().ToString("N"));

    public EvaluatorLabelTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "articles"));
        // Each story twice, from two outlets: the topic asks for two.
        Article("1-one", "2024-01-01", "one.example", "Japan imposed sanctions on Iran.");
        Article("2-two", "2024-01-02", "two.example", "Japan imposed sanctions on Iran.");
        Article("3-exports", "2024-01-03", "one.example", "Japan banned exports of chips to Iran.");
        Article("4-exports", "2024-01-04", "two.example", "Japan banned exports of chips to Iran.");
        Article("5-china", "2024-01-05", "one.example", "Japan imposed sanctions on China.");
        Article("6-china", "2024-01-06", "two.example", "Japan imposed sanctions on China.");
        // Not Japan's: no topic here takes it.
        Article("7-canada", "2024-01-07", "one.example", "Canada imposed sanctions on Syria.");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private const string Topic = """
        "topic": { "id": "jp-ir", "actors": ["Tokyo"], "any_actors": ["Tehran", "Syria"], "keywords": ["sanction"], "measure_types": ["sanctions_general"], "min_outlets": 2 }
        """;

    [Fact]
    public void The_topics_options_decide_which_alerts_come_and_labels_match_by_any_spelling()
    {
        // Alerts: only after the second outlet (min_outlets), no export ban (measure_types), nothing about
        // China (any_actors); labels name Japan as "Tokyo" and Iran as "Tehran" or by a form.
        var (result, log) = Run($$"""
            {
              {{Topic}},
              "articles": {
                "1-one": { "measures": [{ "type": "sanctions_general", "imposer": "Tokyo", "target": "Iran" }],
                           "actors": [{ "name": "Japan", "forms": [] }, { "name": "Islamic Republic", "forms": ["Iran", 7] }] },
                "3-exports": { "measures": [], "actors": [{ "name": "Japan", "forms": [] }], "optional_actors": ["Iran"] }
              },
              "alerts": [
                { "after": "2-two", "kind": "new_actor", "actor": "Tokyo" },
                { "after": "2-two", "kind": "new_actor", "actor": "Iran" },
                { "after": "2-two", "kind": "new_measure", "type": "sanctions_general", "imposer": "Japan", "target": "Tehran" }
              ],
              "no_alerts": [
                { "after": "2-two", "kind": "new_actor", "actor": "Iran" },
                { "after": "2-two", "kind": "status_change" },
                { "after": "2-two", "type": "export_ban" },
                { "after": "2-two", "imposer": "Canada" },
                { "after": "2-two", "kind": "new_measure", "imposer": "Tokyo" },
                { "after": "2-two", "target": "Tehran" },
                { "after": "2-two", "actor": "Syria" },
                { "after": "1-one" }
              ]
            }
            """);

        Assert.Equal(7, result.Articles);
        // Measures: 1-one right, the export ban of 3-exports unlabelled; the unlabelled articles are not scored.
        Assert.Equal((1, 1, 0), Counts(result.Measures));
        // Actors: Japan and Iran (by its form) in 1-one, Japan in 3-exports; Iran there is optional.
        Assert.Equal((3, 0, 0), Counts(result.Actors));
        Assert.Equal((3, 0, 0), Counts(result.Alerts));
        // The Iran actor alert, the measure aimed at Tehran and the measure Tokyo imposes, each forbidden by one rule.
        Assert.Equal(3, result.Forbidden);
        Assert.Equal(
        [
            "3-exports: extra measure export_ban|japan|iran",
            "3-exports:   from \"Japan banned exports of chips to Iran.\"",
            "forbidden alert after 2-two: 2-two|new_actor|iran",
            "forbidden alert after 2-two: 2-two|new_measure|sanctions_general|japan|iran",
            "forbidden alert after 2-two: 2-two|new_measure|sanctions_general|japan|iran",
        ], log);
    }

    [Fact]
    public void Without_the_topics_options_every_story_alerts_after_its_first_article_and_misses_are_logged()
    {
        var (result, log) = Run("""
            {
              "topic": { "actors": ["Japan"] },
              "articles": {
                "5-china": { "measures": [{ "type": "sanctions_general", "imposer": "Japan", "target": "North Korea" }],
                             "actors": [{ "name": "Japan", "forms": [] }, { "name": "Kim Jong Un", "forms": [] }] }
              },
              "alerts": [
                { "after": "1-one", "kind": "new_measure", "type": "sanctions_general", "imposer": "Japan", "target": "Iran" },
                { "after": "2-two", "kind": "new_actor", "actor": "Iran" }
              ]
            }
            """);

        Assert.Equal((0, 1, 1), Counts(result.Measures));
        Assert.Equal((1, 1, 1), Counts(result.Actors));
        Assert.Equal((1, 5, 1), Counts(result.Alerts));
        Assert.Equal(0, result.Forbidden);
        Assert.Equal(
        [
            "5-china: extra measure sanctions_general|japan|china",
            "5-china: missed measure sanctions_general|japan|north korea",
            "5-china:   from \"Japan imposed sanctions on China.\"",
            "5-china: extra actor China (country)",
            "5-china: missed actor Kim Jong Un",
            "alerts: extra alert 1-one|new_actor|japan",
            "alerts: extra alert 1-one|new_actor|iran",
            "alerts: extra alert 3-exports|new_measure|export_ban|japan|iran",
            "alerts: extra alert 5-china|new_actor|china",
            "alerts: extra alert 5-china|new_target|sanctions_general|japan|china",
            "alerts: missed alert 2-two|new_actor|iran",
        ], log);
    }

    // Only Japan–Iran sanctions alert: one outlet is enough, export bans and China stay out.
    private const string NarrowTopic = """
        "topic": { "actors": ["Japan"], "any_actors": ["Iran"], "keywords": ["sanction"], "measure_types": ["sanctions_general"] }
        """;

    [Fact]
    public void Measure_and_actor_label_fields_missing_or_of_another_kind_read_as_empty()
    {
        // A measure without imposer or target, an imposer that is a number, an item that is no object; actors
        // without a name, forms that are no list, lists that are objects, optional actors that are no list.
        var (result, log) = Run($$"""
            {
              {{NarrowTopic}},
              "articles": {
                "1-one": {
                  "measures": [{ "type": "sanctions_general", "target": "Iran" }, { "type": "sanctions_general", "imposer": 7, "target": "Iran" },
                               { "type": "sanctions_general", "imposer": "Japan" }, 7],
                  "actors": [{ "forms": ["Iran"] }, { "forms": ["Mars"] }, { "name": "Japan", "forms": "Japan" }, "Japan"]
                },
                "3-exports": { "measures": {}, "actors": {}, "optional_actors": "Iran" }
              }
            }
            """);

        Assert.Equal((0, 2, 3), Counts(result.Measures));
        // Iran by the form of the unnamed actor, Japan by name; the unnamed "Mars" and the bare string missed.
        Assert.Equal((2, 2, 2), Counts(result.Actors));
        Assert.Equal(
        [
            "1-one: extra measure sanctions_general|japan|iran",
            "1-one: missed measure sanctions_general||iran",
            "1-one: missed measure sanctions_general|japan|",
            "1-one: missed measure ||",
            "1-one:   from \"Japan imposed sanctions on Iran.\"",
            "1-one: missed actor",
            "1-one: missed actor",
            "3-exports: extra measure export_ban|japan|iran",
            "3-exports:   from \"Japan banned exports of chips to Iran.\"",
            "3-exports: extra actor Japan (country)",
            "3-exports: extra actor Iran (country)",
            "alerts: extra alert 1-one|new_actor|japan",
            "alerts: extra alert 1-one|new_actor|",
            "alerts: extra alert 1-one|new_measure|sanctions_general|japan|iran",
        ], log);
    }

    [Fact]
    public void Alerts_and_rules_without_actor_imposer_or_target_match_on_the_empty_name()
    {
        // The actor labelled only by its form "Iran" has the empty name, and so has the labelled new-actor alert
        // without an actor: they match. A rule's empty actor, imposer or target matches an alert that has none.
        var (result, log) = Run($$"""
            {
              {{NarrowTopic}},
              "articles": { "2-two": { "measures": [], "actors": [{ "forms": ["Iran"] }], "optional_actors": ["Japan"] } },
              "alerts": [{ "after": "1-one", "kind": "new_actor" }],
              "no_alerts": [
                { "after": "1-one", "kind": "new_measure", "actor": "" },
                { "after": "1-one", "kind": "new_actor", "imposer": "" },
                { "after": "1-one", "kind": "new_actor", "target": "" }
              ]
            }
            """);

        Assert.Equal((1, 2, 0), Counts(result.Alerts));
        Assert.Equal(5, result.Forbidden);
        Assert.Equal(
        [
            "2-two: extra measure sanctions_general|japan|iran",
            "2-two:   from \"Japan imposed sanctions on Iran.\"",
            "alerts: extra alert 1-one|new_actor|japan",
            "alerts: extra alert 1-one|new_measure|sanctions_general|japan|iran",
            "forbidden alert after 1-one: 1-one|new_measure|sanctions_general|japan|iran",
            "forbidden alert after 1-one: 1-one|new_actor|japan",
            "forbidden alert after 1-one: 1-one|new_actor|",
            "forbidden alert after 1-one: 1-one|new_actor|japan",
            "forbidden alert after 1-one: 1-one|new_actor|",
        ], log);
    }

    [Fact]
    public void A_topics_keywords_keep_out_an_article_with_its_actors_but_no_measure_or_keyword()
    {
        // Japan and Iran without sanctions: the topic leaves it, so Kim Jong Un is no new actor of the story.
        Article("8-talks", "2024-01-08", "one.example", "Japan held talks with Iran and Kim Jong Un.");
        var (result, log) = Run($$"""
            {
              {{NarrowTopic}},
              "articles": [],
              "alerts": [
                { "after": "1-one", "kind": "new_actor", "actor": "Japan" },
                { "after": "1-one", "kind": "new_actor", "actor": "Iran" },
                { "after": "1-one", "kind": "new_measure", "type": "sanctions_general", "imposer": "Japan", "target": "Iran" }
              ]
            }
            """);

        Assert.Equal(8, result.Articles);
        // "articles" that is no object labels no article: nothing scored, nothing logged.
        Assert.Equal((0, 0, 0), Counts(result.Measures));
        Assert.Equal((0, 0, 0), Counts(result.Actors));
        Assert.Equal((3, 0, 0), Counts(result.Alerts));
        Assert.Empty(log);
    }

    private (EvaluationResult Result, List<string> Log) Run(string labels)
    {
        File.WriteAllText(Path.Combine(_root, "labels.json"), labels);
        using var log = new StringWriter();
        var result = new Evaluator(ArticleReader.Default, log).Run(Corpus.Load(_root));
        return (result, log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList());
    }

    private void Article(string id, string date, string outlet, string body) =>
        File.WriteAllText(Path.Combine(_root, "articles", id + ".txt"),
            $"url: https://{outlet}/{id}\nsource: {outlet}\npublished: {date}T08:00:00Z\ntitle: {body}\n\n{body}\n");

    private static (int Tp, int Fp, int Fn) Counts(Score s) => (s.TruePositives, s.FalsePositives, s.FalseNegatives);
}
