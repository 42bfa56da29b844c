using System.Net;
using System.Net.Sockets;

namespace Monitoring.Silo.Tests.Infrastructure;

/// <summary>Loopback ports nothing listens on; never the same one twice in a run, since the
/// system hands a just-closed port out again and a silo given it as both silo and gateway port fails.</summary>
internal static class FreePort
{
    private static readonly HashSet<int> Given = [];

    public static int Next()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            lock (Given)
            {
                if (Given.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
