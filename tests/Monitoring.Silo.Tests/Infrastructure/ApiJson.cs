using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Silo.Tests.Infrastructure;

/// <summary>JSON calls to a silo process's API that must succeed; a failure names the call, its status and body.</summary>
internal static class ApiJson
{
    public static async Task<JsonElement> PostAsync(HttpClient api, string path, object body)
    {
        using var response = await api.PostAsJsonAsync(path, body);
        return await ReadAsync(response, "POST", path);
    }

    public static async Task<JsonElement> GetAsync(HttpClient api, string path)
    {
        using var response = await api.GetAsync(path);
        return await ReadAsync(response, "GET", path);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, string method, string path)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
