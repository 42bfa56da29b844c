namespace Monitoring.Silo.Api;

/// <summary>
/// Responses many endpoints share, declared for the OpenAPI document. 401 and 403 are added from each
/// endpoint's authorization by <see cref="ApiDocument"/>, so they are not declared here.
/// </summary>
internal static class ResponseMetadata
{
    /// <summary>A JSON body read by <see cref="JsonBody"/>: 400 (not JSON, invalid), 413 (too large), 415 (not JSON content).</summary>
    public static RouteHandlerBuilder ReadsJson<TRequest>(this RouteHandlerBuilder builder)
        where TRequest : notnull =>
        builder.Accepts<TRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>Query parameters that are checked (or bound) and refused with a problem.</summary>
    public static RouteHandlerBuilder ChecksQuery(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status400BadRequest);

    /// <summary>The resource named in the path may not exist (or may not be visible to the caller).</summary>
    public static RouteHandlerBuilder MayBeMissing(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status404NotFound);
}
