using Monitoring.Abstractions;
using Monitoring.Feeds;
using Monitoring.Grains.Sources;
using Monitoring.Storage;

namespace Monitoring.Silo.Api;

/// <summary>The outcome of adding one feed URL: <see cref="Check"/> is what the feed held, or why it was refused.</summary>
public sealed record AddOutcome(SourceInfo? Source, bool Created, string? Error, SourceCheckResult? Check = null)
{
    /// <summary>Refused because the feed could not be fetched or parsed (not because the input was malformed).</summary>
    public bool Unreachable => Check is { Ok: false };
}

/// <summary>Registers, finds and removes sources; the API and OPML import share it.</summary>
public sealed class SourceDirectory(IGrainFactory grains, ISourceCatalog catalog)
{
    /// <param name="check">Run on a feed not yet registered; a failed check refuses it. Null registers without looking.</param>
    public async Task<AddOutcome> AddAsync(string? url, string? title, Func<Uri, Task<SourceCheckResult>>? check = null)
    {
        var input = SourceInput.Parse(url, title);
        if (input.Error is not null)
        {
            return new AddOutcome(null, false, input.Error);
        }
        var (canonical, id) = (input.Canonical!, input.Id!);
        var existed = await catalog.GetAsync(id) is not null;
        SourceCheckResult? checkedFeed = null;
        if (!existed && check is not null)
        {
            checkedFeed = await check(new Uri(canonical));
            if (!checkedFeed.Ok)
            {
                return new AddOutcome(null, false, checkedFeed.Error, checkedFeed);
            }
        }
        var info = await grains.GetGrain<ISourceGrain>(id).Register(canonical, input.Title);
        return new AddOutcome(info, !existed, null, checkedFeed);
    }

    /// <summary>The live view of one source, or null when no such source is registered.</summary>
    public async Task<SourceInfo?> GetAsync(string id) =>
        await catalog.GetAsync(id) is null ? null : await grains.GetGrain<ISourceGrain>(id).GetInfo();

    public async Task<PollReport?> PollAsync(string id) =>
        await catalog.GetAsync(id) is null ? null : await grains.GetGrain<ISourceGrain>(id).PollNow();

    public async Task<bool> RemoveAsync(string id) =>
        await catalog.GetAsync(id) is not null && await grains.GetGrain<ISourceGrain>(id).Remove();
}
