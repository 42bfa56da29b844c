using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace Monitoring.Silo.Health;

/// <summary>Ready only when this silo is an active member of its cluster.</summary>
internal sealed class SiloHealthCheck(ISiloStatusOracle oracle) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(oracle.CurrentStatus == SiloStatus.Active
            ? HealthCheckResult.Healthy("silo active")
            : HealthCheckResult.Unhealthy($"silo is {oracle.CurrentStatus}"));
}
