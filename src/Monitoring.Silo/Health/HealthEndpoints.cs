using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Monitoring.Silo.Health;

internal static class HealthEndpoints
{
    /// <summary>The checks <c>/readyz</c> runs.</summary>
    public const string ReadyTag = "ready";

    public static IServiceCollection AddMonitoringHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag])
            .AddCheck<SiloHealthCheck>("silo", tags: [ReadyTag]);
        return services;
    }

    /// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: storage reachable and the silo active.</summary>
    public static void MapMonitoringHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) });
    }
}
