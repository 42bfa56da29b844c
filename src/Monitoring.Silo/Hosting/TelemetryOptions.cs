namespace Monitoring.Silo.Hosting;

/// <summary>Where traces and metrics go besides <c>/metrics</c>. Section <c>Telemetry</c>.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>OTLP endpoint (e.g. a collector); unset means no OTLP export.</summary>
    public string? OtlpEndpoint { get; set; }

    public string ServiceName { get; set; } = "monitoring";

    /// <summary>Keep the server name and address on HTTP client and DNS metrics: one series per feed and webhook host.</summary>
    public bool PerHostMetrics { get; set; }

    /// <summary><c>/metrics</c> answers only a request with an operator key (a scraper sends it as a bearer token).</summary>
    public bool MetricsRequireKey { get; set; }

    public IEnumerable<string> Validate()
    {
        if (OtlpEndpoint is not null && !Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out _))
        {
            yield return $"Telemetry:OtlpEndpoint must be an absolute URL (got '{OtlpEndpoint}')";
        }
        if (string.IsNullOrWhiteSpace(ServiceName))
        {
            yield return "Telemetry:ServiceName must not be empty";
        }
    }
}
