using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Monitoring.Storage;

namespace Monitoring.Silo.Auth;

/// <summary>Accepts <c>Authorization: Bearer KEY</c> for a key in the store; the key's role becomes the caller's role.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyCache keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        // Stryker disable once Block : equivalent, without a header Fail challenges with the same 401 as NoResult.
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }
        // Stryker disable once Equality : equivalent, a bare "Bearer " then fails as an unknown empty key, with the same 401.
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            // Stryker disable once String : equivalent, failure messages are only logged; the challenge body is fixed.
            return AuthenticateResult.Fail("the Authorization header must be 'Bearer KEY'");
        }
        var row = await keys.FindAsync(ApiKeys.Hash(header[7..].Trim()), Context.RequestAborted);
        if (row is null)
        {
            // Stryker disable once String : equivalent, as above.
            return AuthenticateResult.Fail("unknown API key");
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, row.Id), new Claim(ClaimTypes.Name, row.Name), new Claim(ClaimTypes.Role, row.Role)],
            ApiKeys.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeys.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Response.WriteAsJsonAsync(new { title = "Unauthorized", status = 401, detail = "send an API key as 'Authorization: Bearer KEY'" },
            (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
