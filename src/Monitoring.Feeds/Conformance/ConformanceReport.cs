namespace Monitoring.Feeds.Conformance;

/// <summary>One check that did not pass, with what was expected and what the parser gave.</summary>
public sealed record ConformanceMiss(string Category, string File, string Check, string? Expected, string? Actual, string Cause);

/// <summary>Totals for one folder of the testdata.</summary>
public sealed record ConformanceCategory(string Name, int Files, int Checks, int Passed)
{
    public double Score => Checks == 0 ? 1 : (double)Passed / Checks;
}

/// <summary>The result of scoring the parser against a gofeed-style testdata folder.</summary>
public sealed record ConformanceReport(IReadOnlyList<ConformanceCategory> Categories, IReadOnlyList<ConformanceMiss> Misses)
{
    public int Files => Categories.Sum(c => c.Files);

    public int Checks => Categories.Sum(c => c.Checks);

    public int Passed => Categories.Sum(c => c.Passed);

    public double Score => Checks == 0 ? 1 : (double)Passed / Checks;
}
