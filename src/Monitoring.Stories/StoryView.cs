using Monitoring.Extraction.Measures;

namespace Monitoring.Stories;

/// <summary>The story as it stood at a moment, read from the dates the state keeps.</summary>
public static class StoryView
{
    /// <summary>
    /// Actors first seen by <paramref name="asOf"/>; measures first reported by then, at the
    /// strongest status reported by then; events begun by then. Alert bookkeeping is left out.
    /// </summary>
    public static StoryState AsOf(StoryState state, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(state);
        var view = new StoryState();
        foreach (var (name, actor) in state.Actors.Where(a => a.Value.FirstSeen <= asOf))
        {
            view.Actors[name] = actor;
        }
        foreach (var (key, measure) in state.Measures)
        {
            var known = measure.History.Where(h => h.At <= asOf).ToList();
            if (known.Count == 0)
            {
                continue;
            }
            var status = known.Select(h => h.Status).MaxBy(MeasureStatus.Rank)!;
            view.Measures[key] = new MeasureRecord
            {
                Type = measure.Type,
                Imposer = measure.Imposer,
                Target = measure.Target,
                Status = status,
                History = known,
                FirstSeen = measure.FirstSeen,
                Outlets = known.Select(h => h.Outlet).Distinct(StringComparer.Ordinal).ToList(),
                Articles = known.Select(h => h.Article).Distinct(StringComparer.Ordinal).ToList(),
                Evidence = measure.Evidence,
                Quantity = measure.Quantity,
            };
        }
        view.Events.AddRange(state.Events.Where(e => e.First <= asOf));
        return view;
    }
}
