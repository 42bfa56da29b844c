using System.Text.Json;

namespace Monitoring.Cli.Commands;

/// <summary><c>monitoring keys list|add NAME ROLE|remove ID</c> (operator only).</summary>
internal static class KeysCommand
{
    public static async Task<int> RunAsync(string[] args, Output o)
    {
        using var api = new ApiClient();
        switch (args)
        {
            case ["list"]:
                await o.ShowAsync(await api.GetAsync("/api/keys"), root => o.TableAsync(root.EnumerateArray(),
                    ("ID", k => Output.Field(k, "id")),
                    ("NAME", k => Output.Field(k, "name")),
                    ("ROLE", k => Output.Field(k, "role")),
                    ("CREATED", k => Output.Field(k, "createdAt"))));
                return ExitCodes.Ok;
            case ["add", var name, var role]:
                await o.ShowAsync(await api.PostJsonAsync("/api/keys", new { name, role }), async k =>
                {
                    await o.Out.WriteLineAsync($"{Output.Field(k, "role")} key {Output.Field(k, "id")} ({Output.Field(k, "name")}), shown only now:");
                    await o.Out.WriteLineAsync(Output.Field(k, "key"));
                });
                return ExitCodes.Ok;
            case ["remove", var id]:
                await api.DeleteAsync($"/api/keys/{Uri.EscapeDataString(id)}");
                await o.Out.WriteLineAsync(o.Json ? $"{{\"removed\":\"{JsonEncodedText.Encode(id)}\"}}" : $"removed {id}");
                return ExitCodes.Ok;
            default:
                throw CommandLine.Misused("keys", args);
        }
    }
}
