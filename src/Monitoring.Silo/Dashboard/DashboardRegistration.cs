using Microsoft.AspNetCore.Authentication;
using Monitoring.Silo.Api;
using Monitoring.Silo.Auth;
using Monitoring.Storage;
using Monitoring.Silo.Delivery;

namespace Monitoring.Silo.Dashboard;

/// <summary>The operator dashboard at <c>/</c>: Razor Pages signed in with an API key kept in a cookie.</summary>
public static class DashboardRegistration
{
    public static void AddDashboard(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, DashboardAuthenticationHandler>(DashboardAuth.Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(DashboardAuth.Policy, p => p.AddAuthenticationSchemes(DashboardAuth.Scheme).RequireAuthenticatedUser())
            .AddPolicy(DashboardAuth.OperatorPolicy, p => p.AddAuthenticationSchemes(DashboardAuth.Scheme).RequireRole(ApiKeys.Operator));
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Dashboard/Pages";
            o.Conventions.AuthorizeFolder("/", DashboardAuth.Policy);
            o.Conventions.AllowAnonymousToPage("/SignIn");
            o.Conventions.AuthorizePage("/Cluster", DashboardAuth.OperatorPolicy);
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "monitoring_csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddSingleton<ActivityStats>();
    }

    public static void MapDashboard(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapDashboardAssets();
        // The live alert log: the API's stream, signed in with the dashboard's cookie (EventSource cannot send a header).
        app.MapGet("/dashboard/stream", async (HttpContext http, string topic, long? after, TopicAccess access, ITopicStore store, AlertSignal signal, TimeProvider time) =>
        {
            if (!await access.CanReadAsync(Caller.From(http.User), topic))
            {
                return Results.NotFound();
            }
            await StreamEndpoints.StreamAsync(http, topic, Math.Max(0, after ?? 0), store, signal, time);
            return Results.Empty;
        }).ExcludeFromDescription().RequireAuthorization(DashboardAuth.Policy);
    }
}
