using System.Buffers;
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
        "source:", "tags:", "click here", "newsletter", "camera icon", "more news", "your email address will not be published", "required fields are marked",
    ];

    /// <summary>Headings of lists of other stories: the headlines under them go too.</summary>
    private static readonly string[] ListHeadings =
    [
        "you may also like", "related", "read more", "read also", "see also", "more from", "more on", "recommended", "most read",
        "most popular", "popular", "latest news", "more stories", "other news", "trending",
    ];

    public static string Clean(string body, bool isHtml) => Clean(body, isHtml, title: null);

    /// <summary>
    /// As <see cref="Clean(string, bool)"/>, with <paramref name="title"/> (trimmed) as the first line when
    /// the cleaned text does not already contain it. Lines are read as slices of the page: only the result
    /// is made into a string.
    /// </summary>
    internal static string Clean(string body, bool isHtml, string? title)
    {
        // A wire story's hard-wrapped lines in plain text ("Japan said on Wednesday it was" / "imposing sanctions on …"): a line
        // that stops mid-sentence and a next line that opens in lower case are one sentence (a page's blocks are left as they are).
        var text = isHtml ? HtmlToText(body) : JoinHardWraps(body);
        using var kept = new DistinctLines();
        var inList = false;
        var storyLines = 0;
        var length = 0;
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = Collapse(text.AsMemory(start, end - start));
            start = end + 1;
            if (line.Length == 0)
            {
                continue;
            }
            if (IsListHeading(line.Span) || (storyLines >= 2 && IsTitleAgain(line.Span, title)))
            {
                // (The headline printed again after the story's first sentences, not as a deck, heads a box of linked stories,
                // itself among them.)
                inList = true;
                continue;
            }
            // Under a list heading, headlines (lines that do not end like a sentence) go until the story resumes; a picture's
            // label in capitals ("FILE PHOTO.") belongs to the listed story under it.
            inList = inList && (!EndsLikeSentence(line.Span) || IsShoutedLabel(line.Span));
            if (inList)
            {
                continue;
            }
            if (line.Span[^1] == ')' && CreditAt(line.Span) is var credit and >= 0)
            {
                // A caption and its credit end the line; any sentences before them are the story's.
                line = StoryBeforeCaption(line[..credit].ToString()).AsMemory();
            }
            if (line.Length == 0 || IsFurniture(line.Span) || !kept.Add(line))
            {
                continue;
            }
            storyLines += EndsLikeSentence(line.Span) && line.Span.Count(' ') >= 6 ? 1 : 0;
            length += line.Length + 1;
        }
        return Join(kept.Lines, length, title?.Trim());
    }

    /// <summary>The kept lines joined by line breaks, after the title when they do not contain it.</summary>
    private static string Join(List<ReadOnlyMemory<char>> lines, int length, string? title)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(length, 1));
        try
        {
            var at = 0;
            foreach (var line in lines)
            {
                if (at > 0)
                {
                    buffer[at++] = '\n';
                }
                at += CopyUnbracketed(line.Span, buffer.AsSpan(at));
            }
            var text = buffer.AsSpan(0, at);
            return string.IsNullOrEmpty(title) || text.Contains(title, StringComparison.Ordinal)
                ? text.ToString()
                : string.Concat(title, "\n", text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The line copied into <paramref name="into"/>, with the brackets of an editor's insertion of capitalised words before a
    /// capitalised word left out ("President [Jane] Roe" is "President Jane Roe"); the number of characters written.
    /// </summary>
    private static int CopyUnbracketed(ReadOnlySpan<char> line, Span<char> into)
    {
        var written = 0;
        var from = 0;
        for (var open = line.IndexOf('['); open >= 0 && open < line.Length - 1; open = line[from..].IndexOf('[') is var n and >= 0 ? from + n : -1)
        {
            var close = line[(open + 1)..].IndexOf(']') is var c and >= 0 ? open + 1 + c : -1;
            if (close > open + 1 && close - open <= 30 && close + 2 < line.Length && line[close + 1] == ' '
                && char.IsUpper(line[close + 2]) && char.IsUpper(line[open + 1]) && (open == 0 || line[open - 1] == ' ')
                && IsWordsOnly(line[(open + 1)..close]))
            {
                line[from..open].CopyTo(into[written..]);
                written += open - from;
                line[(open + 1)..close].CopyTo(into[written..]);
                written += close - open - 1;
                from = close + 1;
            }
            else
            {
                line[from..(open + 1)].CopyTo(into[written..]);
                written += open + 1 - from;
                from = open + 1;
            }
        }
        line[from..].CopyTo(into[written..]);
        return written + line.Length - from;
    }

    private static bool IsWordsOnly(ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
        {
            if (!char.IsLetter(ch) && ch is not ' ' and not '-' and not '.')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A short line with letters and none in lower case ("FILE PHOTO.", "WATCH:"): a label, not the story's sentence.</summary>
    private static bool IsShoutedLabel(ReadOnlySpan<char> line)
    {
        if (line.Length > 24)
        {
            return false;
        }
        var letters = false;
        foreach (var c in line)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            letters |= char.IsLetter(c);
        }
        return letters;
    }

    /// <summary>The title, unpunctuated, as a line of its own.</summary>
    private static bool IsTitleAgain(ReadOnlySpan<char> line, string? title) =>
        !string.IsNullOrEmpty(title) && !EndsLikeSentence(line) && line.SequenceEqual(title.AsSpan().Trim());

    private static bool IsListHeading(ReadOnlySpan<char> line)
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

    /// <summary>Where a credit in parentheses closing the line starts, or -1.</summary>
    private static int CreditAt(ReadOnlySpan<char> line)
    {
        foreach (var match in CreditInParentheses().EnumerateMatches(line))
        {
            return match.Index;
        }
        return -1;
    }

    /// <summary>The sentences of a line before its last one, the caption of a credit that follows; empty when the caption is all there is.</summary>
    private static string StoryBeforeCaption(string text)
    {
        var sentences = Sentences.Split(text);
        return sentences.Count < 2 ? "" : text[..sentences[^1].Start].TrimEnd();
    }

    /// <summary>
    /// Each line break (with the spaces and tabs around it, and a carriage return before it) between a letter or digit and a
    /// lower-case letter made one space; the text itself when there is none. One pass over the line breaks: every plain
    /// text is read through here.
    /// </summary>
    internal static string JoinHardWraps(string body)
    {
        StringBuilder? joined = null;
        var copied = 0;
        for (var p = body.IndexOf('\n'); p >= 0; p = body.IndexOf('\n', p + 1))
        {
            var before = p - 1;
            if (before >= 0 && body[before] == '\r')
            {
                before--;
            }
            while (before >= 0 && body[before] is ' ' or '\t')
            {
                before--;
            }
            var after = p + 1;
            while (after < body.Length && body[after] is ' ' or '\t')
            {
                after++;
            }
            if (before < 0 || !(char.IsLetter(body[before]) || char.IsNumber(body[before])) || after >= body.Length || !char.IsLower(body[after]))
            {
                continue;
            }
            joined ??= new StringBuilder(body.Length);
            joined.Append(body, copied, before + 1 - copied).Append(' ');
            copied = after;
        }
        return joined is null ? body : joined.Append(body, copied, body.Length - copied).ToString();
    }

    private static bool EndsLikeSentence(ReadOnlySpan<char> line) => line[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ':';

    private static readonly SearchValues<char> Untidy = SearchValues.Create("\t\u00a0\r");

    /// <summary>Runs of spaces, tabs and no-break spaces to one space, ends trimmed; a slice of the line itself when already clean.</summary>
    private static ReadOnlyMemory<char> Collapse(ReadOnlyMemory<char> raw)
    {
        var line = raw.Trim();
        var span = line.Span;
        var clean = !span.ContainsAny(Untidy) && !span.Contains("  ", StringComparison.Ordinal);
        return clean ? line : Whitespace().Replace(span.ToString(), " ").Trim().AsMemory();
    }

    /// <summary><see cref="FurnitureStarts"/> by their first character, so that a line is compared only with those it could start with.</summary>
    private static readonly Dictionary<char, string[]> FurnitureByFirst =
        FurnitureStarts.GroupBy(s => s[0]).ToDictionary(g => g.Key, g => g.ToArray());

    private static bool IsFurniture(ReadOnlySpan<char> line)
    {
        if (FurnitureByFirst.TryGetValue(char.ToLowerInvariant(line[0]), out var starts))
        {
            foreach (var start in starts)
            {
                // A prompt is its own word ("Comment", "Share this", "Camera IconA caption" glued to the next):
                // "Commenting on …" and "Shares fell" go on in lower case and are the story.
                if (line.StartsWith(start, StringComparison.OrdinalIgnoreCase)
                    && (line.Length == start.Length || !char.IsLetter(start[^1]) || !char.IsLower(line[start.Length])))
                {
                    return true;
                }
            }
        }
        if (line.Contains("all rights reserved", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // A line that is not a sentence: no closing punctuation and few words (bylines, dates, menus, "ua en ru").
        return !EndsLikeSentence(line) && line.Count(' ') < 6 && !IsListedPerson(line);
    }

    /// <summary>
    /// "• Alexei Miller": a bullet whose item is a person's name (a known given name and one to three more
    /// capitalised words) is a list of designated people, not a menu. "• Secretary of State Jane Roe", "• Defence Minister
    /// Jane Roe": an item of capitalised words (with "of", "for", "and" between a title's words) holding a title word and
    /// closed by a two-word name after it is a listed official, with no given name needed; the name's words are neither
    /// titles nor words that never name a person ("• Prime Minister's Office", "• Meet the Director", "• Leader Interviews" stay
    /// furniture).
    /// </summary>
    private static bool IsListedPerson(ReadOnlySpan<char> line)
    {
        if (line.Length < 4 || line[0] != '•')
        {
            return false;
        }
        var item = line[1..].Trim();
        var words = 0;
        var firstIsGiven = false;
        var lastTitle = -1;
        var nameLike = 0;
        foreach (var range in item.Split(' '))
        {
            var word = item[range];
            if (word.Length == 0)
            {
                return false;
            }
            if (!char.IsUpper(word[0]))
            {
                if (words == 0 || word is not ("of" or "for" or "and"))
                {
                    return false;
                }
                nameLike = 0;
                words++;
                continue;
            }
            firstIsGiven |= words == 0 && Actors.GivenNames.GivenLookup.Contains(word);
            if (Actors.PersonCues.IsTitle(word))
            {
                lastTitle = words;
                nameLike = 0;
            }
            else
            {
                nameLike = IsNameWord(word) ? nameLike + 1 : 0;
            }
            words++;
        }
        return (firstIsGiven && words is >= 2 and <= 4)
            || (lastTitle >= 0 && lastTitle <= words - 3 && nameLike >= 2 && words - lastTitle - 1 <= 4);
    }

    /// <summary>A capitalised word of letters (and inner hyphens or apostrophes) that may be part of a person's name.</summary>
    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || Actors.PersonCues.IsNotName(word))
        {
            return false;
        }
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\''))
            {
                return false;
            }
        }
        return char.IsLetter(word[^1]);
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
