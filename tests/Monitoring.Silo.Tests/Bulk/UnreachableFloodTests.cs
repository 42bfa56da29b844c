using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Bulk;

/// <summary>
/// Hundreds of sources whose host does not resolve or never answers are polled at once, and the API
/// still answers promptly: name lookups, connects and reads wait asynchronously, each within its own limit.
/// </summary>
public sealed class UnreachableFloodTests : IAsyncLifetime
{
    private TcpListener _silent = null!;
    private readonly List<Socket> _held = [];
    private readonly CancellationTokenSource _stop = new();
    private RunningSilo _silo = null!;

    public async Task InitializeAsync()
    {
        // Accepts every connection and never writes a byte.
        _silent = new TcpListener(IPAddress.Loopback, 0);
        _silent.Start(1024);
        _ = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    var socket = await _silent.AcceptSocketAsync(_stop.Token);
                    lock (_held)
                    {
                        _held.Add(socket);
                    }
                }
                catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
                {
                    return;
                }
            }
        });
        _silo = await RunningSilo.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Scheduler:Enabled"] = "false",
            ["Fetch:Timeout"] = "00:00:04",
            ["Fetch:ConnectTimeout"] = "00:00:03",
            ["Fetch:MaxConcurrentPerHost"] = "100",
        });
    }

    public async Task DisposeAsync()
    {
        await _silo.DisposeAsync();
        await _stop.CancelAsync();
        _silent.Stop();
        lock (_held)
        {
            _held.ForEach(s => s.Dispose());
        }
        _stop.Dispose();
    }

    [Fact]
    public async Task Two_hundred_dead_sources_polled_at_once_leave_the_api_answering()
    {
        var port = ((IPEndPoint)_silent.LocalEndpoint).Port;
        var urls = Enumerable.Range(0, 100).Select(i => $"http://feeds{i % 10}.does-not-resolve.invalid/{i}.xml")
            .Concat(Enumerable.Range(0, 100).Select(i => $"http://127.0.0.1:{port}/{i}.xml"))
            .Select(url => new { url })
            .ToArray();
        var registered = await _silo.PostJsonAsync("/api/sources?validate=false", urls);
        Assert.Equal(200, registered.GetProperty("created").GetInt32());

        using var started = await _silo.Client.PostAsync("/api/sources/poll", null);
        var location = started.Headers.Location!.ToString();

        // While the polls wait on the network, reads answer: a generous bound, far below the fetch limits they would queue behind.
        var slowest = TimeSpan.Zero;
        JsonElement progress = default;
        for (var i = 0; i < 20; i++)
        {
            var clock = Stopwatch.StartNew();
            var list = await _silo.GetJsonAsync("/api/sources?limit=50");
            await _silo.ArticlesAsync();
            progress = await _silo.GetJsonAsync(location);
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            Assert.Equal(200, list.GetProperty("total").GetInt32());
        }
        Assert.True(slowest < TimeSpan.FromSeconds(3), $"an API read took {slowest.TotalMilliseconds:0} ms while 200 dead sources were polled");

        await RunningSilo.EventuallyAsync(async () =>
        {
            progress = await _silo.GetJsonAsync(location);
            return progress.GetProperty("status").GetString() == "done";
        }, TimeSpan.FromSeconds(60), "the poll of 200 dead sources to finish");
        Assert.Equal(200, progress.GetProperty("failed").GetInt32());
        var errors = (await _silo.GetJsonAsync("/api/sources?limit=200")).GetProperty("items").EnumerateArray()
            .Select(s => s.GetProperty("health").GetProperty("lastError").GetString() ?? "").ToList();
        Assert.Contains(errors, e => e.Contains("does-not-resolve.invalid", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("timed out", StringComparison.Ordinal));
    }
}
