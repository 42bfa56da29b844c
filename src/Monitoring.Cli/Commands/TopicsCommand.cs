namespace Monitoring.Cli.Commands;

/// <summary><c>monitoring topics list|add|show|update|remove|alerts|story|replay</c>.</summary>
internal static class TopicsCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            throw new CommandException("expected list, add, show, update, remove, alerts, story or replay");
        }
        using var api = new ApiClient();
        switch (args[0])
        {
            case "list":
                await stdout.WriteLineAsync(ApiClient.Format(await api.GetAsync("/api/topics")));
                return 0;
            case "add" when args.Length >= 3:
                await stdout.WriteLineAsync(ApiClient.Format(await api.PostJsonAsync("/api/topics", Definition(args[1], args[2], args[3..]))));
                return 0;
            case "update" when args.Length >= 3:
                await stdout.WriteLineAsync(ApiClient.Format(await api.PutJsonAsync($"/api/topics/{Escape(args[1])}", Definition(args[1], args[2], args[3..]))));
                return 0;
            case "show" when args.Length == 2:
                await stdout.WriteLineAsync(ApiClient.Format(await api.GetAsync($"/api/topics/{Escape(args[1])}")));
                return 0;
            case "remove" when args.Length == 2:
                await api.DeleteAsync($"/api/topics/{Escape(args[1])}");
                await stdout.WriteLineAsync($"removed {args[1]}");
                return 0;
            case "alerts" when args.Length is 2 or 3:
                var after = args.Length == 3 ? args[2] : "0";
                await stdout.WriteLineAsync(ApiClient.Format(await api.GetAsync($"/api/topics/{Escape(args[1])}/alerts?after={Uri.EscapeDataString(after)}")));
                return 0;
            case "story" when args.Length is 2 or 3:
                var asOf = args.Length == 3 ? $"?asOf={Uri.EscapeDataString(args[2])}" : "";
                await stdout.WriteLineAsync(ApiClient.Format(await api.GetAsync($"/api/topics/{Escape(args[1])}/story{asOf}")));
                return 0;
            case "replay" when args.Length == 2:
                return await ReplayAsync(api, args[1], stdout);
            default:
                throw new CommandException($"unknown or incomplete topics command: {string.Join(' ', args)}");
        }
    }

    /// <summary>Starts a replay and prints its progress until it finishes.</summary>
    private static async Task<int> ReplayAsync(ApiClient api, string id, TextWriter stdout)
    {
        var path = $"/api/topics/{Escape(id)}/replay";
        await api.PostJsonAsync(path, new { });
        while (true)
        {
            using var status = System.Text.Json.JsonDocument.Parse(await api.GetAsync(path));
            var root = status.RootElement;
            await stdout.WriteLineAsync(
                $"read {root.GetProperty("articlesRead").GetInt64()}, applied {root.GetProperty("articlesApplied").GetInt64()}, alerts {root.GetProperty("alerts").GetInt64()}");
            if (!root.GetProperty("running").GetBoolean())
            {
                if (root.TryGetProperty("error", out var error) && error.ValueKind == System.Text.Json.JsonValueKind.String)
                {
                    throw new CommandException($"replay failed: {error.GetString()}");
                }
                return 0;
            }
            await Task.Delay(500);
        }
    }

    /// <summary>
    /// <c>ID NAME [--all A,B] [--any C,D] [--keywords k1,k2] [--types t1,t2] [--min-outlets N]</c>.
    /// </summary>
    private static object Definition(string id, string name, string[] options)
    {
        string[]? all = null, any = null, keywords = null, types = null;
        int? minOutlets = null;
        for (var i = 0; i < options.Length; i++)
        {
            if (i + 1 >= options.Length)
            {
                throw new CommandException($"{options[i]} needs a value");
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
                    minOutlets = int.TryParse(value, out var n) ? n : throw new CommandException("--min-outlets needs a number");
                    break;
                default: throw new CommandException($"unknown option '{options[i - 1]}'");
            }
        }
        return new { id, name, allActors = all, anyActors = any, keywords, measureTypes = types, minOutlets };
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
