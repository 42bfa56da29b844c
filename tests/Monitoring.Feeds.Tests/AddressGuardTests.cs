using System.Net;
using System.Runtime;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;

namespace Monitoring.Feeds.Tests;

/// <summary>
/// The connect callback and the rules behind it, driven with names whose answers the test gives: a
/// name resolving to loopback, an own address outside every special range, a connect that fails.
/// </summary>
public sealed class AddressGuardTests
{
    private const string Rss = """<rss version="2.0"><channel><title>Guarded</title></channel></rss>""";

    /// <summary>A resolver answering only the names given, as a DNS server under someone else's control would.</summary>
    internal static HostResolver Answering(Dictionary<string, string[]> answers) =>
        new(TimeSpan.FromSeconds(5), 4, TimeSpan.Zero, lookup: (host, _) =>
            answers.TryGetValue(host, out var addresses)
                ? Task.FromResult(addresses.Select(IPAddress.Parse).ToArray())
                : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound)));

    /// <summary>An HTTP client whose connections go through <paramref name="guard"/>; each stream it opens is added to <paramref name="streams"/>.</summary>
    internal static HttpClient Client(AddressGuard guard, List<Stream>? streams = null) => new(new SocketsHttpHandler
    {
        UseProxy = false,
        ConnectCallback = async (context, ct) =>
        {
            var stream = await guard.ConnectAsync(context, ct);
            if (streams is not null)
            {
                lock (streams)
                {
                    streams.Add(stream);
                }
            }
            return stream;
        },
    });

    [Fact]
    public async Task A_null_argument_is_refused_by_name()
    {
        var mapped = SpecialRanges.All.First(r => r.EmbeddedV4At >= 0);
        var guard = new AddressGuard(allowPrivate: false, "Test:Allow");

        Assert.Equal("address", Assert.Throws<ArgumentNullException>(() => AddressPolicy.Classify(null!)).ParamName);
        Assert.Equal("isOwn", Assert.Throws<ArgumentNullException>(() => AddressPolicy.Classify(IPAddress.Loopback, null!)).ParamName);
        Assert.Equal("address", Assert.Throws<ArgumentNullException>(() => SpecialRanges.Find(null!)).ParamName);
        Assert.Equal("range", Assert.Throws<ArgumentNullException>(() => SpecialRanges.EmbeddedV4(null!, IPAddress.IPv6Loopback)).ParamName);
        Assert.Equal("address", Assert.Throws<ArgumentNullException>(() => SpecialRanges.EmbeddedV4(mapped, null!)).ParamName);
        Assert.Equal("context", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await guard.ConnectAsync(null!, default))).ParamName);
    }

    [Fact]
    public void An_own_address_outside_every_special_range_is_refused()
    {
        // On a machine with a public address the interface list is all that stands between a link to it
        // and our own services; this machine has none, so the test says which address is ours.
        var ours = IPAddress.Parse("93.184.216.34");
        Func<IPAddress, bool> isOwn = a => a.Equals(ours);

        Assert.Null(SpecialRanges.Find(ours));
        Assert.Equal(AddressPolicy.OwnAddress, AddressPolicy.Classify(ours, isOwn));
        Assert.Equal(AddressPolicy.OwnAddress, AddressPolicy.Classify(ours.MapToIPv6(), isOwn));
        Assert.Equal($"{AddressPolicy.OwnAddress} (93.184.216.34 inside IPv4-translated)", AddressPolicy.Classify(IPAddress.Parse("::ffff:0:93.184.216.34"), isOwn));
        Assert.Null(AddressPolicy.Classify(IPAddress.Parse("93.184.216.35"), isOwn));
        Assert.Null(AddressPolicy.Classify(ours, _ => false));
    }

    [Fact]
    public async Task A_name_is_resolved_by_the_resolver_given_and_only_its_permitted_addresses_are_kept()
    {
        var resolver = Answering(new()
        {
            ["rebound.example"] = ["127.0.0.1"],
            ["mixed.example"] = ["10.1.2.3", "93.184.216.34", "::1"],
        });
        var strict = new AddressGuard(allowPrivate: false, "Test:Allow", resolver);
        var open = new AddressGuard(allowPrivate: true, "Test:Allow", resolver);

        var refused = await Assert.ThrowsAsync<AddressRefusedException>(() => strict.ResolveAsync("rebound.example", default));
        Assert.Equal("address 127.0.0.1 is loopback; set Test:Allow=true (environment Test__Allow=true) to allow it", refused.Message);
        Assert.Equal([IPAddress.Parse("93.184.216.34")], await strict.ResolveAsync("mixed.example", default));
        Assert.Equal([IPAddress.Loopback], await open.ResolveAsync("rebound.example", default));
        Assert.Equal(3, (await open.ResolveAsync("mixed.example", default)).Length);
        // A literal is taken as it is, never looked up.
        Assert.Equal([IPAddress.Parse("10.9.8.7")], await open.ResolveAsync("10.9.8.7", default));
        await Assert.ThrowsAsync<HostLookupException>(() => open.ResolveAsync("unknown.example", default));
    }

    [Fact]
    public async Task A_name_resolving_to_loopback_is_refused_at_connect_time_and_dialled_when_allowed()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed", () => Rss));
        var resolver = Answering(new() { ["feeds.example"] = ["127.0.0.1"] });
        var url = new Uri($"http://feeds.example:{server.BaseUrl.Port}/feed");

        using (var strict = Client(new AddressGuard(allowPrivate: false, "Test:Allow", resolver)))
        {
            var e = await Assert.ThrowsAsync<HttpRequestException>(() => strict.GetStringAsync(url));
            Assert.IsType<AddressRefusedException>(e.InnerException);
            Assert.Empty(server.Requests);
        }
        var streams = new List<Stream>();
        Socket socket;
        using (var open = Client(new AddressGuard(allowPrivate: true, "Test:Allow", resolver), streams))
        {
            Assert.Equal(Rss, await open.GetStringAsync(url));
            // What the handler got: a socket without Nagle's delay (a webhook or a conditional GET is one
            // small write, which Nagle would hold back for an acknowledgement).
            socket = Assert.IsType<NetworkStream>(Assert.Single(streams)).Socket;
            Assert.True(socket.NoDelay);
        }
        Assert.Single(server.Requests);
        // The handler closes its connections with their streams: the socket goes with them.
        Assert.Throws<ObjectDisposedException>(() => socket.Available);
    }

    [Fact]
    public async Task A_refused_connect_fails_with_the_socket_error()
    {
        var port = ClosedPort();
        using var client = Client(new AddressGuard(allowPrivate: true, "Test:Allow"));

        var e = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync(new Uri($"http://127.0.0.1:{port}/")));
        Assert.Equal(SocketError.ConnectionRefused, Assert.IsType<SocketException>(e.InnerException).SocketErrorCode);
    }

    /// <summary>A loopback port nothing listens on: one the system just gave out and was closed again.</summary>
    internal static int ClosedPort()
    {
        using var listener = new Socket(SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }
}

