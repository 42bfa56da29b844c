namespace Monitoring.Grains.Sources;

/// <summary>
/// The bounded memory of item ids a source has already handed on. Ids still present in
/// the feed are never forgotten, so a long feed cannot make old items look new.
/// </summary>
public static class SeenIds
{
    /// <summary>Returns the ids to remember: the current feed's ids, then the most recent others, up to <paramref name="limit"/>.</summary>
    public static List<string> Merge(IReadOnlyList<string> remembered, IReadOnlyList<string> inFeed, int limit)
    {
        var keep = new List<string>(Math.Min(limit, remembered.Count + inFeed.Count));
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in inFeed)
        {
            if (set.Add(id))
            {
                keep.Add(id);
            }
        }
        // Remembered ids are oldest first; keep the newest that still fit.
        var room = Math.Max(0, limit - keep.Count);
        var older = new List<string>(room);
        for (var i = remembered.Count - 1; i >= 0 && older.Count < room; i--)
        {
            if (set.Add(remembered[i]))
            {
                older.Add(remembered[i]);
            }
        }
        older.Reverse();
        older.AddRange(keep);
        return older;
    }
}
