using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Monitoring.Silo.Dashboard.Pages;

public sealed class SignOutModel : PageModel
{
    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        Response.Cookies.Delete(DashboardAuth.Cookie, new CookieOptions { Path = "/", SameSite = SameSiteMode.Strict, HttpOnly = true, Secure = Request.IsHttps });
        return Redirect(DashboardAuth.SignInPath);
    }
}
