using System.Text;

namespace Monitoring.Grains.Sources;

/// <summary>Turns a fetched page's bytes into text, honouring the declared charset when it is known.</summary>
public static class PageText
{
    static PageText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] body, string? contentType)
    {
        var encoding = Encoding.UTF8;
        var charset = CharsetOf(contentType);
        if (charset is not null)
        {
            try
            {
                encoding = Encoding.GetEncoding(charset);
            }
            catch (ArgumentException)
            {
                // An unknown charset name: UTF-8 with replacement characters beats losing the page.
            }
        }
        return encoding.GetString(body);
    }

    private static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }
        foreach (var part in contentType.Split(';'))
        {
            var p = part.Trim();
            if (p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
            {
                return p["charset=".Length..].Trim('"', '\'', ' ');
            }
        }
        return null;
    }
}
