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

    /// <summary>Article ids already applied: applying one again changes nothing.</summary>
    public HashSet<string> AppliedArticles { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The last alert sequence number given out.</summary>
    public long Sequence { get; set; }
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
}
