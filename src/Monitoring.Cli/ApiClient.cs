using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Monitoring.Cli;

/// <summary>Talks to a running silo's REST API; the base address comes from <c>MONITORING_URL</c>.</summary>
internal sealed class ApiClient : IDisposable
{
    public const string UrlVariable = "MONITORING_URL";
    public const string KeyVariable = "MONITORING_KEY";
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

    /// <summary>
    /// Follows a Server-Sent Events stream and hands each event's id and data to <paramref name="onEvent"/>;
    /// on a dropped connection it reconnects with <c>Last-Event-ID</c>, so no event is missed or repeated.
    /// </summary>
    public async Task FollowAsync(string path, long? after, Func<long, string, Task> onEvent, CancellationToken ct)
    {
        var last = after;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Accept.ParseAdd("text/event-stream");
                if (last is not null)
                {
                    request.Headers.Add("Last-Event-ID", last.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                if (!response.IsSuccessStatusCode)
                {
                    throw Refused(response, await response.Content.ReadAsStringAsync(ct));
                }
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
                long? id = null;
                while (await reader.ReadLineAsync(ct) is { } line)
                {
                    if (line.StartsWith("id: ", StringComparison.Ordinal) && long.TryParse(line.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture, out var parsed))
                    {
                        id = parsed;
                    }
                    else if (line.StartsWith("data: ", StringComparison.Ordinal) && id is not null)
                    {
                        await onEvent(id.Value, line[6..]);
                        last = id;
                        id = null;
                    }
                }
            }
            catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.ConnectionError && last is null)
            {
                // Never connected: the silo is not there, so waiting would hide the mistake.
                throw Unreachable(e);
            }
            catch (Exception e) when (e is HttpRequestException or IOException && !ct.IsCancellationRequested)
            {
                await Console.Error.WriteLineAsync($"stream interrupted ({e.Message}); reconnecting");
                await Task.Delay(1000, ct);
            }
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
                throw Unreachable(e);
            }
            using (response)
            {
                var body = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode)
                {
                    throw Refused(response, body);
                }
                return body;
            }
        }
    }

    private CommandException Unreachable(HttpRequestException e) => new(
        $"cannot reach the silo at {_http.BaseAddress} ({e.Message}). Start it with ./run.sh, or set {UrlVariable} to where it listens.",
        ExitCodes.Unreachable);

    /// <summary>A refusal in words that say how to fix it: the problem's detail, and for 401/403 what key is needed.</summary>
    private CommandException Refused(HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        var detail = ProblemDetail(body);
        var hint = status switch
        {
            401 when _http.DefaultRequestHeaders.Authorization is null =>
                $" {KeyVariable} is not set: export {KeyVariable}=KEY with the operator key the silo printed at its first start (or the one in Auth__BootstrapOperatorKey).",
            401 => $" The key in {KeyVariable} is not one this silo knows: set {KeyVariable} to a key it issued (the operator key it printed at its first start, Auth__BootstrapOperatorKey, or one from 'monitoring keys add').",
            403 => $" The key in {KeyVariable} may not do this; use an operator key.",
            _ => "",
        };
        var head = string.IsNullOrWhiteSpace(detail) ? $"{status} {response.ReasonPhrase}." : $"{status} {response.ReasonPhrase}: {detail}";
        // The hint is a sentence of its own: the detail before it ends as one.
        if (hint.Length > 0 && !head.EndsWith('.'))
        {
            head += ".";
        }
        return new CommandException(head + hint, ExitCodes.Failed);
    }

    private static string ProblemDetail(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return body;
            }
            if (doc.RootElement.TryGetProperty("detail", out var detail) && detail.GetString() is { Length: > 0 } text)
            {
                return text;
            }
            return doc.RootElement.TryGetProperty("title", out var title) ? title.GetString() ?? "" : body;
        }
        catch (JsonException)
        {
            return body;
        }
    }
}
