namespace Monitoring.Tests.Shared;

/// <summary>
/// Data kept beside the repository in <c>../shared</c> (never inside it): the gofeed testdata and the
/// evaluation corpus. <c>MONITORING_SHARED</c> points elsewhere, which is how CI hides it to prove a clean clone passes.
/// </summary>
public static class SharedData
{
    public const string Variable = "MONITORING_SHARED";

    /// <summary>CI has the data, so there a missing folder is a failure rather than a skip.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The shared folder: <c>MONITORING_SHARED</c>, else <c>../shared</c> beside the repository root.</summary>
    public static string Root()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Monitoring.sln")))
        {
            dir = dir.Parent;
        }
        // Outside a checkout there is nothing beside the repository; the folder then simply does not exist.
        return Path.GetFullPath(Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "..", "shared"));
    }

    /// <summary>The folder <paramref name="relative"/> under the shared root; fails the test naming where it looked.</summary>
    public static string Folder(string relative)
    {
        var folder = Path.Combine(Root(), relative);
        Assert.True(Directory.Exists(folder), $"{relative} is missing: expected {folder} (../shared/{relative} beside the repository, or {Variable})");
        return folder;
    }
}

/// <summary>
/// A fact that reads <c>../shared</c>: skipped, saying why, when the folder is absent; run (and so failed)
/// when it is absent and <c>CI=true</c>. Pair it with <c>[Trait("needs", "shared")]</c> so CI can run just these.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relative)
    {
        Relative = relative;
        if (!SharedData.InCi && !Directory.Exists(Path.Combine(SharedData.Root(), relative)))
        {
            Skip = $"needs ../shared/{relative} beside the repository, which is absent here (set {SharedData.Variable} to point elsewhere; with CI=true this fails)";
        }
    }

    public string Relative { get; }
}
