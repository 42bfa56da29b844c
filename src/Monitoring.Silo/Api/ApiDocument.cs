using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Monitoring.Silo.Auth;
using Scalar.AspNetCore;

namespace Monitoring.Silo.Api;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>) and the API reference page (<c>/api/reference</c>).
/// Endpoints declare their own results; this adds what follows from their authorization (the bearer
/// scheme, 401, and 403 where an operator key is needed) and the health and metrics endpoints, which
/// are not route handlers and so are not described by themselves.
/// </summary>
internal static class ApiDocument
{
    public const string SchemeName = "Bearer";
    public const string ReferencePath = "/api/reference";

    public static IServiceCollection AddMonitoringOpenApi(this IServiceCollection services, bool metricsNeedKey) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, context, ct) =>
            {
                Describe(document, metricsNeedKey);
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(AddAuthResponsesAsync);
        });

    public static void MapMonitoringApiDocs(this WebApplication app)
    {
        app.MapOpenApi();
        // Everything the page needs comes from this silo: the script is served from the package,
        // the default fonts (from a CDN) and the usage telemetry are off.
        app.MapScalarApiReference(ReferencePath, o => o
            .WithTitle("Monitoring API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .AddPreferredSecuritySchemes(SchemeName));
    }

    private static void Describe(OpenApiDocument document, bool metricsNeedKey)
    {
        document.Info.Title = "Monitoring API";
        document.Info.Description = "News monitoring: sources, topics and their alerts, subscriptions. Every /api call needs an API key sent as 'Authorization: Bearer KEY'.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key (operator or subscriber) as the bearer token.",
        };
        document.Paths ??= new OpenApiPaths();
        document.Paths["/healthz"] = Plain("Liveness: the process answers.", "Healthy", unavailable: false, secured: null);
        document.Paths["/readyz"] = Plain("Readiness: storage reachable and the silo active.", "Healthy", unavailable: true, secured: null);
        document.Paths["/metrics"] = Plain("Prometheus metrics (text exposition format).",
            "The meters Microsoft.Orleans and Monitoring", unavailable: false, secured: metricsNeedKey ? document : null);
    }

    /// <summary>A GET answering plain text: 200, 503 when <paramref name="unavailable"/>, 401 and 403 when it needs an operator key.</summary>
    private static OpenApiPathItem Plain(string summary, string body, bool unavailable, OpenApiDocument? secured)
    {
        var operation = new OpenApiOperation
        {
            Summary = summary,
            Responses = new OpenApiResponses { ["200"] = Text(body) },
        };
        if (unavailable)
        {
            operation.Responses["503"] = Text("Unhealthy");
        }
        if (secured is not null)
        {
            operation.Security = [Requirement(secured)];
            operation.Responses["401"] = new OpenApiResponse { Description = "No key, or not a key the silo knows" };
            operation.Responses["403"] = new OpenApiResponse { Description = "An operator key is needed" };
        }
        var item = new OpenApiPathItem();
        item.AddOperation(HttpMethod.Get, operation);
        return item;
    }

    private static OpenApiResponse Text(string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
        },
    };

    private static OpenApiSecurityRequirement Requirement(OpenApiDocument document) =>
        new() { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] };

    /// <summary>Every endpoint that needs a key: the bearer requirement and 401; 403 where only an operator may call it.</summary>
    private static async Task AddAuthResponsesAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var authorize = metadata.OfType<IAuthorizeData>().ToList();
        if (authorize.Count == 0 || metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }
        operation.Security = [Requirement(context.Document!)];
        operation.Responses ??= new OpenApiResponses();
        operation.Responses["401"] = await ProblemAsync("No key, or not a key the silo knows", context, ct);
        var method = context.Description.HttpMethod ?? "GET";
        var operatorOnly = authorize.Any(a => a.Policy == ApiKeys.OperatorPolicy)
            || (metadata.OfType<OperatorWrites>().Any() && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method));
        if (operatorOnly)
        {
            operation.Responses["403"] = await ProblemAsync("An operator key is needed", context, ct);
        }
    }

    private static async Task<OpenApiResponse> ProblemAsync(string description, OpenApiOperationTransformerContext context, CancellationToken ct) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, ct) },
        },
    };
}
