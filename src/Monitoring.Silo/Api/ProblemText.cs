namespace Monitoring.Silo.Api;

/// <summary>Words for the problems routing answers on its own, which carry only a status.</summary>
internal static class ProblemText
{
    public static void Explain(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Detail is not null)
        {
            return;
        }
        var request = context.HttpContext.Request;
        context.ProblemDetails.Detail = context.ProblemDetails.Status switch
        {
            StatusCodes.Status415UnsupportedMediaType =>
                $"the body's Content-Type ('{request.ContentType}') is not one this endpoint takes: JSON bodies need application/json, OPML text/x-opml",
            StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not allowed on {request.Path}",
            StatusCodes.Status404NotFound => $"nothing at {request.Path}",
            _ => null,
        };
    }
}
