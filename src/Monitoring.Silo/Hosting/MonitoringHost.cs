using Microsoft.Extensions.Options;
using Monitoring.Grains;
using Monitoring.Grains.Articles;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Topics;
using Monitoring.Extraction;
using Monitoring.Silo.Api;
using Monitoring.Silo.Health;
using Monitoring.Storage;

namespace Monitoring.Silo.Hosting;

/// <summary>Builds the one-process host: ASP.NET Core in front, an Orleans silo behind.</summary>
public static class MonitoringHost
{
    public static WebApplication Build(string[] args, Action<IConfigurationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder.Configuration);
        var settings = Settings.Load(builder.Configuration);

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
        services.AddSingleton<IAlertSink, LogOnlyAlertSink>();
        services.AddSingleton<SourceDirectory>();
        services.AddSingleton<TopicDirectory>();

        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(settings.Cluster.SiloPort, settings.Cluster.GatewayPort,
                serviceId: settings.Cluster.ServiceId, clusterId: settings.Cluster.ClusterId);
            silo.AddActivityPropagation();
            silo.Configure<Orleans.Configuration.SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(2));
        });
        // Registered after the silo so it starts once the silo is up.
        services.AddHostedService<ScheduleStarter>();

        services.AddMonitoringTelemetry(settings.Telemetry);
        services.AddMonitoringHealthChecks();
        services.AddOpenApi();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapMonitoringHealth();
        app.MapPrometheusScrapingEndpoint();
        app.MapSourceEndpoints();
        app.MapArticleEndpoints();
        app.MapTopicEndpoints();
        return app;
    }
}
