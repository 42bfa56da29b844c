using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Monitoring.Feeds;

/// <summary>
/// Turns feed bytes into text. Order of trust: byte-order mark, XML declaration, Content-Type
/// charset, UTF-8. A declared charset that is unknown or contradicted by the bytes must not
/// crash the poll, so undecodable UTF-8 falls back to UTF-8 with replacement characters or to
/// windows-1252, whichever explains the bytes better.
/// </summary>
internal static partial class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] body, string? contentType)
    {
        var span = body.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(span[3..]);
        }
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(span[2..]);
        }
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(span[2..]);
        }
        if (span.Length >= 2 && span[0] == (byte)'<' && span[1] == 0)
        {
            return Encoding.Unicode.GetString(span);
        }
        if (span.Length >= 2 && span[0] == 0 && span[1] == (byte)'<')
        {
            return Encoding.BigEndianUnicode.GetString(span);
        }

        foreach (var name in new[] { DeclaredEncoding(span), ContentTypeCharset(contentType) })
        {
            if (Lookup(name) is { } encoding)
            {
                return encoding.CodePage == Encoding.UTF8.CodePage ? DecodeUtf8(span) : encoding.GetString(span);
            }
        }
        return DecodeUtf8(span);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Mislabelled text: mostly-valid UTF-8 keeps its characters; otherwise it was a legacy code page.
            var lenient = Encoding.UTF8.GetString(bytes);
            var replaced = lenient.Count(c => c == '\uFFFD');
            var decoded = lenient.Count(c => c > '\u007F' && c != '\uFFFD');
            return decoded > replaced ? lenient : Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    private static Encoding? Lookup(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        try
        {
            var encoding = Encoding.GetEncoding(name.Trim());
            // The bytes were read as ASCII to find the declaration, so a two-byte encoding named there is a lie.
            return encoding.IsSingleByte || encoding.CodePage is 65001 or 932 or 936 or 949 or 950 or 51932 or 51949 or 54936 or 20932
                ? encoding
                : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? DeclaredEncoding(ReadOnlySpan<byte> span)
    {
        var head = Encoding.Latin1.GetString(span[..Math.Min(span.Length, 512)]);
        var match = XmlDeclarationEncoding().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string? ContentTypeCharset(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.CharSet?.Trim('"') : null;

    [GeneratedRegex("""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']*)["']""")]
    private static partial Regex XmlDeclarationEncoding();
}
