namespace Monitoring.Cli.Commands;

/// <summary><c>monitoring listen TOPIC [--after SEQ]</c>: prints the topic's alerts as they come, one JSON line each, until interrupted.</summary>
internal static class ListenCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        long? after = null;
        if (args.Length == 3 && args[1] == "--after" && long.TryParse(args[2], System.Globalization.CultureInfo.InvariantCulture, out var seq))
        {
            after = seq;
        }
        else if (args.Length != 1)
        {
            throw new CommandException("usage: monitoring listen TOPIC [--after SEQ]");
        }
        using var api = new ApiClient();
        try
        {
            await api.FollowAsync($"/api/stream?topic={Uri.EscapeDataString(args[0])}", after, async (_, data) =>
            {
                await stdout.WriteLineAsync(data);
                await stdout.FlushAsync(ct);
            }, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Interrupted by the user.
        }
        return 0;
    }
}
