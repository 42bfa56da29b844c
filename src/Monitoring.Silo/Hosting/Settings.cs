using Monitoring.Feeds;
using Monitoring.Grains.Articles;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Sources;
using Monitoring.Grains.Topics;
using Monitoring.Silo.Auth;
using Monitoring.Silo.Delivery;
using Monitoring.Storage;

namespace Monitoring.Silo.Hosting;

/// <summary>Every option the silo reads, bound once from configuration and validated together at start.</summary>
public sealed class Settings
{
    public required StorageOptions Storage { get; init; }
    public required FetchOptions Fetch { get; init; }
    public required PollingOptions Polling { get; init; }
    public required SchedulerOptions Scheduler { get; init; }
    public required RoutingOptions Routing { get; init; }
    public required ClusteringOptions Cluster { get; init; }
    public required TelemetryOptions Telemetry { get; init; }
    public required TopicOptions Topics { get; init; }
    public required DeliveryOptions Delivery { get; init; }
    public required AuthOptions Auth { get; init; }

    /// <summary>Binds and validates; throws <see cref="SettingsException"/> naming every bad option.</summary>
    public static Settings Load(IConfiguration configuration)
    {
        var problems = new List<string>();
        var settings = new Settings
        {
            Storage = Bind<StorageOptions>(configuration, StorageOptions.Section, problems),
            Fetch = Bind<FetchOptions>(configuration, FetchOptions.SectionName, problems),
            Polling = Bind<PollingOptions>(configuration, PollingOptions.Section, problems),
            Scheduler = Bind<SchedulerOptions>(configuration, SchedulerOptions.Section, problems),
            Routing = Bind<RoutingOptions>(configuration, RoutingOptions.Section, problems),
            Cluster = Bind<ClusteringOptions>(configuration, ClusteringOptions.Section, problems),
            Telemetry = Bind<TelemetryOptions>(configuration, TelemetryOptions.Section, problems),
            Topics = Bind<TopicOptions>(configuration, TopicOptions.Section, problems),
            Delivery = Bind<DeliveryOptions>(configuration, DeliveryOptions.Section, problems),
            Auth = Bind<AuthOptions>(configuration, AuthOptions.Section, problems),
        };
        problems.AddRange(settings.Storage.Validate());
        problems.AddRange(settings.Fetch.Validate());
        problems.AddRange(settings.Polling.Validate());
        problems.AddRange(settings.Scheduler.Validate());
        problems.AddRange(settings.Routing.Validate());
        problems.AddRange(settings.Cluster.Validate());
        problems.AddRange(settings.Telemetry.Validate());
        problems.AddRange(settings.Topics.Validate());
        problems.AddRange(settings.Delivery.Validate());
        problems.AddRange(settings.Auth.Validate());
        if (settings.Cluster.Mode == ClusteringOptions.AdoNet && settings.Storage.Provider != "Postgres")
        {
            // Membership lives beside the data: one database for the whole cluster.
            problems.Add("Cluster:Mode 'AdoNet' needs Storage:Provider 'Postgres' (the membership tables are in its database)");
        }
        if (settings.Cluster.Mode == ClusteringOptions.Localhost && settings.Storage.Provider == "Postgres")
        {
            // A shared database with localhost clustering would let silos on two machines each think they are alone.
            problems.Add("Storage:Provider 'Postgres' needs Cluster:Mode 'AdoNet': silos sharing a database must form one cluster");
        }
        return problems.Count > 0 ? throw new SettingsException(problems) : settings;
    }

    private static T Bind<T>(IConfiguration configuration, string section, List<string> problems)
        where T : new()
    {
        var options = new T();
        try
        {
            configuration.GetSection(section).Bind(options);
        }
        catch (InvalidOperationException e)
        {
            // The binder's message names the key it could not convert, e.g. 'Fetch:MaxBodyBytes'.
            problems.Add(e.Message);
        }
        return options;
    }
}
