namespace Monitoring.Cli.Commands;

/// <summary><c>monitoring articles [--source ID] [--since ISO8601] [--limit N]</c>.</summary>
internal static class ArticlesCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var query = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i] switch
            {
                "--source" => "source",
                "--since" => "since",
                "--limit" => "limit",
                _ => throw new CommandException($"unknown option '{args[i]}'"),
            };
            if (i + 1 >= args.Length)
            {
                throw new CommandException($"{args[i]} needs a value");
            }
            query.Add($"{name}={Uri.EscapeDataString(args[++i])}");
        }
        using var api = new ApiClient();
        var path = "/api/articles" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        await stdout.WriteLineAsync(ApiClient.Format(await api.GetAsync(path)));
        return 0;
    }
}
