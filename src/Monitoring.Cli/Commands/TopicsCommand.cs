using System.Text.Json;

namespace Monitoring.Cli.Commands;

/// <summary><c>monitoring topics list|add|show|update|remove|alerts|story|replay</c>.</summary>
internal static class TopicsCommand
{
    public static async Task<int> RunAsync(string[] args, Output o)
    {
        using var api = new ApiClient();
        switch (args)
        {
            case ["list"]:
                await o.ShowAsync(await api.GetAsync("/api/topics"), root => o.TableAsync(root.EnumerateArray(),
                    ("ID", t => Output.Field(t, "id")),
                    ("NAME", t => Output.Field(t, "name")),
                    ("ALL OF", t => Output.Field(t, "allActors")),
                    ("ANY OF", t => Output.Field(t, "anyActors")),
                    ("KEYWORDS", t => Output.Field(t, "keywords"))));
                return ExitCodes.Ok;
            case ["add", var id, var name, ..]:
                await o.ShowAsync(await api.PostJsonAsync("/api/topics", Definition(id, name, args[3..], "add")));
                return ExitCodes.Ok;
            case ["update", var id, var name, ..]:
                await o.ShowAsync(await api.PutJsonAsync($"/api/topics/{Escape(id)}", Definition(id, name, args[3..], "update")));
                return ExitCodes.Ok;
            case ["show", var id]:
                await o.ShowAsync(await api.GetAsync($"/api/topics/{Escape(id)}"));
                return ExitCodes.Ok;
            case ["remove", var id]:
                await api.DeleteAsync($"/api/topics/{Escape(id)}");
                await o.Out.WriteLineAsync(o.Json ? $"{{\"removed\":\"{JsonEncodedText.Encode(id)}\"}}" : $"removed {id}");
                return ExitCodes.Ok;
            case ["alerts", var id, ..] when args.Length <= 3:
                var after = args.Length == 3 ? args[2] : "0";
                await o.ShowAsync(await api.GetAsync($"/api/topics/{Escape(id)}/alerts?after={Uri.EscapeDataString(after)}"), root => AlertText.TableAsync(o, root));
                return ExitCodes.Ok;
            case ["story", var id, ..] when args.Length <= 3:
                var asOf = args.Length == 3 ? $"?asOf={Uri.EscapeDataString(args[2])}" : "";
                await o.ShowAsync(await api.GetAsync($"/api/topics/{Escape(id)}/story{asOf}"));
                return ExitCodes.Ok;
            case ["replay", var id]:
                return await ReplayAsync(api, id, o);
            default:
                throw CommandLine.Misused("topics", args);
        }
    }

    /// <summary>Starts a replay and prints its progress until it finishes.</summary>
    private static async Task<int> ReplayAsync(ApiClient api, string id, Output o)
    {
        var path = $"/api/topics/{Escape(id)}/replay";
        await api.PostJsonAsync(path, new { });
        while (true)
        {
            var body = await api.GetAsync(path);
            using var status = JsonDocument.Parse(body);
            var root = status.RootElement;
            var running = root.GetProperty("running").GetBoolean();
            if (o.Json)
            {
                // One line per progress report, so a script can read them as they come.
                await o.Out.WriteLineAsync(Output.Encode(root, indented: false));
            }
            else
            {
                await o.Out.WriteLineAsync(
                    $"read {root.GetProperty("articlesRead").GetInt64()}, applied {root.GetProperty("articlesApplied").GetInt64()}, alerts {root.GetProperty("alerts").GetInt64()}");
            }
            if (!running)
            {
                if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String)
                {
                    throw new CommandException($"replay failed: {error.GetString()}", ExitCodes.Failed);
                }
                return ExitCodes.Ok;
            }
            await Task.Delay(500);
        }
    }

    /// <summary><c>ID NAME [--all A,B] [--any C,D] [--keywords k1,k2] [--types t1,t2] [--min-outlets N] [--backfill-days N] [--alert-backfill]</c>.</summary>
    private static object Definition(string id, string name, string[] options, string verb)
    {
        string[]? all = null, any = null, keywords = null, types = null;
        int? minOutlets = null, backfillDays = null;
        bool? alertBackfill = null;
        for (var i = 0; i < options.Length; i++)
        {
            if (options[i] == "--alert-backfill")
            {
                alertBackfill = true; // a flag: no value follows
                continue;
            }
            if (i + 1 >= options.Length)
            {
                throw CommandLine.Misused("topics", [verb]);
            }
            var value = options[++i];
            var list = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            switch (options[i - 1])
            {
                case "--all": all = list; break;
                case "--any": any = list; break;
                case "--keywords": keywords = list; break;
                case "--types": types = list; break;
                case "--min-outlets":
                    minOutlets = int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : throw new CommandException("--min-outlets needs a number");
                    break;
                case "--backfill-days":
                    backfillDays = int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : throw new CommandException("--backfill-days needs a number of days (0 for none)");
                    break;
                default: throw CommandLine.Misused("topics", [verb, options[i - 1]]);
            }
        }
        // Sent only when asked, so the silo's default window applies otherwise.
        var backfill = backfillDays is null && alertBackfill is null ? null : new { days = backfillDays, alert = alertBackfill };
        return new { id, name, allActors = all, anyActors = any, keywords, measureTypes = types, minOutlets, backfill };
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
