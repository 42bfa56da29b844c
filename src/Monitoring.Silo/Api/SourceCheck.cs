using System.Text.Json.Serialization;
using Monitoring.Feeds;

namespace Monitoring.Silo.Api;

/// <summary>What fetching and parsing a feed once found when it was added.</summary>
/// <param name="Refused">The address rule refused the feed: registering it anyway would only fail at every poll.</param>
public sealed record SourceCheckResult(bool Ok, string? Error, int? HttpStatus, string? Title, string? Link, int Items, DateTimeOffset? Newest,
    [property: JsonIgnore] bool Refused = false);

/// <summary>
/// Fetches and parses a feed once before it is registered, so a typo, an HTML page or a dead host is
/// refused at once with its reason rather than found at the first poll.
/// </summary>
internal static class SourceCheck
{
    /// <summary>Short: an operator is waiting on the answer; a slow feed can still be added with validate=false.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static async Task<SourceCheckResult> RunAsync(FeedFetcher fetcher, Uri url, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(Timeout);
        FetchResult result;
        try
        {
            result = await fetcher.FetchAsync(new FetchRequest { Url = url }, deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Failed($"no answer within {Timeout.TotalSeconds:0} s", null);
        }
        if (result.Outcome != FetchOutcome.Ok)
        {
            return Failed(result.Error ?? "fetch failed", result.HttpStatus) with { Refused = result.ErrorKind == FetchErrorKind.AddressRefused };
        }
        try
        {
            var feed = FeedParser.Parse(result.Body ?? [], result.ContentType, result.FinalUrl);
            var newest = feed.Items.Select(i => i.Published).Where(p => p is not null).DefaultIfEmpty().Max();
            return new SourceCheckResult(true, null, result.HttpStatus, feed.Title, feed.Link, feed.Items.Count, newest);
        }
        catch (FeedParseException e)
        {
            // The parser's messages mostly say "not a feed" themselves.
            return Failed(e.Message.StartsWith("not a feed", StringComparison.Ordinal) ? e.Message : $"not a feed: {e.Message}", result.HttpStatus);
        }
    }

    private static SourceCheckResult Failed(string error, int? status) => new(false, error, status, null, null, 0, null);
}
