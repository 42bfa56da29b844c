using System.Globalization;
using Monitoring.Storage;

namespace Monitoring.Silo.Api;

internal static class ArticleEndpoints
{
    public static void MapArticleEndpoints(this WebApplication app)
    {
        app.MapGet("/api/articles", async (IArticleArchive archive, string? source, string? since, int? limit) =>
        {
            DateTimeOffset? from = null;
            if (!string.IsNullOrEmpty(since))
            {
                if (!DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    return Results.Problem($"since must be an ISO 8601 date or time (got '{since}')",
                        statusCode: StatusCodes.Status400BadRequest, title: "Invalid query");
                }
                from = parsed;
            }
            if (limit is < 1 or > 1000)
            {
                return Results.Problem("limit must be between 1 and 1000", statusCode: StatusCodes.Status400BadRequest, title: "Invalid query");
            }
            var articles = await archive.QueryAsync(string.IsNullOrEmpty(source) ? null : source, from, limit ?? 50);
            return Results.Ok(articles);
        }).WithTags("articles").RequireAuthorization();
    }
}
