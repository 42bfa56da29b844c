using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Monitoring.Feeds;

/// <summary>
/// Everything that happens to feed text before an XML parser may build a tree from it:
/// HTML is recognised, DTDs are refused (entity expansion is how billion-laughs and external
/// entity attacks work), and the common well-formedness slips of real feeds are repaired.
/// </summary>
internal static partial class XmlScreen
{
    /// <summary>The settings every reader over feed text uses: no DTD, no resolver, no entity expansion.</summary>
    public static XmlReaderSettings SafeSettings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreProcessingInstructions = true,
        CheckCharacters = true,
    };

    /// <summary>Returns text that is well-formed and free of any DTD, or throws <see cref="FeedParseException"/>.</summary>
    public static string Prepare(string text)
    {
        text = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.Length == 0)
        {
            throw new FeedParseException("empty body");
        }
        if (LooksLikeHtml(text))
        {
            throw new FeedParseException("not a feed: the document is HTML");
        }

        // A DOCTYPE naming only an external DTD (old RSS 0.91 feeds) declares nothing we would
        // ever load, so it goes. One with an internal subset is left for the screen to refuse.
        var prolog = SkipProlog(text);
        if (ExternalOnlyDoctype().Match(text, prolog) is { Success: true } doctype && doctype.Index == prolog)
        {
            text = text.Remove(doctype.Index, doctype.Length);
        }

        var error = Screen(text);
        if (error is null)
        {
            return text;
        }
        if (HasDoctype(text))
        {
            throw new FeedParseException("DTD is prohibited in feeds");
        }
        var repaired = Repair(text);
        if (Screen(repaired) is { } stillBroken)
        {
            throw new FeedParseException($"XML error at line {stillBroken.LineNumber}: {WithoutPosition(stillBroken.Message)}", stillBroken);
        }
        return repaired;
    }

    private static XmlException? Screen(string text)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), SafeSettings);
            while (reader.Read())
            {
            }
            return null;
        }
        catch (XmlException e)
        {
            return e;
        }
    }

    /// <summary>
    /// Repairs what browsers and most feed readers forgive: control characters XML forbids, bare
    /// ampersands, and HTML named entities that XML does not define.
    /// </summary>
    internal static string Repair(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\t' or '\n' or '\r' || c >= ' ')
            {
                builder.Append(c);
            }
        }
        var cleaned = builder.ToString();
        var escaped = EntityOrAmpersand().Replace(cleaned, m =>
        {
            if (m.Groups["name"].Success)
            {
                var name = m.Groups["name"].Value;
                if (name is "amp" or "lt" or "gt" or "quot" or "apos")
                {
                    return m.Value;
                }
                var decoded = WebUtility.HtmlDecode(m.Value);
                return decoded == m.Value
                    ? "&amp;" + m.Value[1..]
                    : string.Concat(decoded.EnumerateRunes().Select(r => $"&#{r.Value};"));
            }
            return m.Groups["numeric"].Success ? CharacterReference(m.Groups["numeric"].Value) : "&amp;";
        });
        return BalanceTags(escaped);
    }

    /// <summary>
    /// A numeric reference (<c>#233;</c>, <c>#xE9;</c>, <c>#XE9;</c>) as XML accepts it, or nothing when it names a
    /// character XML forbids (<c>&amp;#1;</c>, <c>&amp;#xFFFE;</c>): that is as ill-formed as the character itself.
    /// </summary>
    private static string CharacterReference(string reference)
    {
        var hex = reference[1] is 'x' or 'X';
        var digits = reference.AsSpan()[(hex ? 2 : 1)..^1];
        return int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            && (code > 0xFFFF ? code <= 0x10FFFF : XmlConvert.IsXmlChar((char)code))
            ? $"&#{code};"
            : string.Empty;
    }

    /// <summary>
    /// Makes end tags match start tags: a mistyped end tag (<c>&lt;language&gt;en&lt;/langauge&gt;</c>)
    /// closes the open element, an end tag for an outer element closes the ones left open inside it.
    /// </summary>
    internal static string BalanceTags(string text)
    {
        var open = new Stack<string>();
        var result = Markup().Replace(text, m =>
        {
            if (m.Groups["start"].Success)
            {
                if (!m.Value.EndsWith("/>", StringComparison.Ordinal))
                {
                    open.Push(m.Groups["start"].Value);
                }
                return m.Value;
            }
            if (!m.Groups["end"].Success)
            {
                return m.Value;
            }
            var name = m.Groups["end"].Value;
            if (open.Count == 0)
            {
                return string.Empty;
            }
            if (!open.Contains(name))
            {
                return $"</{open.Pop()}>";
            }
            var closing = new StringBuilder();
            while (open.Pop() is var top && top != name)
            {
                closing.Append("</").Append(top).Append('>');
            }
            return closing.Append("</").Append(name).Append('>').ToString();
        });
        return open.Count == 0 ? result : result + string.Concat(open.Select(n => $"</{n}>"));
    }

    private static bool LooksLikeHtml(string text)
    {
        var start = SkipProlog(text);
        var rest = text.AsSpan(start);
        return rest.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasDoctype(string text) => text.AsSpan(SkipProlog(text)).StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);

    /// <summary>Index of the first markup after the XML declaration, comments and whitespace.</summary>
    private static int SkipProlog(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else if (string.CompareOrdinal(text, i, "<?", 0, 2) == 0)
            {
                var end = text.IndexOf("?>", i, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 2;
            }
            else if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
            {
                var end = text.IndexOf("-->", i, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 3;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    private static string WithoutPosition(string message) => PositionSuffix().Replace(message, string.Empty);

    [GeneratedRegex(@"<!DOCTYPE\s+[A-Za-z_:][\w:.\-]*(\s+(PUBLIC\s+(""[^""]*""|'[^']*')\s+|SYSTEM\s+)(""[^""]*""|'[^']*'))?\s*>")]
    private static partial Regex ExternalOnlyDoctype();

    [GeneratedRegex(@"&(?:(?<name>[A-Za-z][A-Za-z0-9]*);|(?<numeric>#[0-9]+;|#[xX][0-9A-Fa-f]+;))?")]
    private static partial Regex EntityOrAmpersand();

    [GeneratedRegex(@"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<[?!].*?>|</(?<end>[A-Za-z_][\w:.\-]*)\s*>|<(?<start>[A-Za-z_][\w:.\-]*)(?:[^>""']|""[^""]*""|'[^']*')*>", RegexOptions.Singleline)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex PositionSuffix();
}
