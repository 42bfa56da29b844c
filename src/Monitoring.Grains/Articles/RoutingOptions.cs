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
    }
}
