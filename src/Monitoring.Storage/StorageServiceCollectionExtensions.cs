using Microsoft.Extensions.DependencyInjection;
using Monitoring.Storage.Postgres;
using Monitoring.Storage.Sqlite;
using Orleans.Providers;
using Orleans.Serialization;
using Orleans.Storage;

namespace Monitoring.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the grain state store, source catalog and article archive for the chosen provider.</summary>
    public static IServiceCollection AddMonitoringStorage(this IServiceCollection services, StorageOptions options)
    {
        var problems = options.Validate().ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", problems));
        }
        if (options.Provider == "Postgres")
        {
            // Opened and migrated now, like the embedded file: an unreachable database stops the start.
            var shared = PostgresDatabase.Open(options.ConnectionString!);
            services.AddSingleton(_ => shared);
            // Every silo seals and opens secrets with the one configured key (validated: required here).
            services.AddSingleton(SecretProtector.Create(options, dataFolder: null));
            services.AddSingleton<IGrainStateStore, PostgresGrainStateStore>();
            services.AddSingleton<ISourceCatalog>(sp => new PostgresSourceCatalog(sp.GetRequiredService<PostgresDatabase>(), options.ClaimLease));
            services.AddSingleton<IArticleArchive, PostgresArticleArchive>();
            services.AddSingleton<ITopicStore, PostgresTopicStore>();
            services.AddSingleton<ISubscriptionStore, PostgresSubscriptionStore>();
            services.AddSingleton<IApiKeyStore, PostgresApiKeyStore>();
            // Silos share hosts: their request starts are booked in the database (one silo alone needs no booking).
            services.AddSingleton<IHostTurns, PostgresHostTurns>();
        }
        else
        {
            // Opened now, so a locked, read-only or damaged database stops the start before anything runs;
            // handed out by a factory so the container disposes it: pending writes are committed at shutdown.
            var database = SqliteDatabase.Open(options.Path, options.CheckIntegrityAtStart);
            services.AddSingleton(_ => database);
            services.AddSingleton(SecretProtector.Create(options, System.IO.Path.GetFullPath(options.Path)));
            services.AddSingleton<IGrainStateStore, SqliteGrainStateStore>();
            services.AddSingleton<ISourceCatalog, SqliteSourceCatalog>();
            services.AddSingleton<IArticleArchive, SqliteArticleArchive>();
            services.AddSingleton<ITopicStore, SqliteTopicStore>();
            services.AddSingleton<ISubscriptionStore, SqliteSubscriptionStore>();
            services.AddSingleton<IApiKeyStore, SqliteApiKeyStore>();
        }
        services.AddSingleton(sp => new SerializedGrainStorage(sp.GetRequiredService<IGrainStateStore>(), sp.GetRequiredService<Serializer>()));
        // Grains name no provider, so Orleans asks for the default one; it is found by key or, failing that, unkeyed.
        services.AddKeyedSingleton<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, (sp, _) => sp.GetRequiredService<SerializedGrainStorage>());
        services.AddSingleton<IGrainStorage>(sp => sp.GetRequiredService<SerializedGrainStorage>());
        return services;
    }
}
