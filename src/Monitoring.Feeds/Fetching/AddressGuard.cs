using System.Net;
using System.Net.Sockets;

namespace Monitoring.Feeds;

/// <summary>
/// Applies <see cref="AddressPolicy"/> where it cannot be dodged: the connect callback of a
/// <see cref="SocketsHttpHandler"/>. Names are resolved here and only permitted addresses are
/// dialled, so a name that resolves elsewhere at connect time (DNS rebinding) gains nothing.
/// Fetching and webhooks share it, differing only in the setting that lifts the rule.
/// </summary>
/// <param name="allowPrivate">The operator lifted the rule: any address is dialled.</param>
/// <param name="setting">The setting named in refusals, e.g. <c>Fetch:AllowPrivateNetworks</c>.</param>
/// <param name="resolver">Time-limited name lookups; a default one (5 s, 16 at once, failures remembered 30 s) when null.</param>
public sealed class AddressGuard(bool allowPrivate, string setting, HostResolver? resolver = null)
{
    private readonly HostResolver _resolver = resolver ?? new HostResolver(TimeSpan.FromSeconds(5), 16, TimeSpan.FromSeconds(30));

    public bool AllowPrivate => allowPrivate;

    public string Setting => setting;

    /// <summary>Why the address may not be dialled, as an operator message, or null.</summary>
    public string? Refusal(IPAddress address) =>
        !allowPrivate && AddressPolicy.Classify(address) is { } reason ? AddressPolicy.RefusalMessage(address, reason, setting) : null;

    /// <summary>
    /// The host's addresses that may be dialled. Refused ones are dropped; when none is left this
    /// throws <see cref="AddressRefusedException"/> naming the first.
    /// </summary>
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        // Stryker disable once statement : equivalent, the resolver refuses a null name with the same exception.
        ArgumentNullException.ThrowIfNull(host);
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await _resolver.ResolveAsync(host, ct).ConfigureAwait(false);
        var permitted = addresses.Where(a => Refusal(a) is null).ToArray();
        return permitted.Length > 0 ? permitted : throw new AddressRefusedException(Refusal(addresses[0])!);
    }

    /// <summary>A <see cref="SocketsHttpHandler.ConnectCallback"/> that dials only permitted addresses.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endPoint = context.DnsEndPoint;
        var addresses = await ResolveAsync(endPoint.Host, ct).ConfigureAwait(false);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
