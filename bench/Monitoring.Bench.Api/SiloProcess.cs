using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Monitoring.Bench.Api;

/// <summary>The silo as a user runs it: its own process, reached only through its HTTP API on loopback.</summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    public const string Key = "bench-operator-key-0123456789";

    private readonly Process _process;

    private SiloProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public int Pid => _process.Id;

    public static async Task<SiloProcess> StartAsync(string siloDll, string dataPath, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(siloDll);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Storage__Path"] = dataPath;
        start.Environment["Auth__BootstrapOperatorKey"] = Key;
        start.Environment["Cluster__SiloPort"] = FreePort().ToString(CultureInfo.InvariantCulture);
        start.Environment["Cluster__GatewayPort"] = FreePort().ToString(CultureInfo.InvariantCulture);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = Process.Start(start)!;
        // Drained so a chatty silo never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine($"silo: {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var silo = new SiloProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        // A large catalog is checked (quick_check) before the silo answers: minutes for a million sources under load.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(300);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the silo exited with code {process.ExitCode}");
            }
            try
            {
                if ((await http.GetAsync(new Uri(silo.BaseUrl, "/readyz"))).StatusCode == HttpStatusCode.OK)
                {
                    return silo;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        await silo.DisposeAsync();
        throw new TimeoutException("the silo was not ready within 300 s");
    }

    /// <summary>The silo's resident memory, from /proc.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>Processor time the silo has used (user and system), from /proc.</summary>
    public TimeSpan ProcessorTime()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        // Fields after the command name (which may hold spaces, hence the last parenthesis): utime and stime are the 12th and 13th.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
