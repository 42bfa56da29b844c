namespace Monitoring.Silo.Auth;

/// <summary>The two access rules most endpoints share.</summary>
public static class AuthEndpointExtensions
{
    /// <summary>Any key may read; only an operator may change (every method but GET and HEAD).</summary>
    public static TBuilder ReadAnyWriteOperator<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireAuthorization();
        builder.WithMetadata(OperatorWrites.Instance); // so the OpenAPI document lists 403 where it applies
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !http.User.IsInRole(ApiKeys.Operator))
            {
                return Results.Problem("this operation needs an operator key", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
            }
            return await next(context);
        });
        return builder;
    }
}

/// <summary>Marks endpoints where every method but GET and HEAD needs an operator key.</summary>
public sealed class OperatorWrites
{
    public static readonly OperatorWrites Instance = new();

    private OperatorWrites()
    {
    }
}
