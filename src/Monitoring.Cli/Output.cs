using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Monitoring.Cli;

/// <summary>
/// Where a command writes: tables and lines for people by default, the API's JSON with <c>--json</c>.
/// JSON is re-encoded as UTF-8 with only the escapes JSON requires (no \u002B for '+', \u003C for '&lt;').
/// </summary>
public sealed class Output(TextWriter stdout, TextWriter stderr, bool json)
{
    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };
    private static readonly JsonWriterOptions RelaxedLine = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    /// <summary>True when <c>--json</c> asked for machine-readable output.</summary>
    public bool Json { get; } = json;

    /// <summary>JSON re-encoded without needless escapes; indented, or on one line for streams.</summary>
    public static string Encode(JsonElement element, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Relaxed : RelaxedLine))
        {
            element.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes <paramref name="body"/> as JSON with <c>--json</c>, else hands it to <paramref name="human"/>.</summary>
    public async Task ShowAsync(string body, Func<JsonElement, Task> human)
    {
        using var doc = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "null" : body);
        if (Json)
        {
            await Out.WriteLineAsync(Encode(doc.RootElement));
        }
        else
        {
            await human(doc.RootElement);
        }
    }

    /// <summary>Shows a body as JSON or, for people, as indented "name: value" lines.</summary>
    public Task ShowAsync(string body) => ShowAsync(body, root => FieldsAsync(root));

    /// <summary>A table of <paramref name="rows"/> under <paramref name="columns"/>; "(none)" when empty.</summary>
    public async Task TableAsync(IEnumerable<JsonElement> rows, params (string Header, Func<JsonElement, string> Cell)[] columns)
    {
        // The last column is not padded, so it is left whole: a long title or error wraps rather than being cut.
        var cells = rows.Select(r => columns.Select((c, i) => i == columns.Length - 1 ? c.Cell(r).ReplaceLineEndings(" ") : Clip(c.Cell(r))).ToArray()).ToList();
        if (cells.Count == 0)
        {
            await Out.WriteLineAsync("(none)");
            return;
        }
        var widths = columns.Select((c, i) => Math.Max(c.Header.Length, cells.Max(row => row[i].Length))).ToArray();
        await Out.WriteLineAsync(Line(columns.Select(c => c.Header).ToArray(), widths));
        foreach (var row in cells)
        {
            await Out.WriteLineAsync(Line(row, widths));
        }
    }

    /// <summary>An object as "name: value" lines, nested objects indented, lists of scalars joined.</summary>
    public async Task FieldsAsync(JsonElement element, int depth = 0)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            await Out.WriteLineAsync(Text(element));
            return;
        }
        var pad = new string(' ', depth * 2);
        foreach (var p in element.EnumerateObject())
        {
            var v = p.Value;
            if (v.ValueKind == JsonValueKind.Object)
            {
                await Out.WriteLineAsync($"{pad}{p.Name}:");
                await FieldsAsync(v, depth + 1);
            }
            else if (v.ValueKind == JsonValueKind.Array && v.EnumerateArray().Any(e => e.ValueKind is JsonValueKind.Object or JsonValueKind.Array))
            {
                await Out.WriteLineAsync($"{pad}{p.Name}: ({v.GetArrayLength()})");
                foreach (var item in v.EnumerateArray())
                {
                    await Out.WriteLineAsync($"{pad}  -");
                    await FieldsAsync(item, depth + 2);
                }
            }
            else
            {
                await Out.WriteLineAsync($"{pad}{p.Name}: {Text(v)}");
            }
        }
    }

    /// <summary>A value as a person reads it: times in UTC without fractions, lists joined, null as "-".</summary>
    public static string Text(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => "-",
        JsonValueKind.String when v.GetString() is { Length: >= 19 } s && s[10] == 'T'
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) =>
            t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        JsonValueKind.String => v.GetString()!,
        JsonValueKind.Array => string.Join(", ", v.EnumerateArray().Select(Text)),
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        _ => v.GetRawText(),
    };

    /// <summary>The text of <paramref name="name"/> in <paramref name="v"/> (dotted for nested), "-" when absent.</summary>
    public static string Field(JsonElement v, string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (v.ValueKind != JsonValueKind.Object || !v.TryGetProperty(part, out v))
            {
                return "-";
            }
        }
        return Text(v);
    }

    private static string Clip(string s)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= 70 ? s : string.Concat(s.AsSpan(0, 69), "…");
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
}
