using Microsoft.Extensions.Options;
using Monitoring.Feeds;

namespace Monitoring.Silo.Hosting;

internal static class FeedRegistration
{
    /// <summary>
    /// The fetcher as a typed client of <see cref="IHttpClientFactory"/> on the handler that enforces
    /// address rules and decompression, with one host throttle for the whole silo.
    /// </summary>
    public static IServiceCollection AddFeedFetching(this IServiceCollection services, FetchOptions options)
    {
        services.AddSingleton(Options.Create(options));
        services.AddSingleton<IHostThrottle>(sp =>
        {
            var local = new HostThrottle(options, sp.GetRequiredService<TimeProvider>());
            // With a shared store the gap is kept between silos too; the embedded store has one silo.
            return sp.GetService<Monitoring.Storage.IHostTurns>() is { } turns
                ? new ClusterHostThrottle(local, turns, options.MinHostGap, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ClusterHostThrottle>>())
                : local;
        });
        services.AddHttpClient<FeedFetcher>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => FeedHttpHandler.Create(options))
            // The fetcher applies its own total time limit; the factory's defaults would cut it short.
            .SetHandlerLifetime(TimeSpan.FromMinutes(10))
            // Every poll's outcome is in its poll record; the factory's per-request log scopes cost each poll.
            .RemoveAllLoggers();
        return services;
    }
}
