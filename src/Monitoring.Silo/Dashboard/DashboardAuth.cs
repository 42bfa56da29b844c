namespace Monitoring.Silo.Dashboard;

/// <summary>Names the dashboard's sign-in scheme, its policies and its cookie share.</summary>
public static class DashboardAuth
{
    public const string Scheme = "DashboardKey";
    public const string Policy = "dashboard";
    public const string OperatorPolicy = "dashboard-operator";

    /// <summary>Holds the API key itself, so a revoked key signs its browser out on the next request.</summary>
    public const string Cookie = "monitoring_key";

    public const string SignInPath = "/signin";

    /// <summary>A path on this site to go back to after signing in; anything else (another host, a scheme) becomes "/".</summary>
    public static string LocalOrRoot(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
