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

    private const string Second = "The measures follow those adopted by the European Union last month.";

    [Fact]
    public void A_whole_page_of_furniture_in_html_leaves_only_the_story()
    {
        var text = Read.Html($"""
            <html><head><title>Example News</title><script>var tracking = 1;</script></head><body>
            <div class="languages"><a href="/ua">ua</a> <a href="/en">en</a> <a href="/ru">ru</a></div>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li></ul></nav>
            <main><article>
            <div class="byline">By John Smith</div>
            <p>{Story}</p>
            <div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Telegram</a></div>
            <p>{Second}</p>
            <p>(Photo by Jane Doe/AFP)</p>
            </article>
            <section class="related"><h2>You may also like</h2><ul>
            <li><a href="/a">Partners pledge more air defence systems for Ukraine at a meeting in Brussels this week</a></li>
            <li><a href="/b">Oil prices climb</a></li></ul></section>
            <div class="comments"><h3>Leave a comment</h3><form><textarea></textarea><button>Post comment</button></form></div>
            </main>
            <footer><p>© 2026 Example Media. All rights reserved.</p></footer>
            </body></html>
            """).Text;
        Assert.Equal($"{Story}\n{Second}", text);
    }

    [Fact]
    public void A_whole_page_of_furniture_in_text_leaves_only_the_story()
    {
        var text = Read.Text($"""
            ua en ru
            Home | Politics | World
            By John Smith
            {Story}
            Share on Facebook Share on X Telegram
            Facebook
            {Second}
            You may also like
            Partners pledge more air defence systems for Ukraine at a meeting in Brussels this week
            Oil prices climb as traders weigh the latest round of measures against Moscow
            Leave a comment
            Your email address will not be published. Required fields are marked *
            Copyright © 2026 Example Media. All rights reserved.
            """).Text;
        Assert.Equal($"{Story}\n{Second}", text);
    }

    [Fact]
    public void A_story_resumes_after_a_list_of_related_headlines()
    {
        var text = Read.Text($"""
            {Story}
            Related
            Partners pledge more air defence systems for Ukraine at a meeting in Brussels this week
            {Second}
            """).Text;
        Assert.Equal($"{Story}\n{Second}", text);
    }

    [Fact]
    public void A_credit_at_the_end_of_a_paragraph_takes_its_caption_but_not_the_story() =>
        Assert.Equal($"{Story} {Second}", Read.Text($"{Story} {Second} Ministers at the talks in Ottawa. (Photo by Jane Doe/AFP)").Text);

    [Fact]
    public void A_repeated_paragraph_goes_even_among_many_that_only_look_alike()
    {
        // A thousand paragraphs of one length with the same ends, each printed twice: every one is kept once, in order.
        var lines = Enumerable.Range(0, 1000).Select(i => $"The ministry said on Friday that {i:D4} more firms face limits.").ToList();
        var text = Read.Text(string.Join("\n", lines.Concat(lines))).Text;
        Assert.Equal(lines, text.Split('\n'));
    }
}
