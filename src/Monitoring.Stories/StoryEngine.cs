using Monitoring.Extraction.Actors;
using Monitoring.Extraction.Events;
using Monitoring.Extraction.Measures;

namespace Monitoring.Stories;

/// <summary>
/// Folds one article into a story and returns what the story gained: the alerts are the
/// difference between the state before and after, so a retelling of known facts raises nothing.
/// </summary>
public static class StoryEngine
{
    private const int RecentEvents = 64;

    /// <summary>Article ids remembered for idempotency.</summary>
    public const int RememberedArticles = 5_000;

    /// <summary>Article links kept per actor, measure and event: the first ones, which alerts cite.</summary>
    public const int MaxLinks = 20;

    /// <summary>
    /// Applies <paramref name="article"/> (the caller has checked <see cref="TopicMatcher.Matches"/>).
    /// Idempotent per article id. Alerts: new actors in order of appearance, then measures in order.
    /// </summary>
    public static IReadOnlyList<StoryAlert> Apply(StoryState state, TopicDefinition topic, StoryArticle article, IActorResolver resolver)
    {
        if (!state.AppliedArticles.Add(article.Id))
        {
            return [];
        }
        state.RecentArticles.Add(article.Id);
        if (state.RecentArticles.Count > RememberedArticles)
        {
            var forget = state.RecentArticles.Count - RememberedArticles;
            foreach (var id in state.RecentArticles.Take(forget))
            {
                state.AppliedArticles.Remove(id);
            }
            state.RecentArticles.RemoveRange(0, forget);
        }
        var alerts = new List<StoryAlert>();
        var outlet = string.IsNullOrEmpty(article.Outlet) ? article.Id : article.Outlet;
        var minOutlets = Math.Max(1, topic.MinOutlets);
        AssignEvent(state, article, outlet);

        // Kept in step with the actors added below, so built (or checked) once per article.
        var index = ActorIndex.Of(state, resolver);
        foreach (var actor in article.Actors.Where(a => a.Kind != "media"))
        {
            var record = FindActor(state, actor, resolver, index);
            if (record is null)
            {
                record = new ActorRecord { Name = actor.Name, Kind = actor.Kind, FirstSeen = article.Published, Evidence = actor.Evidence };
                state.Actors[actor.Name] = record;
                index?.Add(record);
            }
            else if (!string.Equals(record.Name, actor.Name, StringComparison.OrdinalIgnoreCase) && !record.Aliases.Contains(actor.Name, StringComparer.OrdinalIgnoreCase))
            {
                record.Aliases.Add(actor.Name);
                index?.AddAlias(record, actor.Name);
            }
            AddLink(record.Articles, article.Url.Length > 0 ? article.Url : article.Id);
            AddOnce(record.Outlets, outlet);
            // A state met only as "South Korean sources" is alerted when an article names it, or when it imposes or is
            // the aim of a measure ("one Belarusian bank" cut off SWIFT): that is where a reader meets it.
            if (!record.Alerted && (!actor.OnlyByDemonym || SidesAMeasure(article, actor.Name)) && record.Outlets.Count >= minOutlets)
            {
                record.Alerted = true;
                alerts.Add(new StoryAlert
                {
                    Sequence = ++state.Sequence,
                    Kind = AlertKinds.NewActor,
                    Actor = record.Name,
                    Evidence = string.IsNullOrEmpty(record.Evidence) ? actor.Evidence : record.Evidence,
                    ArticleUrls = [.. record.Articles],
                    Corroboration = record.Outlets.Count,
                    At = article.Published,
                });
            }
        }

        var knownBefore = new HashSet<string>(state.Measures.Keys, StringComparer.OrdinalIgnoreCase);
        foreach (var measure in article.Measures)
        {
            if (topic.MeasureTypes is { Count: > 0 } types && !types.Contains(measure.Type, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            var alert = ApplyMeasure(state, measure, article, outlet, minOutlets, knownBefore);
            if (alert is not null)
            {
                alerts.Add(alert);
            }
        }
        return alerts;
    }

    private static bool SidesAMeasure(StoryArticle article, string state)
    {
        foreach (var m in article.Measures)
        {
            if (string.Equals(m.Imposer, state, StringComparison.OrdinalIgnoreCase) || string.Equals(m.Target, state, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static StoryAlert? ApplyMeasure(StoryState state, StoryMeasure m, StoryArticle article, string outlet, int minOutlets, HashSet<string> knownBefore)
    {
        var key = MeasureRecord.KeyOf(m.Type, m.Imposer, m.Target);
        if (!state.Measures.TryGetValue(key, out var record))
        {
            record = new MeasureRecord
            {
                Type = m.Type,
                Imposer = m.Imposer,
                Target = m.Target,
                Status = m.Status,
                FirstSeen = article.Published,
                Evidence = m.Evidence,
                Quantity = m.Quantity,
            };
            state.Measures[key] = record;
        }
        else if (MeasureStatus.IsStronger(record.Status, m.Status))
        {
            record.Status = m.Status;
            record.Evidence = m.Evidence;
            record.Quantity = m.Quantity ?? record.Quantity;
        }
        // History keeps the first report of each status by each outlet: enough for corroboration and
        // as-of reading, and bounded however often a measure is retold.
        if (!record.History.Any(h => h.Status == m.Status && h.Outlet == outlet))
        {
            record.History.Add(new StatusChange { Status = m.Status, At = article.Published, Article = article.Id, Outlet = outlet });
        }
        AddLink(record.Articles, article.Url.Length > 0 ? article.Url : article.Id);
        AddOnce(record.Outlets, outlet);

        if (record.AlertedStatus is null)
        {
            if (record.Outlets.Count < minOutlets)
            {
                return null;
            }
            record.AlertedStatus = record.Status;
            // A known imposer aiming a known kind of measure at someone new is a new target.
            var newTarget = state.Measures.Values.Any(other =>
                other != record && knownBefore.Contains(MeasureRecord.KeyOf(other.Type, other.Imposer, other.Target))
                && string.Equals(other.Type, record.Type, StringComparison.OrdinalIgnoreCase)
                && string.Equals(other.Imposer, record.Imposer, StringComparison.OrdinalIgnoreCase));
            return Alert(state, newTarget ? AlertKinds.NewTarget : AlertKinds.NewMeasure, record, article);
        }
        if (MeasureStatus.IsStronger(record.AlertedStatus, record.Status) && OutletsAtLeast(record, record.Status) >= minOutlets)
        {
            record.AlertedStatus = record.Status;
            return Alert(state, AlertKinds.StatusChange, record, article);
        }
        return null;
    }

    /// <summary>Distinct outlets that reported the measure at <paramref name="status"/> or stronger (lifted counts only as lifted).</summary>
    private static int OutletsAtLeast(MeasureRecord record, string status) =>
        record.History
            .Where(h => status == MeasureStatus.Lifted ? h.Status == MeasureStatus.Lifted : h.Status != MeasureStatus.Lifted && MeasureStatus.Rank(h.Status) >= MeasureStatus.Rank(status))
            .Select(h => h.Outlet)
            .Distinct(StringComparer.Ordinal)
            .Count();

    private static StoryAlert Alert(StoryState state, string kind, MeasureRecord record, StoryArticle article) => new()
    {
        Sequence = ++state.Sequence,
        Kind = kind,
        Type = record.Type,
        Imposer = record.Imposer,
        Target = record.Target,
        Status = record.Status,
        Evidence = record.Evidence,
        ArticleUrls = [.. record.Articles],
        Corroboration = record.Outlets.Count,
        At = article.Published,
    };

    /// <summary>A loop, not LINQ with a comparer: this runs for every actor a new one is compared with.</summary>
    private static bool ContainsIgnoringCase(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static ActorRecord? FindActor(StoryState state, StoryActor actor, IActorResolver resolver, ActorIndex? index)
    {
        if (state.Actors.TryGetValue(actor.Name, out var exact))
        {
            return exact;
        }
        var parts = NameSimilarity.Parts(actor.Name);
        // The first actor met that is this one; the index leaves out only actors that cannot be.
        foreach (var record in index?.Candidates(actor.Name, parts, actor.Kind, actor.Forms) ?? state.Actors.Values)
        {
            if (record.Kind != actor.Kind)
            {
                continue;
            }
            if (ContainsIgnoringCase(record.Aliases, actor.Name)
                || resolver.SameActor(record.NameParts, parts, actor.Kind)
                || ContainsIgnoringCase(actor.Forms, record.Name))
            {
                return record;
            }
        }
        return null;
    }

    /// <summary>Puts the article in the event it retells (near-identical text, or a shared measure within two days) or a new one.</summary>
    private static void AssignEvent(StoryState state, StoryArticle article, string outlet)
    {
        var keys = article.Measures.Select(m => MeasureRecord.KeyOf(m.Type, m.Imposer, m.Target)).ToList();
        var actors = article.Actors.Where(a => a.Kind != "media").Select(a => a.Name).ToList();
        var signature = new EventSignature(article.Published, article.Fingerprint, keys, actors);
        // Only recent events can take the article: look back over the last few only.
        var match = state.Events.Skip(Math.Max(0, state.Events.Count - RecentEvents))
            .LastOrDefault(e => SameEvent.Matches(new EventSignature(e.Last, e.Fingerprint, e.MeasureKeys, e.Actors), signature));
        if (match is null)
        {
            match = new EventRecord { Id = state.Events.Count + 1, Fingerprint = article.Fingerprint, First = article.Published, Last = article.Published };
            state.Events.Add(match);
        }
        match.Last = article.Published > match.Last ? article.Published : match.Last;
        AddLink(match.Articles, article.Id);
        AddOnce(match.Outlets, outlet);
        foreach (var key in keys)
        {
            AddOnce(match.MeasureKeys, key);
        }
        foreach (var actor in actors)
        {
            AddOnce(match.Actors, actor);
        }
    }

    private static void AddLink(List<string> list, string value)
    {
        if (list.Count < MaxLinks)
        {
            AddOnce(list, value);
        }
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.Ordinal))
        {
            list.Add(value);
        }
    }
}
