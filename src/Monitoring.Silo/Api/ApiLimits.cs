namespace Monitoring.Silo.Api;

/// <summary>
/// The bound on everything the API takes. README.md (API) and docs/OPERATIONS.md list the same
/// numbers; a value past one is refused with a problem naming the field, before anything is stored.
/// </summary>
public static class ApiLimits
{
    /// <summary>A JSON request body; past it the answer is 413.</summary>
    public const int MaxJsonBodyBytes = 1024 * 1024;

    /// <summary>An OPML import body; the largest body Kestrel lets any request send.</summary>
    public const int MaxOpmlBodyBytes = 5 * 1024 * 1024;

    /// <summary>Feeds one OPML import may list.</summary>
    public const int MaxOpmlFeeds = 10_000;

    /// <summary>Sources one <c>POST /api/sources</c> batch (a JSON array) may list.</summary>
    public const int MaxBatchSources = 1000;

    /// <summary>Source ids one <c>POST /api/sources/poll</c> may name.</summary>
    public const int MaxPollIds = 10_000;

    /// <summary>A feed or webhook URL.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>A source title.</summary>
    public const int MaxTitleLength = 500;

    /// <summary>A topic or key name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>An id (topic, source, subscription, key) in a body or query.</summary>
    public const int MaxIdLength = 64;

    /// <summary>Items in one list (actors, keywords, measure types, filter lists).</summary>
    public const int MaxListItems = 100;

    /// <summary>One item of such a list.</summary>
    public const int MaxItemLength = 200;

    public const int MinSecretLength = 16;
    public const int MaxSecretLength = 256;

    /// <summary>The largest <c>limit</c> of a listing; the least is 1.</summary>
    public const int MaxPageSize = 1000;

    public const int MaxMinOutlets = 100;
    public const int MaxMinCorroboration = 1000;
}
