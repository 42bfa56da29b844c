using Microsoft.Extensions.Diagnostics.HealthChecks;
using Monitoring.Storage;

namespace Monitoring.Silo.Health;

/// <summary>Ready only when the catalog answers a query.</summary>
internal sealed class StorageHealthCheck(ISourceCatalog catalog) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var count = await catalog.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{count} sources");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("storage unreachable: " + e.Message);
        }
    }
}
