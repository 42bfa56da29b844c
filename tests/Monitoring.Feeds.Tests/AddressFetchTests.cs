using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;

namespace Monitoring.Feeds.Tests;

/// <summary>The address rule where it matters: at connect time, through the real handler and fetcher.</summary>
public sealed class AddressFetchTests
{
    private const string Rss = """<rss version="2.0"><channel><title>Own</title></channel></rss>""";

    private static FeedFetcher Fetcher(bool allowPrivate) =>
        FeedFetcher.Create(new FetchOptions { AllowPrivateNetworks = allowPrivate, MinHostGap = TimeSpan.Zero });

    [Fact]
    public async Task This_machines_host_name_is_refused_at_connect_time_unless_allowed()
    {
        // The reported bug: a link to our own host name reached our own server through an interface address.
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed", () => Rss), everyInterface: true);
        var url = new Uri($"http://{Dns.GetHostName()}:{server.BaseUrl.Port}/feed");

        var refused = await Fetcher(allowPrivate: false).FetchAsync(new FetchRequest { Url = url }, default);
        Assert.Equal(FetchErrorKind.AddressRefused, refused.ErrorKind);
        Assert.EndsWith("; set Fetch:AllowPrivateNetworks=true (environment Fetch__AllowPrivateNetworks=true) to allow it", refused.Error);
        Assert.Empty(server.Requests);

        var page = await Fetcher(allowPrivate: false).FetchPageAsync(url, default);
        Assert.Equal(FetchErrorKind.AddressRefused, page.ErrorKind);
        Assert.Empty(server.Requests);

        var fetched = await Fetcher(allowPrivate: true).FetchAsync(new FetchRequest { Url = url }, default);
        Assert.Equal(FetchOutcome.Ok, fetched.Outcome);
        Assert.Equal(Rss, Encoding.UTF8.GetString(fetched.Body!));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task The_connect_callback_refuses_each_interface_address_itself()
    {
        // The fetcher refuses literals before connecting; the handler alone must refuse them too,
        // since a name resolves to them only inside the callback.
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/", () => Rss), everyInterface: true);
        var addresses = NetworkInterface.GetAllNetworkInterfaces()
            .Where(i => i.OperationalStatus == OperationalStatus.Up)
            .SelectMany(i => i.GetIPProperties().UnicastAddresses)
            .Select(u => u.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork || !a.IsIPv6LinkLocal)
            .ToList();
        Assert.NotEmpty(addresses);
        using var strict = FeedHttpHandler.CreateClient(new FetchOptions { AllowPrivateNetworks = false });
        using var open = FeedHttpHandler.CreateClient(new FetchOptions { AllowPrivateNetworks = true });
        foreach (var address in addresses)
        {
            var url = new UriBuilder("http", address.ToString(), server.BaseUrl.Port, "/").Uri;
            var e = await Assert.ThrowsAsync<HttpRequestException>(() => strict.GetStringAsync(url));
            Assert.IsType<AddressRefusedException>(e.InnerException);
            Assert.Contains($"address {address} is ", e.InnerException.Message);

            Assert.Equal(Rss, await open.GetStringAsync(url));
        }
        Assert.Equal(addresses.Count, server.Requests.Count);
    }
}
