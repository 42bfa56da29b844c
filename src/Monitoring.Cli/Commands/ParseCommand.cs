using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Monitoring.Feeds;

namespace Monitoring.Cli.Commands;

/// <summary>
/// <c>monitoring parse FILE|URL...</c>: one JSON line per input, an error line for an input that
/// cannot be read (and on to the next). Exit 0 when every input parsed, 1 otherwise.
/// </summary>
internal static class ParseCommand
{
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            throw new CommandException("usage: monitoring parse FILE|URL...");
        }

        FeedFetcher? fetcher = null;
        var failures = 0;
        foreach (var input in args)
        {
            string line;
            var ok = false;
            try
            {
                var (body, contentType, baseUrl, error) = IsUrl(input, out var url)
                    ? await FetchAsync(fetcher ??= FeedFetcher.Create(OptionsFromEnvironment()), url)
                    : await ReadFileAsync(input);
                line = error is null
                    ? Success(input, FeedParser.Parse(body!, contentType, baseUrl))
                    : Failure(input, error);
                ok = error is null;
            }
            catch (FeedParseException e)
            {
                line = Failure(input, e.Message);
            }
            failures += ok ? 0 : 1;
            await stdout.WriteLineAsync(line);
        }
        return failures == 0 ? 0 : 1;
    }

    private static bool IsUrl(string input, out Uri url) =>
        Uri.TryCreate(input, UriKind.Absolute, out url!) && url.Scheme is "http" or "https";

    private static async Task<(byte[]? Body, string? ContentType, Uri? BaseUrl, string? Error)> FetchAsync(FeedFetcher fetcher, Uri url)
    {
        var result = await fetcher.FetchAsync(new FetchRequest { Url = url }, CancellationToken.None);
        return result.Outcome == FetchOutcome.Ok
            ? (result.Body, result.ContentType, result.FinalUrl, null)
            : (null, null, null, result.Error ?? $"fetch ended with {result.Outcome}");
    }

    private static async Task<(byte[]? Body, string? ContentType, Uri? BaseUrl, string? Error)> ReadFileAsync(string path)
    {
        try
        {
            return (await File.ReadAllBytesAsync(path), null, null, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, null, null, e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message);
        }
    }

    /// <summary>The CLI has no host, so it reads the one setting it honours the way the silo would: <c>Fetch__AllowPrivateNetworks</c>.</summary>
    private static FetchOptions OptionsFromEnvironment() => new()
    {
        AllowPrivateNetworks = bool.TryParse(Environment.GetEnvironmentVariable("Fetch__AllowPrivateNetworks"), out var allow) && allow,
    };

    private static string Success(string input, ParsedFeed feed) => Write(w =>
    {
        w.WriteString("file", input);
        w.WriteString("title", feed.Title);
        w.WriteString("link", feed.Link);
        w.WriteStartArray("items");
        foreach (var item in feed.Items)
        {
            w.WriteStartObject();
            w.WriteString("id", item.Id);
            w.WriteString("title", item.Title);
            w.WriteString("link", item.Link);
            if (item.Published is { } published)
            {
                w.WriteString("published", published.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }
            else
            {
                w.WriteNull("published");
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    private static string Failure(string input, string error) => Write(w =>
    {
        w.WriteString("file", input);
        w.WriteString("error", error);
    });

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Writer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
