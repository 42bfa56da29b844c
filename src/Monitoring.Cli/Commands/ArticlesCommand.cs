namespace Monitoring.Cli.Commands;

/// <summary><c>monitoring articles [--source ID] [--since ISO8601] [--limit N]</c>.</summary>
internal static class ArticlesCommand
{
    public static async Task<int> RunAsync(string[] args, Output o)
    {
        var query = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i] switch
            {
                "--source" => "source",
                "--since" => "since",
                "--limit" => "limit",
                _ => throw CommandLine.Misused("articles", [""]),
            };
            if (i + 1 >= args.Length)
            {
                throw CommandLine.Misused("articles", [""]);
            }
            query.Add($"{name}={Uri.EscapeDataString(args[++i])}");
        }
        using var api = new ApiClient();
        var path = "/api/articles" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        await o.ShowAsync(await api.GetAsync(path), root => o.TableAsync(root.EnumerateArray(),
            ("PUBLISHED", a => Output.Field(a, "publishedAt")),
            ("TITLE", a => Output.Field(a, "title")),
            ("URL", a => Output.Field(a, "url"))));
        return ExitCodes.Ok;
    }
}
