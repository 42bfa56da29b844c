using Monitoring.Storage;

namespace Monitoring.Silo.Api;

internal static class ArticleEndpoints
{
    public static void MapArticleEndpoints(this WebApplication app)
    {
        app.MapGet("/api/articles", async (IArticleArchive archive, string? source, string? since, int? limit) =>
        {
            var problem = QueryChecks.First(
                QueryChecks.Length("source", source, ApiLimits.MaxIdLength),
                QueryChecks.Date("since", since, out var from),
                QueryChecks.Limit(limit));
            if (problem is not null)
            {
                return QueryChecks.Invalid(problem);
            }
            var articles = await archive.QueryAsync(string.IsNullOrEmpty(source) ? null : source, from, limit ?? 50);
            return Results.Ok(articles);
        }).WithTags("articles").RequireAuthorization().Produces<IReadOnlyList<Monitoring.Abstractions.Article>>().ChecksQuery();
    }
}
