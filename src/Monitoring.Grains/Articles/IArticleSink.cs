namespace Monitoring.Grains.Articles;

/// <summary>
/// Where new articles go after they are archived. Reading and topic routing implement this;
/// until they are registered, articles are archived only.
/// </summary>
public interface IArticleSink
{
    /// <summary>Hands the article on; false when some place it belongs did not take it (it is routed again later).</summary>
    Task<bool> AcceptAsync(Article article, string sourceId, CancellationToken ct);
}

/// <summary>The sink used while nothing downstream is registered: the archive already holds the article.</summary>
public sealed class ArchiveOnlySink : IArticleSink
{
    public Task<bool> AcceptAsync(Article article, string sourceId, CancellationToken ct) => Task.FromResult(true);
}
