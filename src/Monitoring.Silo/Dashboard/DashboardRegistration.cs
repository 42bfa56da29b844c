using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
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
        }).ConfigureApplicationPartManager(AddPages);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "monitoring_csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddSingleton<ActivityStats>();
    }

    /// <summary>The pages live in this assembly, which is not the entry assembly when a test host starts the silo.</summary>
    private static void AddPages(ApplicationPartManager manager)
    {
        var assembly = typeof(DashboardRegistration).Assembly;
        if (manager.ApplicationParts.Any(p => p is AssemblyPart a && a.Assembly == assembly))
        {
            return;
        }
        foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
        {
            manager.ApplicationParts.Add(part);
        }
    }

    public static void MapDashboard(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapDashboardAssets();
        app.MapOrleansDashboardForOperators();
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
        // The topic page's replay line, fetched again while a replay or backfill runs (the API's GET .../replay needs a bearer key).
        app.MapGet("/dashboard/replay", async (HttpContext http, string topic, TopicAccess access, TopicDirectory directory, IGrainFactory grains) =>
        {
            if (!await access.CanReadAsync(Caller.From(http.User), topic) || !await directory.ExistsAsync(topic))
            {
                return Results.NotFound();
            }
            var status = await grains.GetGrain<Monitoring.Abstractions.ITopicGrain>(topic).GetReplayStatus();
            return Results.Ok(new ReplayLine(status.Running, ReplayText.Describe(status)));
        }).ExcludeFromDescription().RequireAuthorization(DashboardAuth.Policy);
    }

}
