using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Monitoring.Extraction.Cleaning;

/// <summary>
/// Turns a crawled page into the story's paragraphs. Site furniture goes by line-level rules:
/// short lines without sentence punctuation (bylines, dates, menus, language switchers),
/// captions and credits, share and comment prompts, related-story lists, copyright lines, and
/// repeats of a line already kept (a headline printed twice).
/// </summary>
public static partial class TextCleaner
{
    private static readonly string[] FurnitureStarts =
    [
        "share", "comment", "leave a comment", "log in", "login", "sign in", "sign up", "subscribe", "you may also like",
        "related", "read more", "read also", "see also", "more from", "recommended", "advertisement", "follow us",
        "copyright", "©", "all rights reserved", "updated:", "published:", "illustrative photo", "photo:", "image:",
        "source:", "tags:", "click here", "newsletter", "your email address will not be published", "required fields are marked",
    ];

    /// <summary>Headings of lists of other stories: the headlines under them go too.</summary>
    private static readonly string[] ListHeadings =
    [
        "you may also like", "related", "read more", "read also", "see also", "more from", "more on", "recommended", "most read",
        "most popular", "popular", "latest news", "more stories", "other news", "trending",
    ];

    public static string Clean(string body, bool isHtml)
    {
        var text = isHtml ? HtmlToText(body) : body;
        var kept = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var inList = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = Collapse(raw);
            if (line.Length == 0)
            {
                continue;
            }
            if (IsListHeading(line))
            {
                inList = true;
                continue;
            }
            // Under a list heading, headlines (lines that do not end like a sentence) go until the story resumes.
            inList = inList && !EndsLikeSentence(line);
            if (inList)
            {
                continue;
            }
            if (line[^1] == ')' && CreditInParentheses().Match(line) is { Success: true } credit)
            {
                // A caption and its credit end the line; any sentences before them are the story's.
                line = StoryBeforeCaption(line[..credit.Index]);
            }
            if (line.Length == 0 || IsFurniture(line) || !seen.Add(line))
            {
                continue;
            }
            kept.Add(line);
        }
        return string.Join("\n", kept);
    }

    private static bool IsListHeading(string line)
    {
        if (line.Length > 40 || EndsLikeSentence(line))
        {
            return false;
        }
        foreach (var heading in ListHeadings)
        {
            if (line.StartsWith(heading, StringComparison.OrdinalIgnoreCase) && (line.Length == heading.Length || !char.IsLetter(line[heading.Length])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The sentences of a line before its last one, the caption of a credit that follows; empty when the caption is all there is.</summary>
    private static string StoryBeforeCaption(string text)
    {
        var sentences = Sentences.Split(text);
        return sentences.Count < 2 ? "" : text[..sentences[^1].Start].TrimEnd();
    }

    private static bool EndsLikeSentence(string line) => line[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ':';

    /// <summary>Runs of spaces, tabs and no-break spaces to one space, ends trimmed; the line itself when already clean.</summary>
    private static string Collapse(string raw)
    {
        var span = raw.AsSpan().Trim();
        var clean = true;
        for (var i = 0; i < span.Length && clean; i++)
        {
            clean = !(span[i] is '\t' or '\u00a0' or '\r' || (span[i] == ' ' && i > 0 && span[i - 1] == ' '));
        }
        return clean ? (span.Length == raw.Length ? raw : span.ToString()) : Whitespace().Replace(span.ToString(), " ").Trim();
    }

    private static bool IsFurniture(string line)
    {
        var first = char.ToLowerInvariant(line[0]);
        foreach (var start in FurnitureStarts)
        {
            if (start[0] == first && line.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        if (line.Contains("all rights reserved", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // A line that is not a sentence: no closing punctuation and few words (bylines, dates, menus, "ua en ru").
        return !EndsLikeSentence(line) && line.AsSpan().Count(' ') < 6;
    }

    private static string HtmlToText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var node in document.QuerySelectorAll("script,style,nav,footer,aside,form,figure,figcaption,header,noscript,iframe,button"))
        {
            node.Remove();
        }
        var sb = new StringBuilder();
        foreach (var block in document.QuerySelectorAll("h1,h2,h3,p,li,blockquote"))
        {
            sb.Append(block.TextContent).Append('\n');
        }
        return sb.Length > 0 ? sb.ToString() : document.Body?.TextContent ?? "";
    }

    [GeneratedRegex(@"[ \t\u00a0\r]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\((?:[^()]*\b(?:Photo|photo|Getty|AP|AFP|Reuters|via)\b[^()]*)\)\s*$")]
    private static partial Regex CreditInParentheses();
}
