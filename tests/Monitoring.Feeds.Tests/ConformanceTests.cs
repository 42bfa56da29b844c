using Monitoring.Feeds.Conformance;
using Monitoring.Tests.Shared;

namespace Monitoring.Feeds.Tests;

public sealed class ConformanceTests
{
    [SharedDataFact("feeds/gofeed/testdata/parser")]
    [Trait("needs", "shared")]
    public void Parser_scores_at_least_98_percent_on_gofeed_testdata()
    {
        var report = GofeedConformance.Run(SharedData.Folder(Path.Combine("feeds", "gofeed", "testdata", "parser")));
        Assert.True(report.Files > 400, $"only {report.Files} files scored");
        Assert.Equal(["atom", "json", "rss", "universal"], report.Categories.Select(c => c.Name));
        var misses = string.Join("\n", report.Misses.Take(20).Select(m => $"{m.Category}/{m.File} {m.Check}: {m.Cause}"));
        Assert.True(report.Score >= 0.98, $"score {report.Score:0.0000}\n{misses}");
    }
}
