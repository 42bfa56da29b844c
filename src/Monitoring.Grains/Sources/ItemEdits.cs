using Monitoring.Feeds;

namespace Monitoring.Grains.Sources;

/// <summary>
/// Tells an item the feed edited after it was handed on (the same id, a new title or text) from one it
/// merely lists again, by a hash of its text remembered beside its id.
/// </summary>
public static class ItemEdits
{
    /// <summary>A stable 64-bit hash (FNV-1a) of the item's title, summary and content: the same in every process and run.</summary>
    public static ulong HashOf(FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var h = 14695981039346656037UL;
        foreach (var part in (ReadOnlySpan<string?>)[item.Title, item.Summary, item.Content])
        {
            foreach (var c in part ?? "")
            {
                h = (h ^ c) * 1099511628211UL;
            }
            // A separator, so that text moved from the title to the summary is a change.
            h = (h ^ 0xFFFF) * 1099511628211UL;
        }
        return h;
    }

    /// <summary>
    /// The items of <paramref name="items"/> seen before (in <paramref name="seen"/>) whose text differs from the hash
    /// remembered for them, first occurrence of an id only. An id seen with no hash remembered (one handed on
    /// before hashes were kept) is not an edit: there is nothing to compare with.
    /// </summary>
    public static List<FeedItem> Edited(IReadOnlyList<FeedItem> items, IReadOnlySet<string> seen, IReadOnlyDictionary<string, ulong> hashes)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(hashes);
        var edited = new List<FeedItem>();
        var met = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (met.Add(item.Id) && seen.Contains(item.Id) && hashes.TryGetValue(item.Id, out var before) && before != HashOf(item))
            {
                edited.Add(item);
            }
        }
        return edited;
    }

    /// <summary>
    /// The hashes to remember for <paramref name="keep"/> (the ids the source still remembers): the feed's current
    /// text for an id it lists, the remembered hash for one it no longer does.
    /// </summary>
    public static Dictionary<string, ulong> Remember(IReadOnlyList<string> keep, IReadOnlyList<FeedItem> items, IReadOnlyDictionary<string, ulong> hashes)
    {
        ArgumentNullException.ThrowIfNull(keep);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(hashes);
        var current = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            current.TryAdd(item.Id, HashOf(item));
        }
        var remembered = new Dictionary<string, ulong>(keep.Count, StringComparer.Ordinal);
        foreach (var id in keep)
        {
            if (current.TryGetValue(id, out var h) || hashes.TryGetValue(id, out h))
            {
                remembered[id] = h;
            }
        }
        return remembered;
    }
}