/// <summary>Alone in its collection: it counts this process's open files, which other tests running at once would change.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OpenFileCounting
{
    public const string Name = "open file counting";
}

[Collection(OpenFileCounting.Name)]
public sealed class AddressGuardSocketTests
{
    [Fact]
    public async Task A_failed_connect_leaves_no_socket_open()
    {
        const int Attempts = 50;
        var port = AddressGuardTests.ClosedPort();
        var guard = new AddressGuard(allowPrivate: true, "Test:Allow");
        using var client = AddressGuardTests.Client(guard);
        var url = new Uri($"http://127.0.0.1:{port}/");
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync(url)); // the first one sets the handler up

        // No collection while counting: a socket left undisposed would otherwise be closed by its finalizer
        // and not show.
        Assert.True(GC.TryStartNoGCRegion(32 * 1024 * 1024), "no room for a region without collections");
        int leaked;
        try
        {
            var before = OpenFiles();
            for (var i = 0; i < Attempts; i++)
            {
                await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync(url));
            }
            leaked = OpenFiles() - before;
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode); // no collection happened after all
        }
        finally
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }

        // A few descriptors of the runtime's own may come and go; a leak is one per attempt.
        Assert.True(leaked < Attempts / 5, $"{leaked} more files open after {Attempts} failed connects");
    }

    private static int OpenFiles() => Directory.GetFiles("/proc/self/fd").Length;
}
