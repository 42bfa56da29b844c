using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Monitoring.Cli;

/// <summary>Talks to a running silo's REST API; the base address comes from <c>MONITORING_URL</c>.</summary>
internal sealed class ApiClient : IDisposable
{
    public const string UrlVariable = "MONITORING_URL";
    public const string KeyVariable = "MONITORING_KEY";
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true };
    private readonly HttpClient _http;

    public ApiClient(string? baseUrl = null)
    {
        var url = baseUrl ?? Environment.GetEnvironmentVariable(UrlVariable) ?? "http://localhost:5000";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new CommandException($"{UrlVariable} must be an absolute URL (got '{url}')");
        }
        _http = new HttpClient { BaseAddress = uri, Timeout = TimeSpan.FromMinutes(3) };
        if (Environment.GetEnvironmentVariable(KeyVariable) is { Length: > 0 } key)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
    }

    public Task<string> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    public Task<string> DeleteAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Delete, path));

    public Task<string> PostJsonAsync(string path, object body) => SendAsync(new HttpRequestMessage(HttpMethod.Post, path)
    {
        Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
    });

    public Task<string> PutJsonAsync(string path, object body) => SendAsync(new HttpRequestMessage(HttpMethod.Put, path)
    {
        Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
    });

    public Task<string> PostTextAsync(string path, string body, string mediaType) => SendAsync(new HttpRequestMessage(HttpMethod.Post, path)
    {
        Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(mediaType)),
    });

    /// <summary>Indents JSON for people; returns anything else unchanged.</summary>
    public static string Format(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return body;
        }
        try
        {
            using var doc = JsonDocument.Parse(body);
            return JsonSerializer.Serialize(doc.RootElement, Pretty);
        }
        catch (JsonException)
        {
            return body;
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<string> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request);
            }
            catch (HttpRequestException e)
            {
                throw new CommandException($"cannot reach the silo at {_http.BaseAddress}: {e.Message}");
            }
            using (response)
            {
                var body = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode)
                {
                    throw new CommandException($"{(int)response.StatusCode} {response.ReasonPhrase}: {ProblemDetail(body)}");
                }
                return body;
            }
        }
    }

    private static string ProblemDetail(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? body : body;
        }
        catch (JsonException)
        {
            return body;
        }
    }
}
