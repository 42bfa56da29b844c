namespace Monitoring.Grains.Articles;

/// <summary>
/// Where new articles go after they are archived. Reading and topic routing implement this;
/// until they are registered, articles are archived only.
/// </summary>
public interface IArticleSink
{
    /// <summary>Hands the article on; false when some place it belongs did not take it (it is routed again later).</summary>
    Task<bool> AcceptAsync(Article article, string sourceId, CancellationToken ct);

    /// <summary>
    /// Hands on a poll's new articles, oldest first, in one go; for each, whether every place it belongs took it.
    /// Unless overridden, one <see cref="AcceptAsync"/> after another.
    /// </summary>
    async Task<IReadOnlyList<bool>> AcceptBatchAsync(IReadOnlyList<Article> articles, string sourceId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var taken = new bool[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            taken[i] = await AcceptAsync(articles[i], sourceId, ct);
        }
        return taken;
    }
}

/// <summary>The sink used while nothing downstream is registered: the archive already holds the article.</summary>
public sealed class ArchiveOnlySink : IArticleSink
{
    public Task<bool> AcceptAsync(Article article, string sourceId, CancellationToken ct) => Task.FromResult(true);
}
