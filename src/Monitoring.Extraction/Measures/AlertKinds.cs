namespace Monitoring.Extraction.Measures;

/// <summary>The kinds of alert a story raises, named once for the story, the alert log, the API and the CLI.</summary>
public static class AlertKinds
{
    public const string NewActor = "new_actor";
    public const string NewMeasure = "new_measure";
    public const string NewTarget = "new_target";
    public const string StatusChange = "status_change";

    public static readonly IReadOnlyList<string> All = [NewActor, NewMeasure, NewTarget, StatusChange];
}
