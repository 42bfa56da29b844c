using System.Net;
using System.Net.Sockets;

namespace Monitoring.Silo.Hosting;

/// <summary>
/// Orleans on localhost clustering takes its ports late in the start, and a second silo on the same
/// ports can join the first one's cluster instead of failing. Checked before anything starts.
/// </summary>
public static class PortCheck
{
    public static void EnsureFree(ClusteringOptions cluster)
    {
        var problems = new List<string>();
        foreach (var (option, port) in new[] { ("Cluster:SiloPort", cluster.SiloPort), ("Cluster:GatewayPort", cluster.GatewayPort) })
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            try
            {
                listener.Start();
            }
            catch (SocketException e)
            {
                problems.Add($"{option}: port {port} is already in use ({e.SocketErrorCode}); a silo may be running on this machine already "
                    + $"(./run.sh's answers at http://localhost:5000/readyz): stop it, or give this one other ports "
                    + $"({option.Replace(":", "__", StringComparison.Ordinal)}=PORT in the environment, and --urls for its API)");
            }
            finally
            {
                listener.Stop();
            }
        }
        if (problems.Count > 0)
        {
            throw new SettingsException(problems);
        }
    }
}
