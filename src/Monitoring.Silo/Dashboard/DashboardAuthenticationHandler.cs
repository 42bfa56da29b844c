using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Monitoring.Silo.Auth;
using Monitoring.Storage;

namespace Monitoring.Silo.Dashboard;

/// <summary>
/// Signs dashboard requests in with the API key kept in the <see cref="DashboardAuth.Cookie"/> cookie:
/// the key is looked up on every request, as for the API, so the same roles apply and a deleted key
/// stops working at once. Unknown callers are sent to the sign-in page.
/// </summary>
public sealed class DashboardAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiKeyStore keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Cookies.TryGetValue(DashboardAuth.Cookie, out var key) || string.IsNullOrEmpty(key))
        {
            return AuthenticateResult.NoResult();
        }
        var row = await keys.FindByHashAsync(ApiKeys.Hash(key), Context.RequestAborted);
        if (row is null)
        {
            return AuthenticateResult.Fail("unknown API key");
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, row.Id), new Claim(ClaimTypes.Name, row.Name), new Claim(ClaimTypes.Role, row.Role)],
            DashboardAuth.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), DashboardAuth.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var back = Request.PathBase + Request.Path + Request.QueryString;
        Response.Redirect(DashboardAuth.SignInPath + "?returnUrl=" + Uri.EscapeDataString(back));
        return Task.CompletedTask;
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        Response.ContentType = "text/html; charset=utf-8";
        await Response.WriteAsync("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Forbidden</title><link rel=\"stylesheet\" href=\"/dashboard/assets/dashboard.css\"></head>"
            + "<body><main><h1>Forbidden</h1><p>This page needs an operator key.</p><p><a href=\"/\">Back to the overview</a></p></main></body></html>");
    }
}
