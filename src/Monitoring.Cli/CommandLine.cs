using Monitoring.Cli.Commands;

namespace Monitoring.Cli;

/// <summary>Dispatches <c>monitoring COMMAND [SUBCOMMAND] ...</c>; answers <c>--help</c> at every level and <c>--json</c> everywhere.</summary>
public static class CommandLine
{
    public static string Usage => Help.TopLevel();

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct = default)
    {
        var json = args.Contains("--json");
        var help = args.Any(a => a is "-h" or "--help");
        var words = args.Where(a => a is not ("--json" or "-h" or "--help")).ToArray();
        if (words is ["help", ..])
        {
            (help, words) = (true, words[1..]);
        }
        if (words.Length == 0)
        {
            await (help ? stdout : stderr).WriteLineAsync(Help.TopLevel());
            return help ? ExitCodes.Ok : ExitCodes.Usage;
        }
        if (Help.Find(words[0]) is not { } command)
        {
            await stderr.WriteLineAsync($"monitoring: unknown command '{words[0]}'\n\n{Help.TopLevel()}");
            return ExitCodes.Usage;
        }
        if (help)
        {
            await stdout.WriteLineAsync(words.Length > 1 && command.Find(words[1]) is { } verb ? command.Usage(verb) : command.Usage());
            return ExitCodes.Ok;
        }

        var output = new Output(stdout, stderr, json);
        var rest = words[1..];
        try
        {
            return command.Name switch
            {
                "parse" => await ParseCommand.RunAsync(rest, stdout, stderr),
                "conformance" => await ConformanceCommand.RunAsync(rest, stdout, stderr),
                "eval" => await EvalCommand.RunAsync(rest, stdout, stderr),
                "read" => await ReadCommand.RunAsync(rest, stdout, stderr),
                "sources" => await SourcesCommand.RunAsync(rest, output),
                "articles" => await ArticlesCommand.RunAsync(rest, output),
                "topics" => await TopicsCommand.RunAsync(rest, output),
                "subscriptions" => await SubscriptionsCommand.RunAsync(rest, output),
                "keys" => await KeysCommand.RunAsync(rest, output),
                "stats" => await StatsCommand.RunAsync(rest, output),
                "listen" => await ListenCommand.RunAsync(rest, output, ct),
                _ => throw new InvalidOperationException($"no handler for {command.Name}"),
            };
        }
        catch (CommandException e)
        {
            await stderr.WriteLineAsync($"monitoring {command.Name}: {e.Message}");
            return e.ExitCode;
        }
    }

    /// <summary>The error for a subcommand given the wrong arguments, or an unknown subcommand: says what was expected.</summary>
    internal static CommandException Misused(string command, string[] args)
    {
        var help = Help.Find(command)!;
        if (args.Length > 0 && help.Find(args[0]) is { } verb)
        {
            // An option the usage does not name is the likeliest mistake ("--keyword" for "--keywords"): say which.
            // A usage that refers to another's options ("[filters as for add]") takes the options of every subcommand.
            var usages = verb.Arguments.Contains("as for", StringComparison.Ordinal) ? help.Verbs.Select(v => v.Arguments) : [verb.Arguments];
            var named = usages.SelectMany(u => System.Text.RegularExpressions.Regex.Matches(u, "--[a-z-]+")).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
            var unknown = args.Skip(1).FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal) && !named.Contains(a));
            return new CommandException($"{(unknown is null ? "wrong arguments" : $"unknown option '{unknown}'")}\n\n{help.Usage(verb)}");
        }
        var what = args.Length == 0 ? "a subcommand is needed" : $"unknown subcommand '{args[0]}'";
        return new CommandException($"{what}\n\n{help.Usage()}");
    }
}
