namespace Monitoring.Extraction.Tests;

public sealed class CleaningTests
{
    private const string Story = "Canada banned exports of aircraft parts to Belarus on Tuesday, the foreign ministry said.";

    [Fact]
    public void Text_furniture_goes_and_the_story_stays()
    {
        var text = Read.Text($"""
            ua en ru
            Share on Facebook
            Log in to comment
            Updated: 3/28/2022
            {Story}
            {Story}
            You may also like
            Copyright 2026 Example News. All rights reserved.
            Leave a comment
            """).Text;
        Assert.Equal(Story, text);
    }

    [Fact]
    public void Html_furniture_goes_and_the_story_stays()
    {
        var text = Read.Html($"""
            <html><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <header><h1>Site name</h1></header>
            <article><h1>Canada bans exports to Belarus</h1><p>{Story}</p>
            <figure><img src="x.jpg"><figcaption>Parts at a plant (Photo: AP)</figcaption></figure>
            <p>Officials said more measures were possible.</p></article>
            <aside><h3>Related</h3><ul><li>Other story</li></ul></aside>
            <form><p>Leave a comment</p><textarea></textarea><button>Send</button></form>
            <footer><p>© 2026 Example News</p></footer>
            </body></html>
            """).Text;
        // The headline is a short line without a full stop: the feed's title carries it, not the body.
        Assert.Equal($"{Story}\nOfficials said more measures were possible.", text);
    }

    [Fact]
    public void A_caption_with_a_credit_goes()
    {
        var text = Read.Text($"Minister Kaja Mirren speaks in Ottawa on Nov. 1, 2024. (Jane Doerr/Pool Photo via AP)\n{Story}").Text;
        Assert.Equal(Story, text);
    }
}
