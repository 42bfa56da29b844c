using Monitoring.Cli;

namespace Monitoring.Silo.Tests.Cli;

/// <summary>Every command and subcommand answers --help with its usage, and a wrong command line says what was expected.</summary>
public sealed class CliHelpTests
{
    public static TheoryData<string, string> Everything()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in Help.Commands)
        {
            data.Add(command.Name, "");
            foreach (var verb in command.Verbs.Where(v => v.Name.Length > 0))
            {
                data.Add(command.Name, verb.Name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Everything))]
    public async Task Help_for_every_command_and_subcommand_exits_0_with_its_usage(string command, string verb)
    {
        string[] args = verb.Length == 0 ? [command, "--help"] : [command, verb, "--help"];

        var (code, output, error) = await RunAsync(args);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Empty(error);
        Assert.StartsWith($"usage: monitoring {command} {verb}".TrimEnd(), output);
        var (again, sameOutput, _) = await RunAsync(["help", .. args[..^1]]);
        Assert.Equal(ExitCodes.Ok, again);
        Assert.Equal(output, sameOutput);
    }

    [Fact]
    public async Task Top_level_help_lists_every_command_and_the_exit_codes()
    {
        var (code, output, _) = await RunAsync(["--help"]);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.All(Help.Commands, c => Assert.Contains($"  {c.Name} ", output));
        Assert.Contains("Exit codes", output);
    }

    [Theory]
    [InlineData(new[] { "sources" }, "a subcommand is needed")]
    [InlineData(new[] { "sources", "frobnicate" }, "unknown subcommand 'frobnicate'")]
    [InlineData(new[] { "sources", "show" }, "usage: monitoring sources show ID")]
    [InlineData(new[] { "topics", "add", "id", "name", "--colour", "red" }, "usage: monitoring topics add ID NAME")]
    [InlineData(new[] { "topics", "add", "oil", "Oil", "--all", "Iran", "--keyword", "oil" }, "unknown option '--keyword'")]
    [InlineData(new[] { "sources", "add", "https://feeds.example.org/a", "--no-validat" }, "unknown option '--no-validat'")]
    [InlineData(new[] { "subscriptions", "update", "s1", "t", "--stream", "--kind", "new_actor" }, "unknown option '--kind'")]
    [InlineData(new[] { "subscriptions", "add", "t" }, "--webhook URL or --stream")]
    [InlineData(new[] { "listen" }, "usage: monitoring listen TOPIC")]
    [InlineData(new[] { "nonsense" }, "unknown command 'nonsense'")]
    public async Task A_wrong_command_line_exits_2_saying_what_was_expected(string[] args, string expected)
    {
        var (code, output, error) = await RunAsync(args);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Empty(output);
        Assert.Contains(expected, error);
    }

    internal static async Task<(int Code, string Output, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
