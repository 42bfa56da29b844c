namespace Monitoring.Feeds;

/// <summary>One feed in an OPML list. <see cref="Category"/> is the path of enclosing outlines, joined with '/'.</summary>
public sealed record OpmlOutline(string XmlUrl, string? Title = null, string? HtmlUrl = null, string? Category = null);
