using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Api;

/// <summary>The OpenAPI document a real silo serves tells the codes each endpoint answers, how to authenticate, and everything mapped.</summary>
public sealed partial class OpenApiTests : IAsyncLifetime
{
    private RunningSilo _silo = null!;
    private JsonElement _document;

    public async Task InitializeAsync()
    {
        _silo = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling);
        using var anonymous = _silo.ClientWithKey(null);
        using var response = await anonymous.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        _document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    /// <summary>The operation at a path, written with or without the trailing slash a group's root route keeps.</summary>
    private JsonElement Operation(string path, string method)
    {
        var paths = _document.GetProperty("paths");
        foreach (var candidate in new[] { path, path.TrimEnd('/'), path.TrimEnd('/') + "/" })
        {
            if (paths.TryGetProperty(candidate, out var item) && item.TryGetProperty(method, out var operation))
            {
                return operation;
            }
        }
        throw new Xunit.Sdk.XunitException($"{method.ToUpperInvariant()} {path} is not in the OpenAPI document");
    }

    private HashSet<string> Codes(string path, string method) =>
        Operation(path, method).GetProperty("responses").EnumerateObject().Select(p => p.Name).ToHashSet();

    [Fact]
    public void Adding_a_source_lists_every_code_it_answers_with_problem_details_for_errors()
    {
        var codes = Codes("/api/sources", "post");
        Assert.Superset(new HashSet<string> { "200", "201", "400", "401", "403", "413", "415", "422" }, codes);
        var created = Operation("/api/sources", "post").GetProperty("responses").GetProperty("201");
        Assert.True(created.GetProperty("content").GetProperty("application/json").GetProperty("schema").TryGetProperty("$ref", out _));
        foreach (var code in new[] { "400", "401", "403", "422" })
        {
            Assert.True(Operation("/api/sources", "post").GetProperty("responses").GetProperty(code).GetProperty("content").TryGetProperty("application/problem+json", out _),
                $"{code} is not a problem");
        }
        // A subscriber may read sources: 403 only where an operator key is needed.
        Assert.DoesNotContain("403", Codes("/api/sources", "get"));
        Assert.Contains("201", Codes("/api/topics", "post"));
        Assert.Contains("409", Codes("/api/topics", "post"));
        Assert.Contains("202", Codes("/api/topics/{id}/replay", "post"));
        Assert.Contains("204", Codes("/api/topics/{id}", "delete"));
    }

    [Fact]
    public void The_key_is_a_bearer_scheme_and_every_api_endpoint_lists_401()
    {
        var scheme = _document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        var apiOperations = 0;
        foreach (var path in _document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                apiOperations++;
                Assert.True(operation.Value.GetProperty("responses").TryGetProperty("401", out _), $"{operation.Name} {path.Name} does not list 401");
                var security = operation.Value.GetProperty("security").EnumerateArray().Single();
                Assert.True(security.TryGetProperty("Bearer", out _), $"{operation.Name} {path.Name} does not require the bearer scheme");
            }
        }
        Assert.True(apiOperations >= 25, $"{apiOperations} operations under /api");
    }

    [Fact]
    public void Health_and_metrics_are_in_the_document()
    {
        Assert.Superset(new HashSet<string> { "200", "503" }, Codes("/readyz", "get"));
        Assert.Contains("200", Codes("/healthz", "get"));
        Assert.Contains("200", Codes("/metrics", "get"));
        Assert.True(Operation("/metrics", "get").GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/plain", out _));
    }

    /// <summary>The success code each endpoint really answers, where it is not 200.</summary>
    private static readonly Dictionary<string, string> Success = new(StringComparer.Ordinal)
    {
        ["POST /api/sources/"] = "201",
        ["POST /api/topics/"] = "201",
        ["POST /api/subscriptions/"] = "201",
        ["POST /api/keys/"] = "201",
        ["POST /api/topics/{id}/replay"] = "202",
        ["POST /api/sources/poll"] = "202",
    };

    [Fact]
    public void Every_mapped_endpoint_declares_its_success_code_and_the_document_lists_it()
    {
        var endpoints = _silo.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not null && e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .ToList();
        Assert.True(endpoints.Count >= 25, $"{endpoints.Count} endpoints");
        foreach (var endpoint in endpoints)
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods)
            {
                var name = $"{method} {pattern}";
                var expected = Success.TryGetValue(name, out var code) ? code : method == "DELETE" ? "204" : "200";
                var declared = endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Select(p => p.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
                Assert.True(declared.Contains(expected), $"{name} does not declare {expected} (declares {string.Join(", ", declared)})");
                Assert.True(Codes(pattern, method.ToLowerInvariant()).Contains(expected), $"{name}: the document does not list {expected}");
            }
        }
    }

    [Fact]
    public async Task The_reference_page_is_served_by_the_silo_with_no_outside_address()
    {
        using var anonymous = _silo.ClientWithKey(null);
        using var page = await anonymous.GetAsync("/api/reference");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        var outside = AbsoluteUrl().Matches(html).Select(m => m.Value).Where(u => !u.StartsWith(_silo.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)).ToList();
        Assert.True(outside.Count == 0, "outside addresses: " + string.Join(", ", outside));
        // Every script it loads comes from the silo.
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
        {
            using var response = await anonymous.GetAsync(new Uri(new Uri(_silo.BaseAddress, "/api/reference/"), script));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{script}: {(int)response.StatusCode}");
        }
    }

    [GeneratedRegex("(?:https?:)?//[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}[^\"'\\s)]*")]
    private static partial Regex AbsoluteUrl();

    [GeneratedRegex("<script[^>]*\\ssrc=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
