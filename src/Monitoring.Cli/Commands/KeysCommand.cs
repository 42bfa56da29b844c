namespace Monitoring.Cli.Commands;

/// <summary><c>monitoring keys list|add NAME ROLE|remove ID</c> (operator only).</summary>
internal static class KeysCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        using var api = new ApiClient();
        var output = args switch
        {
            ["list"] => await api.GetAsync("/api/keys"),
            ["add", var name, var role] => await api.PostJsonAsync("/api/keys", new { name, role }),
            ["remove", var id] => await api.DeleteAsync($"/api/keys/{Uri.EscapeDataString(id)}") is var _ ? $"removed {id}" : "",
            _ => throw new CommandException("expected list, add NAME operator|subscriber, or remove ID"),
        };
        await stdout.WriteLineAsync(ApiClient.Format(output));
        return 0;
    }
}
