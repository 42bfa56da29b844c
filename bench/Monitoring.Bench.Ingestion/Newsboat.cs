using System.Diagnostics;

namespace Monitoring.Bench.Ingestion;

/// <summary>Runs <c>newsboat -x reload</c> over the same feeds, as the reference point.</summary>
internal static class Newsboat
{
    public static bool Available() => FindOnPath("newsboat") is not null;

    /// <summary>Times one reload of every URL; the cache in <paramref name="folder"/> persists between calls.</summary>
    public static async Task<TimeSpan> ReloadAsync(string folder, IEnumerable<Uri> urls, int threads)
    {
        Directory.CreateDirectory(folder);
        var urlsFile = Path.Combine(folder, "urls");
        if (!File.Exists(urlsFile))
        {
            await File.WriteAllLinesAsync(urlsFile, urls.Select(u => u.ToString()));
            await File.WriteAllTextAsync(Path.Combine(folder, "config"), $"reload-threads {threads}\nsuppress-first-reload yes\n");
        }
        var start = new ProcessStartInfo(FindOnPath("newsboat")!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["HOME"] = folder },
        };
        foreach (var arg in new[] { "-x", "reload", "-u", urlsFile, "-c", Path.Combine(folder, "cache.db"), "-C", Path.Combine(folder, "config") })
        {
            start.ArgumentList.Add(arg);
        }
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"newsboat exited {process.ExitCode}: {await stderr}{await stdout}");
        }
        return clock.Elapsed;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
