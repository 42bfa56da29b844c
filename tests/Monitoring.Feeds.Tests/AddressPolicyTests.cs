using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Monitoring.Feeds.Tests;

public sealed class AddressPolicyTests
{
    [Theory]
    // IPv4 special-purpose registry, at least one address per range and the edges of some.
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("0.1.2.3", "a 'this network' address")]
    [InlineData("10.0.0.1", "private")]
    [InlineData("10.255.255.255", "private")]
    [InlineData("100.64.0.1", "shared address space (carrier-grade NAT)")]
    [InlineData("100.127.255.255", "shared address space (carrier-grade NAT)")]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.255.254", "loopback")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.0.0.1", "DS-Lite")]
    [InlineData("192.0.0.9", "reserved for IETF protocol assignments")]
    [InlineData("192.0.0.255", "reserved for IETF protocol assignments")]
    [InlineData("192.0.0.171", "NAT64 discovery")]
    [InlineData("192.0.2.1", "documentation")]
    [InlineData("192.0.2.255", "documentation")]
    [InlineData("198.51.100.7", "documentation")]
    [InlineData("203.0.113.9", "documentation")]
    [InlineData("192.31.196.1", "AS112")]
    [InlineData("192.52.193.1", "AMT relay")]
    [InlineData("192.88.99.1", "6to4 relay anycast")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("192.175.48.1", "AS112")]
    [InlineData("198.18.0.1", "benchmarking")]
    [InlineData("198.19.255.255", "benchmarking")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("239.255.255.250", "multicast")]
    [InlineData("240.0.0.1", "reserved")]
    [InlineData("255.255.255.254", "reserved")]
    [InlineData("255.255.255.255", "broadcast")]
    // IPv6 special-purpose registry.
    [InlineData("::", "unspecified")]
    [InlineData("::1", "loopback")]
    [InlineData("64:ff9b::8.8.8.8", "NAT64")]
    [InlineData("64:ff9b:1::1", "NAT64 local-use")]
    [InlineData("100::1", "discard-only")]
    [InlineData("100:0:0:1::1", "a dummy prefix")]
    [InlineData("2001::1", "Teredo")]
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo")]
    [InlineData("2001:1::1", "reserved for IETF protocol assignments")]
    [InlineData("2001:1ff:ffff::1", "reserved for IETF protocol assignments")]
    [InlineData("2001:2::1", "benchmarking")]
    [InlineData("2001:3::1", "AMT relay")]
    [InlineData("2001:4:112::1", "AS112")]
    [InlineData("2001:10::1", "ORCHID")]
    [InlineData("2001:20::1", "ORCHIDv2")]
    [InlineData("2001:30::1", "drone remote ID")]
    [InlineData("2001:db8::1", "documentation")]
    [InlineData("2001:db8:ffff:ffff::1", "documentation")]
    [InlineData("2002:808:808::1", "6to4")]
    [InlineData("2620:4f:8000::1", "AS112")]
    [InlineData("3fff::1", "documentation")]
    [InlineData("5f00::1", "segment routing")]
    [InlineData("fc00::1", "unique-local")]
    [InlineData("fd12:3456::1", "unique-local")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("febf:ffff::1", "link-local")]
    [InlineData("fec0::1", "site-local")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("1::1", "reserved")]
    [InlineData("4000::1", "reserved")]
    [InlineData("e000::1", "reserved")]
    // IPv4 inside IPv6: mapped is the IPv4 address; the others are refused, by the IPv4 reason when special.
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("::ffff:192.0.2.1", "documentation")]
    [InlineData("::ffff:100.64.0.1", "shared address space (carrier-grade NAT)")]
    [InlineData("::10.0.0.1", "private (10.0.0.1 inside IPv4-compatible)")]
    [InlineData("::8.8.8.8", "IPv4-compatible")]
    [InlineData("::ffff:0:8.8.8.8", "IPv4-translated")]
    [InlineData("::ffff:0:169.254.169.254", "link-local (169.254.169.254 inside IPv4-translated)")]
    [InlineData("64:ff9b::10.1.2.3", "private (10.1.2.3 inside NAT64)")]
    [InlineData("64:ff9b::127.0.0.1", "loopback (127.0.0.1 inside NAT64)")]
    [InlineData("2002:a00:1::1", "private (10.0.0.1 inside 6to4)")]
    [InlineData("2002:7f00:1::1", "loopback (127.0.0.1 inside 6to4)")]
    [InlineData("2002:c000:204::1", "documentation (192.0.2.4 inside 6to4)")]
    public void Special_purpose_addresses_are_refused_with_their_reason(string address, string expected) =>
        Assert.Equal(expected, AddressPolicy.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("9.255.255.255")]
    [InlineData("11.0.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("126.255.255.255")]
    [InlineData("169.253.255.255")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("192.0.1.255")]
    [InlineData("192.0.3.1")]
    [InlineData("192.88.100.1")]
    [InlineData("198.17.255.255")]
    [InlineData("198.20.0.1")]
    [InlineData("223.255.255.255")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("2606:4700::1111")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2001:200::1")]
    [InlineData("2001:db9::1")]
    [InlineData("2003::1")]
    [InlineData("2620:4f:8001::1")]
    [InlineData("3ffe:ffff::1")]
    public void Public_addresses_are_allowed(string address) =>
        Assert.Null(AddressPolicy.Classify(IPAddress.Parse(address)));

    [Fact]
    public void Every_address_of_this_machine_is_refused()
    {
        var own = NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(i => i.GetIPProperties().UnicastAddresses)
            .Select(u => u.Address)
            .ToList();
        Assert.NotEmpty(own);
        var guard = new AddressGuard(allowPrivate: false, "Test:Allow");
        foreach (var address in own)
        {
            Assert.True(OwnAddresses.Contains(address), $"{address} is not among this machine's addresses");
            Assert.NotNull(AddressPolicy.Classify(address));
            Assert.Contains("Test:Allow", guard.Refusal(address));
            if (address.AddressFamily == AddressFamily.InterNetwork)
            {
                Assert.NotNull(AddressPolicy.Classify(address.MapToIPv6()));
            }
            if (SpecialRanges.Find(address) is null)
            {
                // Only the interface list stands between a public-looking own address and a fetch.
                Assert.Equal(AddressPolicy.OwnAddress, AddressPolicy.Classify(address));
            }
        }
        Assert.False(OwnAddresses.Contains(IPAddress.Parse("2001:db8::dead:beef")));
    }

    [Fact]
    public void Allowing_private_networks_lifts_every_refusal()
    {
        var open = new AddressGuard(allowPrivate: true, "Test:Allow");
        foreach (var range in SpecialRanges.All)
        {
            Assert.Null(open.Refusal(range.Prefix.BaseAddress));
        }
    }

    [Fact]
    public void Every_row_is_refused_and_the_most_specific_row_wins()
    {
        Assert.Equal(SpecialRanges.All.Count, SpecialRanges.All.Select(r => r.Prefix).Distinct().Count());
        foreach (var range in SpecialRanges.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(range.Reason));
            var found = SpecialRanges.Find(range.Prefix.BaseAddress);
            Assert.NotNull(found);
            Assert.True(found.Prefix.PrefixLength >= range.Prefix.PrefixLength, $"{range.Prefix} is shadowed by {found.Prefix}");
            Assert.NotNull(AddressPolicy.Classify(range.Prefix.BaseAddress));
        }
    }

    [Fact]
    public void Refusals_name_the_address_the_reason_and_the_setting()
    {
        var guard = new AddressGuard(allowPrivate: false, "Fetch:AllowPrivateNetworks");
        Assert.Equal(
            "address 198.18.0.1 is benchmarking; set Fetch:AllowPrivateNetworks=true (environment Fetch__AllowPrivateNetworks=true) to allow it",
            guard.Refusal(IPAddress.Parse("198.18.0.1")));
        Assert.Null(guard.Refusal(IPAddress.Parse("1.1.1.1")));
    }
}
