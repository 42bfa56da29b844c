using System.Text.Json;

namespace Monitoring.Cli.Commands;

/// <summary><c>monitoring sources list|add|show|remove|poll|polls|import|export</c>; <c>poll --all</c> is <see cref="PollAllCommand"/>.</summary>
internal static class SourcesCommand
{
    public static async Task<int> RunAsync(string[] args, Output o)
    {
        using var api = new ApiClient();
        switch (args)
        {
            case ["list", ..]:
                await o.ShowAsync(await api.GetAsync("/api/sources?limit=1000" + ListQuery(args[1..])), root => o.TableAsync(root.GetProperty("items").EnumerateArray(),
                    ("ID", s => Output.Field(s, "id")),
                    ("STATE", s => Output.Field(s, "health.state")),
                    ("ARTICLES", s => Output.Field(s, "health.articles")),
                    ("LAST POLL", s => Output.Field(s, "health.lastPollAt")),
                    ("LAST ERROR", s => Output.Field(s, "health.lastError")),
                    ("URL", s => Output.Field(s, "url"))));
                return ExitCodes.Ok;
            case ["add", _, ..]:
                return await AddAsync(api, args[1..], o);
            case ["show", var id]:
                await o.ShowAsync(await api.GetAsync($"/api/sources/{Uri.EscapeDataString(id)}"));
                return ExitCodes.Ok;
            case ["remove", var id]:
                await api.DeleteAsync($"/api/sources/{Uri.EscapeDataString(id)}");
                await o.Out.WriteLineAsync(o.Json ? $"{{\"removed\":\"{JsonEncodedText.Encode(id)}\"}}" : $"removed {id}");
                return ExitCodes.Ok;
            case ["polls", var id]:
                await o.ShowAsync(await api.GetAsync($"/api/sources/{Uri.EscapeDataString(id)}/polls"), root => o.TableAsync(root.GetProperty("items").EnumerateArray(),
                    ("AT", p => Output.Field(p, "at")),
                    ("RESULT", PollResult),
                    ("HTTP", p => Output.Field(p, "httpStatus")),
                    ("NEW", p => Output.Field(p, "newArticles")),
                    ("MS", p => Output.Field(p, "durationMs")),
                    ("ERROR", p => Output.Field(p, "error"))));
                return ExitCodes.Ok;
            case ["poll", var first, ..] when first.StartsWith("--", StringComparison.Ordinal):
                return await PollAllCommand.RunAsync(api, args[1..], o);
            case ["poll", var id]:
                return await PollAsync(api, id, o);
            case ["import", var file]:
                return await ImportAsync(api, file, o);
            case ["export"]:
                await o.Out.WriteAsync(await api.GetAsync("/api/sources.opml"));
                return ExitCodes.Ok;
            default:
                throw CommandLine.Misused("sources", args);
        }
    }

    /// <summary><c>--state S</c> and <c>--search WORDS</c> as query parameters.</summary>
    private static string ListQuery(string[] args)
    {
        var query = "";
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i] switch
            {
                "--state" => "state",
                "--search" => "q",
                _ => throw CommandLine.Misused("sources", ["list"]),
            };
            if (i + 1 >= args.Length)
            {
                throw CommandLine.Misused("sources", ["list"]);
            }
            query += $"&{name}={Uri.EscapeDataString(args[++i])}";
        }
        return query;
    }

    private static string PollResult(JsonElement poll) =>
        !poll.GetProperty("succeeded").GetBoolean() ? "failed" : poll.GetProperty("notModified").GetBoolean() ? "not modified" : "ok";

    private static async Task<int> AddAsync(ApiClient api, string[] args, Output o)
    {
        var urls = new List<string>();
        string? title = null;
        var validate = true;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--no-validate": validate = false; break;
                case "--title" when i + 1 < args.Length: title = args[++i]; break;
                case var option when option.StartsWith("--", StringComparison.Ordinal): throw CommandLine.Misused("sources", ["add", option]);
                default: urls.Add(args[i]); break;
            }
        }
        if (urls.Count == 0)
        {
            throw CommandLine.Misused("sources", ["add"]);
        }
        foreach (var url in urls)
        {
            await o.ShowAsync(await api.PostJsonAsync("/api/sources", new { url, title, validate }), async s =>
            {
                var check = s.TryGetProperty("check", out var c) && c.ValueKind == JsonValueKind.Object
                    ? $": {Output.Field(c, "title")}, {Output.Field(c, "items")} items, newest {Output.Field(c, "newest")}"
                    : "";
                await o.Out.WriteLineAsync($"{Output.Field(s, "id")}  {Output.Field(s, "url")}{check}");
            });
        }
        return ExitCodes.Ok;
    }

    private static async Task<int> PollAsync(ApiClient api, string id, Output o)
    {
        var body = await api.PostJsonAsync($"/api/sources/{Uri.EscapeDataString(id)}/poll", new { });
        using var report = JsonDocument.Parse(body);
        var root = report.RootElement;
        var succeeded = root.GetProperty("succeeded").GetBoolean();
        await o.ShowAsync(body, async r =>
        {
            if (!succeeded)
            {
                return;
            }
            var what = r.GetProperty("notModified").GetBoolean()
                ? "not modified"
                : $"{Output.Field(r, "newArticles")} new articles ({Output.Field(r, "itemsInFeed")} items in the feed, {Output.Field(r, "newItems")} new)"
                    + (r.TryGetProperty("revisedArticles", out var revised) && revised.ValueKind == JsonValueKind.Number && revised.GetInt32() > 0
                        ? $", {revised.GetInt32()} edited and read again" : "");
            await o.Out.WriteLineAsync($"polled {id}: {what}; HTTP {Output.Field(r, "httpStatus")}; next poll {Output.Field(r, "nextPollAt")}");
        });
        if (!succeeded)
        {
            var status = root.TryGetProperty("httpStatus", out var s) && s.ValueKind == JsonValueKind.Number ? $" (HTTP {s.GetInt32()})" : "";
            await o.Error.WriteLineAsync($"monitoring sources: poll of {id} failed{status}: {Output.Field(root, "error")}; next try {Output.Field(root, "nextPollAt")}");
            return ExitCodes.Failed;
        }
        return ExitCodes.Ok;
    }

    private static async Task<int> ImportAsync(ApiClient api, string file, Output o)
    {
        string opml;
        try
        {
            opml = await File.ReadAllTextAsync(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandException($"cannot read {file}: {e.Message}", ExitCodes.Failed);
        }
        var body = await api.PostTextAsync("/api/sources/opml", opml, "text/x-opml");
        using var result = JsonDocument.Parse(body);
        var errors = result.RootElement.GetProperty("errors");
        await o.ShowAsync(body, async r =>
        {
            await o.Out.WriteLineAsync($"added {Output.Field(r, "added")}, already registered {Output.Field(r, "existing")}, refused {errors.GetArrayLength()}");
            foreach (var error in errors.EnumerateArray())
            {
                await o.Out.WriteLineAsync($"  refused: {error.GetString()}");
            }
        });
        return errors.GetArrayLength() == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
