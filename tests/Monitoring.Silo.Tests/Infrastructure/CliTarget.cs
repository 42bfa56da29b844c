using Monitoring.Cli;

namespace Monitoring.Silo.Tests.Infrastructure;

/// <summary>
/// Points the CLI, run in this process, at a silo until disposed. The two variables are process-wide; the test
/// assembly runs one class at a time, so they do not race.
/// </summary>
public sealed class CliTarget : IDisposable
{
    private CliTarget()
    {
    }

    public static CliTarget At(RunningSilo silo, string key = RunningSilo.OperatorKey)
    {
        Environment.SetEnvironmentVariable(ApiClient.UrlVariable, silo.BaseAddress.ToString());
        var target = new CliTarget();
        target.UseKey(key);
        return target;
    }

    public void UseKey(string? key) => Environment.SetEnvironmentVariable(ApiClient.KeyVariable, key);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(ApiClient.UrlVariable, null);
        Environment.SetEnvironmentVariable(ApiClient.KeyVariable, null);
    }
}
