using System.Text.Json;

namespace Monitoring.Cli.Commands;

/// <summary><c>monitoring listen TOPIC [--after SEQ]</c>: prints the topic's alerts as they come until interrupted.</summary>
internal static class ListenCommand
{
    public static async Task<int> RunAsync(string[] args, Output o, CancellationToken ct)
    {
        long? after = null;
        if (args is [_, "--after", var value] && long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seq))
        {
            after = seq;
        }
        else if (args.Length != 1)
        {
            throw CommandLine.Misused("listen", [""]);
        }
        using var api = new ApiClient();
        try
        {
            await api.FollowAsync($"/api/stream?topic={Uri.EscapeDataString(args[0])}", after, async (_, data) =>
            {
                using var alert = JsonDocument.Parse(data);
                // --json: one line per alert (JSON Lines), so a script can read each as it comes.
                await o.Out.WriteLineAsync(o.Json ? Output.Encode(alert.RootElement, indented: false) : AlertText.Line(alert.RootElement));
                await o.Out.FlushAsync(ct);
            }, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Interrupted by the user.
        }
        return ExitCodes.Ok;
    }
}
