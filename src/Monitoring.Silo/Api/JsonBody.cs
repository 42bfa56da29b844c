using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Monitoring.Silo.Api;

/// <summary>
/// Reads a JSON request body within <see cref="ApiLimits.MaxJsonBodyBytes"/>. Endpoints read their
/// bodies here rather than through parameter binding, so every failure is a problem that says what
/// is wrong: the wrong content type, too large, empty, or where the JSON broke and at which field.
/// </summary>
internal static class JsonBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, Results.Problem($"the body must be JSON with Content-Type: application/json (got '{request.ContentType}')",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type"));
        }
        if (request.ContentLength > ApiLimits.MaxJsonBodyBytes)
        {
            return (null, TooLarge());
        }
        var bytes = await ReadAtMostAsync(request.Body, ApiLimits.MaxJsonBodyBytes, request.HttpContext.RequestAborted);
        if (bytes is null)
        {
            return (null, TooLarge());
        }
        if (bytes.Length == 0)
        {
            return (null, Invalid("a JSON body is required"));
        }
        var options = Strict(request.HttpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions);
        try
        {
            var value = JsonSerializer.Deserialize<T>(bytes, options);
            return value is null ? (null, Invalid("a JSON body is required, not null")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Invalid(JsonErrorText.UnknownField(e, options) ?? Describe(e, typeof(T), options)));
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> StrictOf = [];

    /// <summary>
    /// The API's options refusing fields a request type does not have: a misspelt field ("keyword" for
    /// "keywords") silently dropped would make a topic that quietly misses what it was meant to catch.
    /// </summary>
    private static JsonSerializerOptions Strict(JsonSerializerOptions api) =>
        StrictOf.GetValue(api, o => new JsonSerializerOptions(o) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow });

    /// <summary>The body as read, or null when it is longer than <paramref name="max"/> bytes.</summary>
    public static async Task<byte[]?> ReadAtMostAsync(Stream body, int max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>"body is not valid JSON: REASON at PATH, line L, position P", lines and positions from 1.</summary>
    public static string Describe(JsonException e, Type body, JsonSerializerOptions options)
    {
        var reason = e.Message;
        var cut = reason.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            reason = reason[..cut];
        }
        reason = JsonErrorText.Reason(reason, body, e.Path, options);
        var where = new List<string>();
        if (e.Path is { Length: > 1 } path)
        {
            where.Add(path);
        }
        if (e.LineNumber is { } line)
        {
            where.Add($"line {line + 1}");
        }
        if (e.BytePositionInLine is { } position)
        {
            where.Add($"position {position + 1}");
        }
        return where.Count == 0 ? $"body is not valid JSON: {reason}" : $"body is not valid JSON: {reason.TrimEnd('.')} at {string.Join(", ", where)}";
    }

    private static IResult Invalid(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid body");

    private static IResult TooLarge() =>
        Results.Problem($"body must be at most {ApiLimits.MaxJsonBodyBytes} bytes", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large");
}
