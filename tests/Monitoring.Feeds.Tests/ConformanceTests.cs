using Monitoring.Feeds.Conformance;

namespace Monitoring.Feeds.Tests;

public sealed class ConformanceTests
{
    /// <summary>The gofeed testdata lives beside the repository (in ../shared), never inside it.</summary>
    private static string TestDataFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Monitoring.sln")))
        {
            dir = dir.Parent;
        }
        Assert.True(dir is not null, $"Monitoring.sln not found above {AppContext.BaseDirectory}");
        var folder = Path.GetFullPath(Path.Combine(dir!.FullName, "..", "shared", "feeds", "gofeed", "testdata", "parser"));
        Assert.True(Directory.Exists(folder), $"gofeed testdata missing: expected {folder} (../shared/feeds/gofeed/testdata/parser beside the repository)");
        return folder;
    }

    [Fact]
    public void Parser_scores_at_least_98_percent_on_gofeed_testdata()
    {
        var report = GofeedConformance.Run(TestDataFolder());
        Assert.True(report.Files > 400, $"only {report.Files} files scored");
        Assert.Equal(["atom", "json", "rss", "universal"], report.Categories.Select(c => c.Name));
        var misses = string.Join("\n", report.Misses.Take(20).Select(m => $"{m.Category}/{m.File} {m.Check}: {m.Cause}"));
        Assert.True(report.Score >= 0.98, $"score {report.Score:0.0000}\n{misses}");
    }
}
