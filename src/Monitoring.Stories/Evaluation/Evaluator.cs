using System.Diagnostics;
using System.Text.Json;
using Monitoring.Extraction;
using Monitoring.Extraction.Actors;
using Monitoring.Extraction.Measures;

namespace Monitoring.Stories.Evaluation;

/// <summary>
/// Replays a corpus through the reader and the story code the topic grain runs, and scores the
/// measures, actors and alerts against the labels. Differences are written to the log writer.
/// </summary>
public sealed class Evaluator(ArticleReader reader, TextWriter log)
{
    private static readonly IActorResolver Resolver = new TolerantActorResolver();

    public EvaluationResult Run(Corpus corpus)
    {
        var clock = Stopwatch.StartNew();
        var labels = corpus.Labels;
        var topic = ReadTopic(labels);
        var story = new StoryState();
        var measures = new Score();
        var actors = new Score();
        var predictedAlerts = new List<(string After, StoryAlert Alert)>();
        var readerForms = new ReaderForms();
        var articleLabels = labels.TryGetProperty("articles", out var a) ? a : default;

        foreach (var article in corpus.Articles)
        {
            var findings = reader.Read(article.ToInput());
            readerForms.Add(findings);
            if (articleLabels.ValueKind == JsonValueKind.Object && articleLabels.TryGetProperty(article.Id, out var expected))
            {
                ScoreMeasures(article.Id, findings, expected, measures);
                ScoreActors(article.Id, findings, expected, actors);
            }
            var storyArticle = StoryArticles.From(article.Url, article.Url, article.Source, article.Published, article.Title, findings);
            if (TopicMatcher.Matches(topic, storyArticle))
            {
                foreach (var alert in StoryEngine.Apply(story, topic, storyArticle, Resolver))
                {
                    predictedAlerts.Add((article.Id, alert));
                }
            }
        }
        var (alerts, forbidden) = ScoreAlerts(labels, predictedAlerts, readerForms);
        return new EvaluationResult(corpus.Articles.Count, measures, actors, alerts, forbidden, clock.Elapsed.TotalSeconds);
    }

    private static TopicDefinition ReadTopic(JsonElement labels)
    {
        var t = labels.GetProperty("topic");
        return new TopicDefinition
        {
            Id = Text(t, "id") ?? "topic",
            Name = Text(t, "name") ?? "",
            AllActors = Strings(t, "actors"),
            AnyActors = Strings(t, "any_actors"),
            Keywords = Strings(t, "keywords"),
            MeasureTypes = t.TryGetProperty("measure_types", out _) ? Strings(t, "measure_types") : null,
            MinOutlets = t.TryGetProperty("min_outlets", out var n) && n.TryGetInt32(out var min) ? min : 1,
        };
    }

    private void ScoreMeasures(string id, Findings findings, JsonElement expected, Score score)
    {
        var gold = Items(expected, "measures").Select(m => Key(Text(m, "type"), Text(m, "imposer"), Text(m, "target"))).ToHashSet();
        var found = findings.Measures.Select(m => Key(m.Type, m.Imposer, m.Target)).ToHashSet();
        Tally(id, "measure", gold, found, score);
        foreach (var m in findings.Measures.Where(m => !gold.Contains(Key(m.Type, m.Imposer, m.Target))))
        {
            log.WriteLine($"{id}:   from \"{m.Evidence.Sentence}\"");
        }
    }

    private void ScoreActors(string id, Findings findings, JsonElement expected, Score score)
    {
        var gold = Items(expected, "actors").Select(g => (Name: Text(g, "name") ?? "", Forms: Strings(g, "forms"))).ToList();
        var optional = Strings(expected, "optional_actors").Select(NameSimilarity.Fold).ToHashSet();
        var matched = new HashSet<int>();
        foreach (var actor in findings.Actors.Where(x => x.Kind is not (ActorKind.Media or ActorKind.Place)))
        {
            var names = new[] { actor.Name }.Concat(actor.Forms).Select(NameSimilarity.Fold).ToList();
            var hit = gold.FindIndex(g => names.Contains(NameSimilarity.Fold(g.Name)) || g.Forms.Any(f => NameSimilarity.Fold(f) == NameSimilarity.Fold(actor.Name)) || Canonical(g.Name) == actor.Name);
            if (hit >= 0)
            {
                matched.Add(hit);
            }
            else if (!names.Any(optional.Contains))
            {
                score.FalsePositives++;
                log.WriteLine($"{id}: extra actor {actor.Name} ({actor.KindName})");
            }
        }
        score.TruePositives += matched.Count;
        score.FalseNegatives += gold.Count - matched.Count;
        for (var i = 0; i < gold.Count; i++)
        {
            if (!matched.Contains(i))
            {
                log.WriteLine($"{id}: missed actor {gold[i].Name}");
            }
        }
    }

