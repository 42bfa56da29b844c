using OpenTelemetry.Metrics;

namespace Monitoring.Silo.Hosting;

/// <summary>
/// Keeps the number of series bounded whatever the silo talks to. The HttpClient meters tag every
/// series with the server's name, port and address, and DNS lookups with the name looked up: one
/// series per feed host and per webhook host, which grows with the catalog (12 MB a scrape at 4,600
/// sources). Only tags with a fixed set of values are kept, unless per-host metrics are asked for.
/// </summary>
internal static class MetricLabels
{
    private static readonly string[] HttpClientTags =
        ["http.request.method", "http.response.status_code", "error.type", "url.scheme", "network.protocol.version", "http.connection.state"];

    private static readonly string[] DnsTags = ["error.type"];

    public static MeterProviderBuilder BoundHostLabels(this MeterProviderBuilder metrics) =>
        metrics.AddView(instrument => instrument.Meter.Name switch
        {
            "System.Net.Http" => new MetricStreamConfiguration { TagKeys = HttpClientTags },
            "System.Net.NameResolution" => new MetricStreamConfiguration { TagKeys = DnsTags },
            _ => null,
        });
}
