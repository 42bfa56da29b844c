using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Monitoring.Feeds;

public static class FeedsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="FeedFetcher"/> (one shared client on <see cref="FeedHttpHandler"/>), the
    /// in-process <see cref="HostThrottle"/> unless an <see cref="IHostThrottle"/> is already
    /// registered, and <see cref="FetchOptions"/> bound from the <c>Fetch</c> section and validated at start.
    /// </summary>
    public static IServiceCollection AddFeedFetching(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<FetchOptions>().Bind(configuration.GetSection(FetchOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FetchOptions>, FetchOptionsValidator>());
        services.TryAddSingleton<IHostThrottle, HostThrottle>();
        services.TryAddSingleton(sp => new FeedFetcher(
            FeedHttpHandler.CreateClient(sp.GetRequiredService<IOptions<FetchOptions>>().Value),
            sp.GetRequiredService<IOptions<FetchOptions>>(),
            sp.GetRequiredService<IHostThrottle>(),
            sp.GetService<TimeProvider>()));
        return services;
    }
}
