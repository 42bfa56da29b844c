namespace Monitoring.Stories;

/// <summary>
/// The story so far. Plain data (public settable members, concrete collections) so hosts can
/// store it as JSON and replays can rebuild it.
/// </summary>
public sealed class StoryState
{
    /// <summary>Actors by canonical name.</summary>
    public Dictionary<string, ActorRecord> Actors { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Measures by <see cref="MeasureRecord.KeyOf"/> (type|imposer|target).</summary>
    public Dictionary<string, MeasureRecord> Measures { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Groups of articles reporting the same happening.</summary>
    public List<EventRecord> Events { get; set; } = [];

    /// <summary>
    /// Ids of the articles applied most recently (at most <see cref="StoryEngine.RememberedArticles"/>),
    /// in arrival order: applying one again changes nothing. An older article coming back can only
    /// retell what the story knows, which raises nothing either.
    /// </summary>
    public List<string> RecentArticles { get; set; } = [];

    /// <summary>The same ids, for lookup; rebuilt from <see cref="RecentArticles"/> when read back.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    internal HashSet<string> AppliedArticles => _applied ??= new HashSet<string>(RecentArticles, StringComparer.Ordinal);

    private HashSet<string>? _applied;

    /// <summary>Whether the article is among those applied most recently: applying it again changes nothing.</summary>
    public bool HasApplied(string articleId) => AppliedArticles.Contains(articleId);

    /// <summary>The last alert sequence number given out.</summary>
    public long Sequence { get; set; }

    /// <summary>The actors filed for lookup by name (<see cref="ActorIndex"/>), kept while the state is in memory.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    internal ActorIndex? Index { get; set; }
}

public sealed class ActorRecord
{
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public DateTimeOffset FirstSeen { get; set; }
    public List<string> Articles { get; set; } = [];
    public List<string> Outlets { get; set; } = [];
    public bool Alerted { get; set; }
    public string Evidence { get; set; } = "";

    /// <summary>The name split into folded words, kept while the state is in memory.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    internal string[] NameParts => _nameParts ??= Monitoring.Extraction.Actors.NameSimilarity.Parts(Name);

    private string[]? _nameParts;
}

public sealed class MeasureRecord
{
    public string Type { get; set; } = "";
    public string Imposer { get; set; } = "";
    public string Target { get; set; } = "";

    /// <summary>The strongest status reported (lifted once lifted).</summary>
    public string Status { get; set; } = "";
    public List<StatusChange> History { get; set; } = [];
    public DateTimeOffset FirstSeen { get; set; }
    public List<string> Outlets { get; set; } = [];
    public List<string> Articles { get; set; } = [];
    public string Evidence { get; set; } = "";
    public string? Quantity { get; set; }

    /// <summary>The status last alerted; null while the measure has not been alerted at all.</summary>
    public string? AlertedStatus { get; set; }

    public static string KeyOf(string type, string imposer, string target) => $"{type}|{imposer}|{target}";
}

public sealed class StatusChange
{
    public string Status { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string Article { get; set; } = "";
    public string Outlet { get; set; } = "";
}

public sealed class EventRecord
{
    public int Id { get; set; }
    public ulong Fingerprint { get; set; }
    public DateTimeOffset First { get; set; }
    public DateTimeOffset Last { get; set; }
    public List<string> Articles { get; set; } = [];
    public List<string> Outlets { get; set; } = [];

    /// <summary>Measure keys the event's articles reported, to join retellings that share them.</summary>
    public List<string> MeasureKeys { get; set; } = [];

    /// <summary>Actors the event's articles named.</summary>
    public List<string> Actors { get; set; } = [];
}
