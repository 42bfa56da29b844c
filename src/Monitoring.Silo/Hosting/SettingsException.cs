namespace Monitoring.Silo.Hosting;

/// <summary>Settings that cannot work; the message names every option at fault.</summary>
public sealed class SettingsException(IReadOnlyList<string> problems)
    : Exception("Invalid settings:\n  - " + string.Join("\n  - ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
