using System.Text;
using System.Xml.Linq;

namespace Monitoring.Feeds;

/// <summary>Reading text out of feed elements the way feed readers agree on.</summary>
internal static partial class XmlText
{
    /// <summary>
    /// Plain text, or when the element holds undeclared markup (<c>&lt;title&gt;&lt;p&gt;x&lt;/p&gt;&lt;/title&gt;</c>)
    /// that markup as a string, so nothing the publisher wrote is dropped. Trimmed; empty is null.
    /// </summary>
    public static string? Of(XElement? element)
    {
        if (element is null)
        {
            return null;
        }
        var text = element.HasElements ? InnerXml(element) : element.Value;
        return NullIfEmpty(text);
    }

    /// <summary>An Atom text construct: <c>type</c> text, html, xhtml or a MIME type (then base64); Atom 0.3 <c>mode</c>.</summary>
    public static string? OfAtom(XElement? element)
    {
        var text = OfAtomRaw(element);
        var type = ((string?)element?.Attribute("type"))?.Trim().ToLowerInvariant();
        // Markup written against xml:base keeps working once it leaves the document.
        return text is not null && type is "html" or "xhtml" or "text/html" or "application/xhtml+xml" && BaseOf(element!, null) is { } baseUri
            ? ResolveMarkupUrls(text, baseUri)
            : text;
    }

    /// <summary>Makes href and src attributes in an HTML fragment absolute.</summary>
    public static string ResolveMarkupUrls(string html, Uri baseUri) =>
        UrlAttribute().Replace(html, m => m.Groups[1].Value + m.Groups[2].Value
            + System.Net.WebUtility.HtmlEncode(Resolve(baseUri, System.Net.WebUtility.HtmlDecode(m.Groups[3].Value))) + m.Groups[2].Value);

    private static string? OfAtomRaw(XElement? element)
    {
        if (element is null)
        {
            return null;
        }
        var type = ((string?)element.Attribute("type"))?.Trim().ToLowerInvariant();
        var mode = ((string?)element.Attribute("mode"))?.Trim().ToLowerInvariant();
        if (type is "xhtml" or "application/xhtml+xml")
        {
            var div = element.Elements().FirstOrDefault(e => e.Name.LocalName == "div");
            return NullIfEmpty(div is not null && element.Elements().Count() == 1 ? InnerXml(div) : InnerXml(element));
        }
        if (mode == "base64" || (type is not null && IsBinaryType(type)))
        {
            // Only trust the media type when the text really is base64 of UTF-8 text.
            return NullIfEmpty(Base64(element.Value) ?? element.Value);
        }
        return Of(element);
    }

    public static string? Attribute(XElement? element, string name) => NullIfEmpty((string?)element?.Attribute(name));

    /// <summary>The element's content serialised without namespace declarations.</summary>
    public static string InnerXml(XElement element)
    {
        var builder = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            builder.Append(node is XElement child ? WithoutNamespaces(child).ToString(SaveOptions.DisableFormatting) : node.ToString(SaveOptions.DisableFormatting));
        }
        return builder.ToString();
    }

    public static string? NullIfEmpty(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    /// <summary>The base URL in force at an element: the caller's base, refined by every xml:base on the way down.</summary>
    public static Uri? BaseOf(XElement element, Uri? documentBase)
    {
        var current = documentBase;
        foreach (var ancestor in element.AncestorsAndSelf().Reverse())
        {
            if ((string?)ancestor.Attribute(XNamespace.Xml + "base") is { } declared && !string.IsNullOrWhiteSpace(declared))
            {
                current = Resolve(current, declared.Trim()) is { } resolved && HasScheme().IsMatch(resolved) && Uri.TryCreate(resolved, UriKind.Absolute, out var uri) ? uri : current;
            }
        }
        return current;
    }

    /// <summary>Resolves a possibly relative reference; returns it unchanged when there is nothing to resolve against.</summary>
    public static string? Resolve(Uri? baseUri, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }
        reference = reference.Trim();
        // Checked by hand: on Unix, Uri takes "/path" for an absolute file URI.
        if (HasScheme().IsMatch(reference))
        {
            return reference;
        }
        return baseUri is not null && Uri.TryCreate(baseUri, reference, out var resolved) ? resolved.ToString() : reference;
    }

    private static bool IsBinaryType(string type) =>
        type is not ("text" or "html") && !type.StartsWith("text/", StringComparison.Ordinal)
        && !type.EndsWith("+xml", StringComparison.Ordinal) && !type.EndsWith("/xml", StringComparison.Ordinal);

    private static string? Base64(string text)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(text.Trim()));
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static XElement WithoutNamespaces(XElement element) => new(
        element.Name.LocalName,
        element.Attributes().Where(a => !a.IsNamespaceDeclaration).DistinctBy(a => a.Name.LocalName).Select(a => new XAttribute(a.Name.LocalName, a.Value)),
        element.Nodes().Select(n => n is XElement child ? WithoutNamespaces(child) : n));

    [System.Text.RegularExpressions.GeneratedRegex(@"(\s(?:href|src)\s*=\s*)([""'])(.*?)\2", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex UrlAttribute();

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial System.Text.RegularExpressions.Regex HasScheme();
}
