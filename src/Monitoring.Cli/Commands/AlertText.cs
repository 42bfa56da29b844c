using System.Text.Json;
using Monitoring.Extraction.Measures;

namespace Monitoring.Cli.Commands;

/// <summary>An alert in one line for people: what changed, in the story's own words.</summary>
internal static class AlertText
{
    public static string What(JsonElement a) => Output.Field(a, "kind") switch
    {
        AlertKinds.NewActor => $"new actor {Output.Field(a, "actor")}",
        var kind => $"{kind.Replace('_', ' ')}: {Output.Field(a, "type")} by {Output.Field(a, "imposer")} on {Output.Field(a, "target")} ({Output.Field(a, "status")}, {Outlets(Output.Field(a, "corroboration"))})",
    };

    private static string Outlets(string n) => n == "1" ? "1 outlet" : $"{n} outlets";

    public static string Line(JsonElement a) => $"#{Output.Field(a, "sequence")}  {Output.Field(a, "at")}  {What(a)}";

    public static Task TableAsync(Output o, JsonElement alerts) => o.TableAsync(alerts.EnumerateArray(),
        ("SEQ", a => Output.Field(a, "sequence")),
        ("AT", a => Output.Field(a, "at")),
        ("ALERT", What));
}
