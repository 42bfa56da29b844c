using System.Globalization;

namespace Monitoring.Silo.Api;

/// <summary>Query-string bounds; a value out of bounds is a 400 naming the parameter.</summary>
internal static class QueryChecks
{
    public static IResult Invalid(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid query");

    /// <summary>A page size: 1 to <see cref="ApiLimits.MaxPageSize"/>.</summary>
    public static string? Limit(int? limit) =>
        limit is < 1 or > ApiLimits.MaxPageSize ? $"limit must be between 1 and {ApiLimits.MaxPageSize} (got {limit})" : null;

    public static string? NotNegative(string name, long? value) =>
        value < 0 ? $"{name} must be 0 or more (got {value})" : null;

    public static string? Length(string name, string? value, int max) =>
        value is not null && value.Length > max ? $"{name} must be at most {max} characters (got {value.Length})" : null;

    /// <summary>An ISO 8601 date or time; a missing value is no problem.</summary>
    public static string? Date(string name, string? value, out DateTimeOffset? parsed)
    {
        parsed = null;
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return $"{name} must be an ISO 8601 date or time (got '{Shorten(value)}')";
        }
        parsed = at;
        return null;
    }

    /// <summary>The first problem of several checks, or null.</summary>
    public static string? First(params string?[] problems) => problems.FirstOrDefault(p => p is not null);

    /// <summary>Echoes at most a line of what was sent.</summary>
    public static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
