namespace Monitoring.Extraction.Actors;

/// <summary>
/// The country an outlet is at home in, read from its host's country-code suffix ("rnz.co.nz", "swissinfo.ch"):
/// a local outlet's "the Government" is its own country's. Only suffixes sold as a country's own are listed;
/// those used as generic names (.co, .io, .tv, .me, .ly, .ai, .fm) say nothing of where an outlet is.
/// </summary>
public static class OutletCountry
{
    /// <summary>Country code and the country as the gazetteer names it, one pair a line.</summary>
    private const string Codes = """
        nz New Zealand|au Australia|ca Canada|uk United Kingdom|ie Ireland|ch Switzerland|jp Japan|kr South Korea
        sg Singapore|in India|de Germany|fr France|it Italy|es Spain|nl Netherlands|be Belgium|at Austria|se Sweden
        no Norway|dk Denmark|fi Finland|pl Poland|cz Czech Republic|pt Portugal|gr Greece|hu Hungary|ro Romania
        ee Estonia|lv Latvia|lt Lithuania|ua Ukraine|ru Russia|cn China|tw Taiwan|ir Iran|tr Turkey|il Israel
        za South Africa|br Brazil|mx Mexico|ar Argentina|cl Chile|ph Philippines|my Malaysia|id Indonesia|th Thailand
        vn Vietnam|pk Pakistan|ng Nigeria|ke Kenya|gh Ghana|az Azerbaijan
        """;

    private static readonly Dictionary<string, string> ByCode = Codes
        .Split(['|', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .ToDictionary(pair => pair[..pair.IndexOf(' ')], pair => pair[(pair.IndexOf(' ') + 1)..], StringComparer.OrdinalIgnoreCase);

    /// <summary>The home country's name for an article's source host or URL, or null for a generic suffix (.com, .org, .co).</summary>
    public static string? Of(string? source, string? url)
    {
        var host = HostOf(source) ?? HostOf(url);
        if (host is null)
        {
            return null;
        }
        var dot = host.LastIndexOf('.');
        return dot < 0 ? null : ByCode.GetValueOrDefault(host[(dot + 1)..]);
    }

    /// <summary>"amp.rnz.co.nz" as given, or the host of "https://www.stuff.co.nz/…".</summary>
    private static string? HostOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        value = value.Trim();
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            return uri.Host.TrimEnd('.');
        }
        return value.Contains('/') || value.Contains(' ') || !value.Contains('.') ? null : value.TrimEnd('.');
    }
}
