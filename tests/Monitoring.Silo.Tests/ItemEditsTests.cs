using Monitoring.Feeds;
using Monitoring.Grains.Sources;

namespace Monitoring.Silo.Tests;

/// <summary>Telling an item the feed edited from one it lists again.</summary>
public sealed class ItemEditsTests
{
    private static FeedItem Item(string id, string? title = "Title", string? summary = null, string? content = "Text.") =>
        new() { Id = id, Title = title, Summary = summary, Content = content };

    [Fact]
    public void The_hash_is_fixed_for_a_text_and_moves_with_any_field()
    {
        var item = Item("a");
        // Fixed across processes and runs: a remembered hash must still match after a restart.
        Assert.Equal(ItemEdits.HashOf(Item("other id")), ItemEdits.HashOf(item));
        Assert.Equal(0xEB7BCE5315F9154FUL, ItemEdits.HashOf(item)); // FNV-1a over the UTF-16 units, 0xFFFF after each field
        Assert.NotEqual(ItemEdits.HashOf(item), ItemEdits.HashOf(item with { Title = "Title!" }));
        Assert.NotEqual(ItemEdits.HashOf(item), ItemEdits.HashOf(item with { Summary = "S" }));
        Assert.NotEqual(ItemEdits.HashOf(item), ItemEdits.HashOf(item with { Content = "Text" }));
        // Text moved from one field to the next is a change.
        Assert.NotEqual(ItemEdits.HashOf(Item("a", title: "AB", content: "C")), ItemEdits.HashOf(Item("a", title: "A", content: "BC")));
        Assert.NotEqual(ItemEdits.HashOf(Item("a", summary: "S", content: null)), ItemEdits.HashOf(Item("a", summary: null, content: "S")));
    }

    [Fact]
    public void Only_seen_items_with_a_remembered_hash_that_differs_are_edits()
    {
        var kept = Item("kept");
        var edited = Item("edited");
        var hashes = new Dictionary<string, ulong>
        {
            ["kept"] = ItemEdits.HashOf(kept),
            ["edited"] = ItemEdits.HashOf(edited),
        };
        var seen = new HashSet<string> { "kept", "edited", "no hash" };
        var feed = new[] { kept, edited with { Content = "New text." }, Item("no hash", content: "Anything."), Item("new", content: "Fresh.") };

        var found = ItemEdits.Edited(feed, seen, hashes);

        Assert.Equal(["edited"], found.Select(i => i.Id));
    }

    [Fact]
    public void An_id_listed_twice_is_judged_by_its_first_entry()
    {
        var first = Item("twice");
        var hashes = new Dictionary<string, ulong> { ["twice"] = ItemEdits.HashOf(first) };
        var seen = new HashSet<string> { "twice" };

        Assert.Empty(ItemEdits.Edited([first, first with { Content = "Other." }], seen, hashes));
        Assert.Single(ItemEdits.Edited([first with { Content = "Other." }, first], seen, hashes));
    }

    [Fact]
    public void Missing_arguments_are_refused()
    {
        var hashes = new Dictionary<string, ulong>();
        var seen = new HashSet<string>();
        Assert.Throws<ArgumentNullException>(() => ItemEdits.HashOf(null!));
        Assert.Throws<ArgumentNullException>(() => ItemEdits.Edited(null!, seen, hashes));
        Assert.Throws<ArgumentNullException>(() => ItemEdits.Edited([], null!, hashes));
        Assert.Throws<ArgumentNullException>(() => ItemEdits.Edited([], seen, null!));
        Assert.Throws<ArgumentNullException>(() => ItemEdits.Remember(null!, [], hashes));
        Assert.Throws<ArgumentNullException>(() => ItemEdits.Remember([], null!, hashes));
        Assert.Throws<ArgumentNullException>(() => ItemEdits.Remember([], [], null!));
    }

    [Fact]
    public void Remembered_hashes_follow_the_ids_kept_taking_the_feeds_current_text()
    {
        var old = new Dictionary<string, ulong> { ["gone"] = 1, ["dropped"] = 2, ["listed"] = 3 };
        var listed = Item("listed", content: "Now.");
        var fresh = Item("fresh");

        var remembered = ItemEdits.Remember(["gone", "listed", "fresh"], [listed, fresh, fresh with { Content = "Later duplicate." }], old);

        Assert.Equal(3, remembered.Count);
        Assert.Equal(1UL, remembered["gone"]); // no longer in the feed, still remembered
        Assert.Equal(ItemEdits.HashOf(listed), remembered["listed"]); // the feed's text now
        Assert.Equal(ItemEdits.HashOf(fresh), remembered["fresh"]); // the first entry of an id
        Assert.False(remembered.ContainsKey("dropped")); // forgotten with its id
    }
}
