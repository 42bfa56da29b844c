using Monitoring.Silo.Health;

namespace Monitoring.Silo.Demo;

/// <summary>The offline demo: <c>Demo:Enabled</c> (set by <c>./run.sh --demo</c>) serves sample feeds and sets up a topic.</summary>
internal static class DemoRegistration
{
    public static bool Enabled(IConfiguration configuration) => configuration.GetValue("Demo:Enabled", false);

    public static void AddDemo(this IServiceCollection services)
    {
        services.AddSingleton<DemoFeeds>();
        services.AddSingleton<DemoSetup>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoSetup>());
        // Not ready until the demo's topic and feeds are there: `listen demo` right after /readyz finds them.
        services.AddHealthChecks().AddCheck<DemoReadiness>("demo", tags: [HealthEndpoints.ReadyTag]);
    }

    public static void MapDemo(this WebApplication app) =>
        app.MapGet("/demo/feeds/{outlet}.xml", (string outlet, DemoFeeds feeds, HttpRequest request) =>
            DemoFeeds.Outlets.Contains(outlet)
                ? Results.Text(feeds.Feed(outlet, new Uri($"{request.Scheme}://{request.Host}/")), "application/rss+xml")
                : Results.NotFound()).ExcludeFromDescription();
}
