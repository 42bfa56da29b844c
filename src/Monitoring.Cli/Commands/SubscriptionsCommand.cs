namespace Monitoring.Cli.Commands;

/// <summary><c>monitoring subscriptions list|add|show|update|remove|dead-letters|replay-dead</c>.</summary>
internal static class SubscriptionsCommand
{
    public static async Task<int> RunAsync(string[] args, Output o)
    {
        using var api = new ApiClient();
        switch (args)
        {
            case ["list"]:
                await o.ShowAsync(await api.GetAsync("/api/subscriptions"), root => o.TableAsync(root.EnumerateArray(),
                    ("ID", s => Output.Field(s, "id")),
                    ("TOPIC", s => Output.Field(s, "topic")),
                    ("CHANNEL", s => Output.Field(s, "channel.type") == "webhook" ? Output.Field(s, "channel.url") : Output.Field(s, "channel.type")),
                    ("DELIVERED", s => Output.Field(s, "delivery.delivered")),
                    ("PENDING", s => Output.Field(s, "delivery.pending")),
                    ("DEAD", s => Output.Field(s, "delivery.dead")),
                    ("FAILING SINCE", s => Output.Field(s, "delivery.failingSince")),
                    ("STATUS", s => Output.Field(s, "delivery.lastStatus")),
                    ("LAST ERROR", s => Output.Field(s, "disabled") is var d && d != "-" ? $"disabled: {d}" : Output.Field(s, "delivery.lastError"))));
                return ExitCodes.Ok;
            case ["add", var topic, ..]:
                await o.ShowAsync(await api.PostJsonAsync("/api/subscriptions", Definition(topic, args[2..], "add")));
                return ExitCodes.Ok;
            case ["update", var id, var topic, ..]:
                await o.ShowAsync(await api.PutJsonAsync($"/api/subscriptions/{Escape(id)}", Definition(topic, args[3..], "update")));
                return ExitCodes.Ok;
            case ["show", var id]:
                await o.ShowAsync(await api.GetAsync($"/api/subscriptions/{Escape(id)}"));
                return ExitCodes.Ok;
            case ["remove", var id]:
                await api.DeleteAsync($"/api/subscriptions/{Escape(id)}");
                await o.Out.WriteLineAsync(o.Json ? $"{{\"removed\":\"{System.Text.Json.JsonEncodedText.Encode(id)}\"}}" : $"removed {id}");
                return ExitCodes.Ok;
            case ["dead-letters", var id]:
                await o.ShowAsync(await api.GetAsync($"/api/subscriptions/{Escape(id)}/dead-letters"), root => o.TableAsync(root.EnumerateArray(),
                    ("SEQ", d => Output.Field(d, "sequence")),
                    ("ATTEMPTS", d => Output.Field(d, "attempts")),
                    ("FIRST FAILURE", d => Output.Field(d, "firstFailure")),
                    ("LAST ERROR", d => Output.Field(d, "lastError"))));
                return ExitCodes.Ok;
            case ["replay-dead", var id]:
                await o.ShowAsync(await api.PostJsonAsync($"/api/subscriptions/{Escape(id)}/dead-letters/replay", new { }));
                return ExitCodes.Ok;
            default:
                throw CommandLine.Misused("subscriptions", args);
        }
    }

    /// <summary>
    /// <c>TOPIC (--webhook URL [--secret S] | --stream) [--kinds k1,k2] [--types t1,t2] [--actors A,B] [--min-status S] [--min-corroboration N]
    /// [--ordered] [--after N]</c>.
    /// </summary>
    private static object Definition(string topic, string[] options, string verb)
    {
        string? webhook = null, secret = null, minStatus = null;
        string[]? kinds = null, types = null, actors = null;
        int? minCorroboration = null;
        long? after = null;
        bool? ordered = null;
        var stream = false;
        for (var i = 0; i < options.Length; i++)
        {
            if (options[i] is "--stream" or "--ordered")
            {
                stream |= options[i] == "--stream";
                ordered = options[i] == "--ordered" ? true : ordered;
                continue;
            }
            if (i + 1 >= options.Length)
            {
                throw CommandLine.Misused("subscriptions", [verb]);
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
                case "--after":
                    after = long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var a) ? a : throw new CommandException("--after needs a sequence number (0: the topic's whole history)");
                    break;
                default: throw CommandLine.Misused("subscriptions", [verb, options[i - 1]]);
            }
        }
        if (webhook is null == !stream)
        {
            throw new CommandException($"give either --webhook URL or --stream\n\n{Help.Find("subscriptions")!.Usage(Help.Find("subscriptions")!.Find(verb)!)}");
        }
        return new
        {
            topic,
            filters = new { kinds, measureTypes = types, actors, minStatus, minCorroboration },
            channel = stream ? new { type = "stream", url = (string?)null, secret = (string?)null } : new { type = "webhook", url = webhook, secret },
            ordered,
            after,
        };
    }

    private static string[] List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Escape(string id) => Uri.EscapeDataString(id);
}
