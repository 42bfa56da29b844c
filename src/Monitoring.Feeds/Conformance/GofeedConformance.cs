using System.Text.Json;

namespace Monitoring.Feeds.Conformance;

/// <summary>
/// Scores <see cref="FeedParser"/> against gofeed's parser testdata: <c>atom/</c> and <c>rss/</c> hold
/// <c>name.xml</c> with a golden <c>name.json</c>, <c>json/</c> holds <c>name.json</c> with
/// <c>name_expected.json</c>, and <c>universal/</c> holds bare inputs, of which those named
/// empty*, invalid* or unknown* must be refused. Per golden file it checks the feed title, the
/// item count and each item's id, link and title.
/// </summary>
public static class GofeedConformance
{
    private static readonly string[] RefusedPrefixes = ["empty", "invalid", "unknown"];

    public static ConformanceReport Run(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"testdata folder not found: {directory}");
        }
        var categories = new List<ConformanceCategory>();
        var misses = new List<ConformanceMiss>();
        foreach (var folder in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            var tally = new Tally(name, misses);
            foreach (var (input, golden) in Cases(folder, name))
            {
                tally.Files++;
                if (golden is null)
                {
                    ScoreOutcome(tally, input, ShouldRefuse(input, folder));
                }
                else
                {
                    ScoreGolden(tally, input, golden, name);
                }
            }
            if (tally.Files > 0)
            {
                categories.Add(new ConformanceCategory(name, tally.Files, tally.Checks, tally.Passed));
            }
        }
        return new ConformanceReport(categories, misses);
    }

    private static IEnumerable<(string Input, string? Golden)> Cases(string folder, string category)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var stem = Path.Combine(Path.GetDirectoryName(file)!, Path.GetFileNameWithoutExtension(file));
            if (category == "json")
            {
                if (!file.EndsWith("_expected.json", StringComparison.Ordinal))
                {
                    var expected = stem + "_expected.json";
                    yield return (file, File.Exists(expected) ? expected : null);
                }
            }
            else if (!file.EndsWith(".json", StringComparison.Ordinal) || category == "universal")
            {
                var golden = stem + ".json";
                yield return (file, category != "universal" && File.Exists(golden) ? golden : null);
            }
        }
    }

    private static bool ShouldRefuse(string input, string folder)
    {
        var name = Path.GetFileName(input);
        var relative = Path.GetRelativePath(folder, input);
        return RefusedPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase) || relative.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }

    private static void ScoreOutcome(Tally tally, string input, bool refuse)
    {
        var (feed, error) = TryParse(input);
        var expected = refuse ? "refused" : "parsed";
        var actual = feed is null ? "refused" : "parsed";
        tally.Check(input, "outcome", expected, actual, feed is null ? $"parse error: {error}" : "accepted a non-feed");
    }

    private static void ScoreGolden(Tally tally, string input, string goldenPath, string category)
    {
        using var golden = JsonDocument.Parse(File.ReadAllText(goldenPath));
        var root = golden.RootElement;
        var expectedItems = Items(root, category);
        var (feed, error) = TryParse(input);
        if (feed is null)
        {
            var count = 2 + (3 * expectedItems.Count);
            tally.Miss(input, "parse", "parsed", "refused", $"parse error: {error}", count);
            return;
        }

        tally.Check(input, "title", Str(root, "title"), feed.Title, "feed title differs");
        tally.Check(input, "count", expectedItems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            feed.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "item count differs");
        for (var i = 0; i < expectedItems.Count; i++)
        {
            var want = expectedItems[i];
            if (i >= feed.Items.Count)
            {
                tally.Miss(input, $"item[{i}]", "present", "missing", "item missing", 3);
                continue;
            }
            var got = feed.Items[i];
            var link = ExpectedLink(want, category);
            var id = ExpectedId(want, category);
            if (id is null)
            {
                // No id in the feed: the parser must fall back to the canonical link, else a hash.
                var fallback = got.Link is null ? got.Id.StartsWith("sha256:", StringComparison.Ordinal) : got.Id == UrlCanonicalizer.Canonicalize(got.Link);
                tally.Check(input, $"item[{i}].id", "fallback id", fallback ? "fallback id" : got.Id, "id fallback differs");
            }
            else
            {
                tally.Check(input, $"item[{i}].id", id, got.Id, "item id differs");
            }
            tally.Check(input, $"item[{i}].link", link, got.Link, "item link differs");
            tally.Check(input, $"item[{i}].title", Str(want, "title"), got.Title, "item title differs");
        }
    }

    private static List<JsonElement> Items(JsonElement root, string category)
    {
        var name = category == "atom" ? "entries" : "items";
        return root.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Array ? [.. items.EnumerateArray()] : [];
    }

    private static string? ExpectedId(JsonElement item, string category) => category switch
    {
        "rss" => item.TryGetProperty("guid", out var guid) ? Str(guid, "value") : null,
        _ => item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number ? id.GetRawText() : Str(item, "id"),
    };

    /// <summary>What a reader should call the item's URL: Atom's alternate link, RSS's link or permalink guid, JSON's url.</summary>
    private static string? ExpectedLink(JsonElement item, string category)
    {
        switch (category)
        {
            case "atom":
                if (item.TryGetProperty("links", out var links) && links.ValueKind == JsonValueKind.Array)
                {
                    foreach (var link in links.EnumerateArray())
                    {
                        var rel = Str(link, "rel");
                        if (Str(link, "href") is { } href && (rel is null || rel == "alternate"))
                        {
                            return href;
                        }
                    }
                }
                return null;
            case "rss":
                if (Str(item, "link") is { } direct)
                {
                    return direct;
                }
                if (item.TryGetProperty("guid", out var guid) && Str(guid, "value") is { } value && Str(guid, "isPermalink") != "false"
                    && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                {
                    return value;
                }
                return null;
            default:
                return Str(item, "url") ?? Str(item, "external_url");
        }
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? XmlText.NullIfEmpty(value.GetString())
            : null;

    private static (ParsedFeed? Feed, string? Error) TryParse(string path)
    {
        try
        {
            return (FeedParser.Parse(File.ReadAllBytes(path), null, null), null);
        }
        catch (FeedParseException e)
        {
            return (null, e.Message);
        }
    }

    private sealed class Tally(string category, List<ConformanceMiss> misses)
    {
        public int Files { get; set; }

        public int Checks { get; private set; }

        public int Passed { get; private set; }

        public void Check(string file, string check, string? expected, string? actual, string cause)
        {
            Checks++;
            if (string.Equals(expected, actual, StringComparison.Ordinal))
            {
                Passed++;
            }
            else
            {
                misses.Add(new ConformanceMiss(category, Path.GetFileName(file), check, expected, actual, cause));
            }
        }

        public void Miss(string file, string check, string? expected, string? actual, string cause, int checks)
        {
            Checks += checks;
            misses.Add(new ConformanceMiss(category, Path.GetFileName(file), check, expected, actual, cause));
        }
    }
}
