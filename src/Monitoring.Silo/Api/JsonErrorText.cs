using System.Text.Json;
using System.Text.RegularExpressions;

namespace Monitoring.Silo.Api;

/// <summary>
/// Says what is wrong with a request body in the API's terms: the field and the kind of value it takes, or the
/// field that does not exist and the one meant, never the .NET type names or reader options of the serializer.
/// </summary>
internal static partial class JsonErrorText
{
    /// <summary>"unknown field 'keyword' at $ (did you mean 'keywords'? the fields here: id, name, ...)", or null when the error is another.</summary>
    public static string? UnknownField(JsonException e, JsonSerializerOptions options)
    {
        var match = Unmapped().Match(e.Message);
        if (!match.Success)
        {
            return null;
        }
        var field = match.Groups["field"].Value;
        var type = typeof(JsonErrorText).Assembly.GetType(match.Groups["type"].Value);
        var fields = type is null ? [] : options.GetTypeInfo(type).Properties.Select(p => p.Name).ToList();
        var at = e.Path is { Length: > 0 } path ? $" at {ParentOf(path, field)}" : "";
        if (fields.Count == 0)
        {
            return $"unknown field '{field}'{at}";
        }
        var meant = Closest(field, fields);
        return $"unknown field '{field}'{at} ({(meant is null ? "" : $"did you mean '{meant}'? ")}the fields here: {string.Join(", ", fields)})";
    }

    /// <summary>
    /// The serializer's reason in the API's terms: for a value of the wrong type, the kind of value the field at
    /// <paramref name="path"/> takes (found from <paramref name="root"/>); otherwise its own words without its
    /// advice on reader options.
    /// </summary>
    public static string Reason(string message, Type root, string? path, JsonSerializerOptions options)
    {
        if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            return FieldType(root, path, options) is { } type ? $"the value must be {Kind(type, options)}" : "the value is of the wrong type";
        }
        var reason = message.Replace(" which is not supported in this mode", "", StringComparison.Ordinal);
        var advice = reason.IndexOf(" Change the reader options", StringComparison.Ordinal);
        return advice >= 0 ? reason[..advice] : reason;
    }

    /// <summary>The type of the field a JSON path ("$.filters.kinds[0]") names, or null when the path does not lead to one.</summary>
    internal static Type? FieldType(Type root, string? path, JsonSerializerOptions options)
    {
        if (path is null || !path.StartsWith('$'))
        {
            return null;
        }
        var type = root;
        foreach (var step in FieldPath().Matches(path).Cast<Match>())
        {
            if (step.Groups["index"].Success)
            {
                type = ElementType(type);
            }
            else
            {
                var name = step.Groups["name"].Value;
                type = options.GetTypeInfo(type).Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.PropertyType;
            }
            if (type is null)
            {
                return null;
            }
        }
        return type;
    }

    /// <summary>The kind of JSON value a type takes, in the words of the API's documentation.</summary>
    internal static string Kind(Type type, JsonSerializerOptions options)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "a string";
        }
        if (type == typeof(bool))
        {
            return "true or false";
        }
        if (type == typeof(int) || type == typeof(long) || type == typeof(short))
        {
            return "a whole number";
        }
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
        {
            return "a number";
        }
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            return "a date and time (ISO 8601)";
        }
        if (type == typeof(TimeSpan))
        {
            return "a duration (hh:mm:ss)";
        }
        if (type.IsEnum)
        {
            var names = Enum.GetNames(type).Select(n => options.PropertyNamingPolicy?.ConvertName(n) ?? n);
            return $"one of {string.Join(", ", names)}";
        }
        if (ElementType(type) is { } element)
        {
            return element == typeof(string) ? "an array of strings" : $"an array of {Plural(Kind(element, options))}";
        }
        return "an object";
    }

    private static string Plural(string kind) => kind switch
    {
        "a whole number" => "whole numbers",
        "a number" => "numbers",
        "an object" => "objects",
        _ => $"values that are each {kind}",
    };

    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    /// <summary>The field meant: the same letters but for case, '_' and '-', else one at most two edits away.</summary>
    internal static string? Closest(string field, IReadOnlyList<string> fields)
    {
        static string Bare(string s) => s.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        var bare = Bare(field);
        return fields.FirstOrDefault(f => Bare(f) == bare)
            ?? fields.Select(f => (Name: f, Distance: Distance(Bare(f), bare))).Where(x => x.Distance <= 2).OrderBy(x => x.Distance).Select(x => x.Name).FirstOrDefault();
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    /// <summary>The path of the object holding the field ("$.channel" for "$.channel.secrt").</summary>
    private static string ParentOf(string path, string field) =>
        path.EndsWith("." + field, StringComparison.Ordinal) ? path[..^(field.Length + 1)] : path;

    [GeneratedRegex(@"The JSON property '(?<field>[^']*)' could not be mapped to any \.NET member contained in type '(?<type>[^']*)'")]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"\.(?<name>[^.\[\]]+)|\[(?<index>\d+)\]")]
    private static partial Regex FieldPath();
}
