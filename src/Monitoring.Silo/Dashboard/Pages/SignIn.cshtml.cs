using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monitoring.Silo.Auth;
using Monitoring.Storage;

namespace Monitoring.Silo.Dashboard.Pages;

public sealed class SignInModel(IApiKeyStore keys) : PageModel
{
    /// <summary>How long a browser stays signed in without signing in again.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? key)
    {
        if (string.IsNullOrWhiteSpace(key) || await keys.FindByHashAsync(ApiKeys.Hash(key.Trim()), HttpContext.RequestAborted) is null)
        {
            Error = "That key is not known to this silo.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        Response.Cookies.Append(DashboardAuth.Cookie, key.Trim(), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = Request.IsHttps,
            Path = "/",
            MaxAge = Lifetime,
            IsEssential = true,
        });
        return LocalRedirect(DashboardAuth.LocalOrRoot(ReturnUrl));
    }
}
