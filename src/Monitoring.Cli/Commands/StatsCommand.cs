using System.Globalization;
using System.Text.Json;

namespace Monitoring.Cli.Commands;

/// <summary><c>monitoring stats</c>: <c>GET /api/stats</c>, the dashboard overview's counts, as <c>name: value</c> lines.</summary>
internal static class StatsCommand
{
    public static async Task<int> RunAsync(string[] args, Output o)
    {
        if (args.Length > 0)
        {
            throw CommandLine.Misused("stats", [""]);
        }
        using var api = new ApiClient();
        await o.ShowAsync(await api.GetAsync("/api/stats"), async s =>
        {
            var states = string.Join(", ", s.GetProperty("sourcesByState").EnumerateObject().Select(p => $"{p.Name} {Output.Text(p.Value)}"));
            await o.Out.WriteLineAsync($"sources: {states}");
            await o.Out.WriteLineAsync($"articles, last 24 hours: {Sum(s.GetProperty("articlesPerHour"))}");
            await o.Out.WriteLineAsync($"alerts, last 14 days: {Sum(s.GetProperty("alertsPerDay"))}");
            await o.Out.WriteLineAsync($"deliveries pending: {Output.Field(s, "deliveriesPending")}");
            await o.Out.WriteLineAsync($"subscriptions failing: {Output.Field(s, "subscriptionsFailing")}");
            await o.Out.WriteLineAsync($"dead letters: {Output.Field(s, "deadLetters")}");
            await o.Out.WriteLineAsync($"silos up: {Output.Field(s, "silosUp")}");
        });
        return ExitCodes.Ok;
    }

    private static string Sum(JsonElement series) =>
        series.GetProperty("counts").EnumerateArray().Sum(c => c.GetInt32()).ToString(CultureInfo.InvariantCulture);
}
