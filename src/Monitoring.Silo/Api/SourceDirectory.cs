using Monitoring.Abstractions;
using Monitoring.Feeds;
using Monitoring.Grains.Sources;
using Monitoring.Storage;

namespace Monitoring.Silo.Api;

/// <summary>The outcome of adding one feed URL.</summary>
public sealed record AddOutcome(SourceInfo? Source, bool Created, string? Error);

/// <summary>Registers, finds and removes sources; the API and OPML import share it.</summary>
public sealed class SourceDirectory(IGrainFactory grains, ISourceCatalog catalog)
{
    public async Task<AddOutcome> AddAsync(string? url, string? title)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return new AddOutcome(null, false, "url is required");
        }
        if (url.Length > ApiLimits.MaxUrlLength)
        {
            return new AddOutcome(null, false, $"url must be at most {ApiLimits.MaxUrlLength} characters (got {url.Length})");
        }
        if (title?.Length > ApiLimits.MaxTitleLength)
        {
            return new AddOutcome(null, false, $"title must be at most {ApiLimits.MaxTitleLength} characters (got {title.Length})");
        }
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return new AddOutcome(null, false, $"url must be an absolute http or https URL (got '{QueryChecks.Shorten(url)}')");
        }
        var canonical = UrlCanonicalizer.Canonicalize(uri.ToString());
        var id = SourceIds.FromCanonicalUrl(canonical);
        var existed = await catalog.GetAsync(id) is not null;
        var info = await grains.GetGrain<ISourceGrain>(id).Register(canonical, string.IsNullOrWhiteSpace(title) ? null : title.Trim());
        return new AddOutcome(info, !existed, null);
    }

    /// <summary>The live view of one source, or null when no such source is registered.</summary>
    public async Task<SourceInfo?> GetAsync(string id) =>
        await catalog.GetAsync(id) is null ? null : await grains.GetGrain<ISourceGrain>(id).GetInfo();

    public async Task<PollReport?> PollAsync(string id) =>
        await catalog.GetAsync(id) is null ? null : await grains.GetGrain<ISourceGrain>(id).PollNow();

    public async Task<bool> RemoveAsync(string id) =>
        await catalog.GetAsync(id) is not null && await grains.GetGrain<ISourceGrain>(id).Remove();
}
