using Microsoft.Extensions.Options;
using Monitoring.Grains;
using Monitoring.Grains.Articles;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Topics;
using Monitoring.Extraction;
using Microsoft.AspNetCore.Authentication;
using Monitoring.Silo.Api;
using Monitoring.Silo.Auth;
using Monitoring.Silo.Dashboard;
using Monitoring.Silo.Delivery;
using Monitoring.Silo.Health;
using Monitoring.Storage;

namespace Monitoring.Silo.Hosting;

/// <summary>Builds the host: ASP.NET Core in front, an Orleans silo behind (one of many with <c>Cluster:Mode=AdoNet</c>).</summary>
public static class MonitoringHost
{
    public static WebApplication Build(string[] args, Action<IConfigurationBuilder>? configure = null)
    {
        // Settings are read and validated once at start, so configuration files are not watched: a
        // watcher on the content root would also wake for every write to a database kept below it.
        var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);
        configure?.Invoke(builder.Configuration);
        var settings = Settings.Load(builder.Configuration);
        PortCheck.EnsureFree(settings.Cluster);

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Options.Create(settings.Polling));
        services.AddSingleton(Options.Create(settings.Scheduler));
        services.AddSingleton(Options.Create(settings.Storage));
        services.AddMonitoringStorage(settings.Storage);
        services.AddFeedFetching(settings.Fetch);
        services.AddSingleton<MonitoringMetrics>();
        services.AddSingleton(ArticleReader.Default);
        services.AddSingleton<ArticleReading>();
        services.AddSingleton<TopicRoutingIndex>();
        services.AddSingleton<IArticleSink, TopicRouter>();
        services.AddSingleton<Monitoring.Grains.Sources.PageFollowUp>();
        services.AddSingleton<ScheduledPolls>();
        services.AddHostedService(sp => sp.GetRequiredService<Monitoring.Grains.Sources.PageFollowUp>());
        services.AddSingleton<SourceDirectory>();
        services.AddSingleton<BulkRegistration>();
        services.AddSingleton<PollOperations>();
        services.AddSingleton<TopicDirectory>();
        services.AddSingleton<TopicAccess>();

        services.AddSingleton(Options.Create(settings.Topics));
        services.AddSingleton(Options.Create(settings.Delivery));
        services.AddSingleton<AlertSignal>();
        services.AddSingleton<DeliverySink>();
        services.AddSingleton<IAlertSink>(sp => sp.GetRequiredService<DeliverySink>());
        services.AddSingleton(sp => new WebhookClient(settings.Delivery, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<OutboxCatchUp>();
        services.AddHostedService<WebhookDispatcher>();

        services.AddSingleton(Options.Create(settings.Auth));
        services.AddHostedService<KeyBootstrap>();
        services.AddAuthentication(ApiKeys.Scheme).AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeys.Scheme, null);
        services.AddAuthorizationBuilder().AddPolicy(ApiKeys.OperatorPolicy, p => p.RequireRole(ApiKeys.Operator));

        builder.UseOrleans(silo =>
        {
            silo.UseMonitoringClustering(settings.Cluster, settings.Storage.ConnectionString);
            silo.AddActivityPropagation();
            silo.AddOrleansDashboard();
            silo.Configure<Orleans.Configuration.SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(2));
        });
        // After the silo's own registrations, so it wins over the catch-all; why: see MembershipClock.
        services.AddKeyedSingleton<TimeProvider>(Orleans.Runtime.TimeProviderNames.Membership, new MembershipClock());
        // Registered after the silo so they start once the silo is up; the sweep's first pass before the schedule.
        services.AddSingleton(Options.Create(settings.Routing));
        services.AddHostedService<UnroutedSweep>();
        services.AddHostedService<ScheduleStarter>();

        var demo = Demo.DemoRegistration.Enabled(builder.Configuration);
        if (demo)
        {
            Demo.DemoRegistration.AddDemo(services);
        }

        services.AddDashboard();
        services.AddMonitoringTelemetry(settings.Telemetry);
        services.AddMonitoringHealthChecks();
        services.AddMonitoringOpenApi(settings.Telemetry.MetricsRequireKey);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemText.Explain);
        // Binding failures throw, so BadRequestHandler can answer with the framework's message naming the parameter.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestHandler>();
        // No request may send more than the largest documented body; JSON bodies are held to less where they are read.
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = ApiLimits.MaxOpmlBodyBytes);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapMonitoringApiDocs();
        app.MapMonitoringHealth();
        var scrape = app.MapPrometheusScrapingEndpoint();
        if (settings.Telemetry.MetricsRequireKey)
        {
            scrape.RequireAuthorization(ApiKeys.OperatorPolicy);
        }
        app.MapSourceEndpoints();
        app.MapArticleEndpoints();
        app.MapTopicEndpoints();
        app.MapSubscriptionEndpoints();
        app.MapKeyEndpoints();
        app.MapStreamEndpoints();
        app.MapStatsEndpoints();
        app.MapClusterEndpoints();
        app.MapDashboard();
        if (demo)
        {
            Demo.DemoRegistration.MapDemo(app);
        }
        return app;
    }
}
