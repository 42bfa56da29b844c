using Monitoring.Grains;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Monitoring.Silo.Hosting;

internal static class TelemetryRegistration
{
    /// <summary>Orleans' and our meters to Prometheus (and OTLP when configured); Orleans and HTTP traces to OTLP when configured.</summary>
    public static IServiceCollection AddMonitoringTelemetry(this IServiceCollection services, TelemetryOptions options)
    {
        var otlp = options.OtlpEndpoint is null ? null : new Uri(options.OtlpEndpoint);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter("Microsoft.Orleans", MonitoringMetrics.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddPrometheusExporter();
                if (!options.PerHostMetrics)
                {
                    metrics.BoundHostLabels();
                }
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = otlp);
                }
            });
        if (otlp is not null)
        {
            // Traces only where they go somewhere: recording spans nobody exports costs every call.
            telemetry.WithTracing(tracing => tracing
                .AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(o => o.Endpoint = otlp));
        }
        return services;
    }
}
