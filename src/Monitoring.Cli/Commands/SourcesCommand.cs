namespace Monitoring.Cli.Commands;

/// <summary><c>monitoring sources list|add|show|remove|poll|import|export</c>.</summary>
internal static class SourcesCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            throw new CommandException("expected list, add, show, remove, poll, import or export");
        }
        using var api = new ApiClient();
        switch (args[0])
        {
            case "list":
                await stdout.WriteLineAsync(ApiClient.Format(await api.GetAsync("/api/sources?limit=1000")));
                return 0;
            case "add" when args.Length > 1:
                foreach (var url in args[1..])
                {
                    await stdout.WriteLineAsync(ApiClient.Format(await api.PostJsonAsync("/api/sources", new { url })));
                }
                return 0;
            case "show" when args.Length == 2:
                await stdout.WriteLineAsync(ApiClient.Format(await api.GetAsync($"/api/sources/{Uri.EscapeDataString(args[1])}")));
                return 0;
            case "remove" when args.Length == 2:
                await api.DeleteAsync($"/api/sources/{Uri.EscapeDataString(args[1])}");
                await stdout.WriteLineAsync($"removed {args[1]}");
                return 0;
            case "poll" when args.Length == 2:
                await stdout.WriteLineAsync(ApiClient.Format(await api.PostJsonAsync($"/api/sources/{Uri.EscapeDataString(args[1])}/poll", new { })));
                return 0;
            case "import" when args.Length == 2:
                string opml;
                try
                {
                    opml = await File.ReadAllTextAsync(args[1]);
                }
                catch (IOException e)
                {
                    throw new CommandException($"cannot read {args[1]}: {e.Message}");
                }
                await stdout.WriteLineAsync(ApiClient.Format(await api.PostTextAsync("/api/sources/opml", opml, "text/x-opml")));
                return 0;
            case "export":
                await stdout.WriteAsync(await api.GetAsync("/api/sources.opml"));
                return 0;
            default:
                throw new CommandException($"unknown or incomplete sources command: {string.Join(' ', args)}");
        }
    }
}
