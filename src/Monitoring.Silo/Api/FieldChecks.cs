namespace Monitoring.Silo.Api;

/// <summary>Checks against <see cref="ApiLimits"/>; each problem starts with the field it is about.</summary>
internal static class FieldChecks
{
    public static void Length(List<string> problems, string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            problems.Add($"{field} must be at most {max} characters (got {value.Length})");
        }
    }

    /// <summary>At most <see cref="ApiLimits.MaxListItems"/> strings, none null, each at most <see cref="ApiLimits.MaxItemLength"/> characters.</summary>
    public static void List(List<string> problems, string field, IReadOnlyList<string?>? values)
    {
        if (values is null)
        {
            return;
        }
        if (values.Count > ApiLimits.MaxListItems)
        {
            problems.Add($"{field} must have at most {ApiLimits.MaxListItems} items (got {values.Count})");
            return;
        }
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is null)
            {
                problems.Add($"{field}[{i}] must be a string, not null");
            }
            else
            {
                Length(problems, $"{field}[{i}]", values[i], ApiLimits.MaxItemLength);
            }
        }
    }

    /// <summary>1-64 lower-case letters, digits and '-', starting with a letter or digit. No regex: '$' would let a final newline through.</summary>
    public static bool IsSlug(string? id) =>
        id is { Length: > 0 and <= ApiLimits.MaxIdLength }
        && IsSlugChar(id[0]) && id[0] != '-'
        && id.All(IsSlugChar);

    /// <summary>An API key id as the key store makes them: letters and digits, of bounded length.</summary>
    public static bool IsKeyId(string? id) => id is { Length: > 0 and <= ApiLimits.MaxIdLength } && id.All(char.IsAsciiLetterOrDigit);

    private static bool IsSlugChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-';
}