    private (Score Score, int Forbidden) ScoreAlerts(JsonElement labels, List<(string After, StoryAlert Alert)> predicted, ReaderForms readerForms)
    {
        var gold = Items(labels, "alerts").Select(AlertKey).ToHashSet();
        // As for actors, a labelled form counts as the name: an actor first met as "Andrei Kostin", labelled
        // "Andrey Kostin" with that form, is the labelled actor's alert. So does a form the reader gave the
        // actor: "Halina Koval", read with the form "Galina Koval", is the alert labelled "Galina Koval".
        var labelled = LabelledNames(labels);
        string FoundKey(string after, StoryAlert alert) => AlertKey(after, alert, labelled, readerForms, gold);
        var found = predicted.Select(p => FoundKey(p.After, p.Alert)).ToHashSet();
        var score = new Score();
        Tally("alerts", "alert", gold, found, score);
        var forbidden = 0;
        foreach (var rule in Items(labels, "no_alerts"))
        {
            var after = Text(rule, "after");
            var kind = Text(rule, "kind");
            foreach (var (at, alert) in predicted)
            {
                if (at == after && (kind is null || alert.Kind == kind) && SubjectAgrees(rule, alert))
                {
                    forbidden++;
                    log.WriteLine($"forbidden alert after {at}: {FoundKey(at, alert)}");
                }
            }
        }
        return (score, forbidden);
    }

    private static bool SubjectAgrees(JsonElement rule, StoryAlert alert) =>
        (Text(rule, "actor") is not { } actor || Canonical(actor) == Canonical(alert.Actor ?? ""))
        && (Text(rule, "type") is not { } type || type == alert.Type)
        && (Text(rule, "imposer") is not { } imposer || Canonical(imposer) == Canonical(alert.Imposer ?? ""))
        && (Text(rule, "target") is not { } target || Canonical(target) == Canonical(alert.Target ?? ""));

    private static string AlertKey(JsonElement e) => Text(e, "kind") == AlertKinds.NewActor
        ? $"{Text(e, "after")}|new_actor|{Canonical(Text(e, "actor") ?? "")}"
        : $"{Text(e, "after")}|{Text(e, "kind")}|{Key(Text(e, "type"), Text(e, "imposer"), Text(e, "target"))}";

    private static string AlertKey(string after, StoryAlert alert, IReadOnlyDictionary<string, string> labelled, ReaderForms readerForms, HashSet<string> gold)
    {
        if (alert.Kind != AlertKinds.NewActor)
        {
            return $"{after}|{alert.Kind}|{Key(alert.Type, alert.Imposer, alert.Target)}";
        }
        var actor = alert.Actor ?? "";
        var key = ActorAlertKey(after, actor, labelled);
        // The actor's own name first; a form the reader gave it only where that is what the labels name.
        return gold.Contains(key)
            ? key
            : readerForms.Of(actor).Select(f => ActorAlertKey(after, f, labelled)).FirstOrDefault(gold.Contains) ?? key;
    }

    private static string ActorAlertKey(string after, string name, IReadOnlyDictionary<string, string> labelled) =>
        $"{after}|new_actor|{Canonical(labelled.GetValueOrDefault(NameSimilarity.Fold(name), name))}";

    /// <summary>Every labelled surface form of an actor (folded), to the name the labels give it.</summary>
    private static Dictionary<string, string> LabelledNames(JsonElement labels)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (labels.TryGetProperty("articles", out var articles) && articles.ValueKind == JsonValueKind.Object)
        {
            foreach (var actor in articles.EnumerateObject().SelectMany(a => Items(a.Value, "actors")))
            {
                var name = Text(actor, "name") ?? "";
                foreach (var form in Strings(actor, "forms"))
                {
                    names.TryAdd(NameSimilarity.Fold(form), name);
                }
            }
        }
        return names;
    }

    private void Tally(string id, string what, HashSet<string> gold, HashSet<string> found, Score score)
    {
        foreach (var key in found)
        {
            if (gold.Contains(key))
            {
                score.TruePositives++;
            }
            else
            {
                score.FalsePositives++;
                log.WriteLine($"{id}: extra {what} {key}");
            }
        }
        foreach (var key in gold.Where(k => !found.Contains(k)))
        {
            score.FalseNegatives++;
            log.WriteLine($"{id}: missed {what} {key}");
        }
    }

    private static string Key(string? type, string? imposer, string? target) => $"{type}|{Canonical(imposer ?? "")}|{Canonical(target ?? "")}";

    /// <summary>One spelling per entity, so that "EU" and "European Union" score alike.</summary>
    private static string Canonical(string name) => NameSimilarity.Fold(Gazetteer.Default.Find(name)?.Name ?? name);

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<string> Strings(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];

    private static List<JsonElement> Items(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray()] : [];
}
