namespace Monitoring.Grains.Articles;

/// <summary>How articles left unrouted by a crash or a failing topic are found again. Section <c>Routing</c>.</summary>
public sealed class RoutingOptions
{
    public const string Section = "Routing";

    /// <summary>How often the sweep looks for articles still marked unrouted (it also runs once at start).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A mark younger than this belongs to a poll that is still routing it; older, the routing failed.
    /// At start every mark is taken: no poll of this process can be routing yet.
    /// </summary>
    public TimeSpan Grace { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a silo routes with its copy of the topic list before reading it again: a topic defined
    /// through another silo reaches this one's routing within it. A new or redefined topic's backfill
    /// waits this long (and a second) before it reads the archive, so that every article routed without
    /// the topic is archived by then. The same in every silo.
    /// </summary>
    public TimeSpan IndexMaxAge { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>What a backfill waits before reading: past every silo's <see cref="IndexMaxAge"/>, with a second for clocks and commits in flight.</summary>
    public TimeSpan BackfillSettle => IndexMaxAge + TimeSpan.FromSeconds(1);

    public IEnumerable<string> Validate()
    {
        if (SweepInterval < TimeSpan.FromSeconds(1))
        {
            yield return "Routing:SweepInterval must be at least 1 s";
        }
        if (Grace < TimeSpan.FromSeconds(1))
        {
            yield return "Routing:Grace must be at least 1 s";
        }
        if (IndexMaxAge < TimeSpan.FromMilliseconds(100) || IndexMaxAge > TimeSpan.FromMinutes(5))
        {
            yield return "Routing:IndexMaxAge must be between 0.1 s and 5 min";
        }
    }
}
