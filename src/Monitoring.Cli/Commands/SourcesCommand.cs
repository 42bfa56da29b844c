namespace Monitoring.Cli.Commands;

internal static class SourcesCommand
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        throw new CommandException("not built yet");
}
