using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Monitoring.Silo.Demo;

/// <summary>The demo silo is ready once its topic and sample feeds are set up, so a client started at readiness finds them.</summary>
internal sealed class DemoReadiness(DemoSetup setup) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(setup.Done ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("the demo's topic and feeds are being set up"));
}
