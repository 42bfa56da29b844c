using System.Text.Json;

namespace Monitoring.Cli.Commands;

/// <summary><c>monitoring sources poll --all [--state S] [--host H]</c>: starts a poll-all and follows it to the end.</summary>
internal static class PollAllCommand
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    public static async Task<int> RunAsync(ApiClient api, string[] args, Output o)
    {
        var all = false;
        string? state = null, host = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--all": all = true; break;
                case "--state" when i + 1 < args.Length: state = args[++i]; break;
                case "--host" when i + 1 < args.Length: host = args[++i]; break;
                default: throw CommandLine.Misused("sources", ["poll"]);
            }
        }
        if (!all)
        {
            throw CommandLine.Misused("sources", ["poll"]);
        }
        var started = await api.PostJsonAsync("/api/sources/poll", new { state, host });
        var id = JsonDocument.Parse(started).RootElement.GetProperty("id").GetString()!;
        var body = started;
        var shown = -1;
        while (true)
        {
            using var progress = JsonDocument.Parse(body);
            var root = progress.RootElement;
            var polled = root.GetProperty("polled").GetInt32();
            if (!o.Json && polled != shown)
            {
                await o.Error.WriteLineAsync($"polled {polled}/{Output.Field(root, "total")}, failed {Output.Field(root, "failed")}");
                shown = polled;
            }
            if (root.GetProperty("status").GetString() != "running")
            {
                await o.ShowAsync(body, async r =>
                {
                    await o.Out.WriteLineAsync($"poll {id} {Output.Field(r, "status")}: polled {Output.Field(r, "polled")} of {Output.Field(r, "total")}, failed {Output.Field(r, "failed")}");
                    foreach (var failure in r.GetProperty("failures").EnumerateArray())
                    {
                        await o.Out.WriteLineAsync($"  failed: {Output.Field(failure, "sourceId")}: {Output.Field(failure, "error")}");
                    }
                });
                return root.GetProperty("failed").GetInt32() == 0 && root.GetProperty("status").GetString() == "done" ? ExitCodes.Ok : ExitCodes.Failed;
            }
            await Task.Delay(Interval);
            body = await api.GetAsync($"/api/sources/poll/{Uri.EscapeDataString(id)}");
        }
    }
}
