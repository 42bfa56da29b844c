namespace Monitoring.Cli;

/// <summary>What <c>monitoring</c> exits with, so scripts can tell a refusal from a typo from a silo that is down.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The silo refused the request, or the operation ran and failed (a poll, a replay, a parse).</summary>
    public const int Failed = 1;

    /// <summary>The command line was wrong; the usage of the command is printed.</summary>
    public const int Usage = 2;

    /// <summary>No silo answered at <c>MONITORING_URL</c>.</summary>
    public const int Unreachable = 3;
}

/// <summary>An error the user can fix, printed without a stack trace; <see cref="ExitCode"/> says which kind.</summary>
public sealed class CommandException(string message, int exitCode = ExitCodes.Usage) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
