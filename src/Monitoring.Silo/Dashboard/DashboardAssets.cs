using System.Reflection;

namespace Monitoring.Silo.Dashboard;

/// <summary>The dashboard's stylesheet and script, embedded in the assembly so the silo serves them with no files beside it and no CDN.</summary>
internal static class DashboardAssets
{
    private static readonly Dictionary<string, (byte[] Body, string ContentType)> Files = Load();

    public static void MapDashboardAssets(this WebApplication app) =>
        app.MapGet("/dashboard/assets/{name}", (string name, HttpContext http) =>
        {
            if (!Files.TryGetValue(name, out var file))
            {
                return Results.NotFound();
            }
            http.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Bytes(file.Body, file.ContentType);
        }).ExcludeFromDescription().AllowAnonymous();

    private static Dictionary<string, (byte[], string)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var name in new[] { "dashboard.css", "dashboard.js" })
        {
            using var stream = assembly.GetManifestResourceStream("Monitoring.Silo.Dashboard.Assets." + name)
                ?? throw new InvalidOperationException($"the dashboard asset {name} is not embedded");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[name] = (copy.ToArray(), name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
        }
        return files;
    }
}
