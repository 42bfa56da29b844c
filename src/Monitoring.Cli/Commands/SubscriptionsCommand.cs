namespace Monitoring.Cli.Commands;

/// <summary><c>monitoring subscriptions list|add|show|update|remove|dead-letters|replay-dead</c>.</summary>
internal static class SubscriptionsCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            throw new CommandException("expected list, add, show, update, remove, dead-letters or replay-dead");
        }
        using var api = new ApiClient();
        var output = args[0] switch
        {
            "list" => await api.GetAsync("/api/subscriptions"),
            "add" when args.Length >= 2 => await api.PostJsonAsync("/api/subscriptions", Definition(args[1], args[2..])),
            "update" when args.Length >= 3 => await api.PutJsonAsync($"/api/subscriptions/{Escape(args[1])}", Definition(args[2], args[3..])),
            "show" when args.Length == 2 => await api.GetAsync($"/api/subscriptions/{Escape(args[1])}"),
            "remove" when args.Length == 2 => await api.DeleteAsync($"/api/subscriptions/{Escape(args[1])}") is var _ ? $"removed {args[1]}" : "",
            "dead-letters" when args.Length == 2 => await api.GetAsync($"/api/subscriptions/{Escape(args[1])}/dead-letters"),
            "replay-dead" when args.Length == 2 => await api.PostJsonAsync($"/api/subscriptions/{Escape(args[1])}/dead-letters/replay", new { }),
            _ => throw new CommandException($"unknown or incomplete subscriptions command: {string.Join(' ', args)}"),
        };
        await stdout.WriteLineAsync(ApiClient.Format(output));
        return 0;
    }

    /// <summary>
    /// <c>TOPIC (--webhook URL [--secret S] | --stream) [--kinds k1,k2] [--types t1,t2] [--actors A,B] [--min-status S] [--min-corroboration N]</c>.
    /// </summary>
    private static object Definition(string topic, string[] options)
    {
        string? webhook = null, secret = null, minStatus = null;
        string[]? kinds = null, types = null, actors = null;
        int? minCorroboration = null;
        var stream = false;
        for (var i = 0; i < options.Length; i++)
        {
            if (options[i] == "--stream")
            {
                stream = true;
                continue;
            }
            if (i + 1 >= options.Length)
            {
                throw new CommandException($"{options[i]} needs a value");
            }
            var value = options[++i];
            switch (options[i - 1])
            {
                case "--webhook": webhook = value; break;
                case "--secret": secret = value; break;
                case "--kinds": kinds = List(value); break;
                case "--types": types = List(value); break;
                case "--actors": actors = List(value); break;
                case "--min-status": minStatus = value; break;
                case "--min-corroboration":
                    minCorroboration = int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : throw new CommandException("--min-corroboration needs a number");
                    break;
                default: throw new CommandException($"unknown option {options[i - 1]}");
            }
        }
        if (webhook is null == !stream)
        {
            throw new CommandException("give either --webhook URL or --stream");
        }
        return new
        {
            topic,
            filters = new { kinds, measureTypes = types, actors, minStatus, minCorroboration },
            channel = stream ? new { type = "stream", url = (string?)null, secret = (string?)null } : new { type = "webhook", url = webhook, secret },
        };
    }

    private static string[] List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Escape(string id) => Uri.EscapeDataString(id);
}
