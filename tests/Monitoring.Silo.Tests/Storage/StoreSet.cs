using Monitoring.Storage;

namespace Monitoring.Silo.Tests.Storage;

/// <summary>Every store of one provider over one fresh database, as a silo would have them.</summary>
public sealed record StoreSet(
    IGrainStateStore State,
    ISourceCatalog Catalog,
    IArticleArchive Archive,
    ITopicStore Topics,
    ISubscriptionStore Subscriptions,
    IApiKeyStore Keys,
    IHostTurns Turns,
    Func<ValueTask> Close);
