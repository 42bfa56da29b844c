using System.Diagnostics;
using System.Text;

namespace Monitoring.Extraction.Tests;

/// <summary>Hostile input reads without an exception, and time grows with size, not faster.</summary>
public sealed class RobustnessTests
{
    private const string Paragraph = "Japan froze the assets of 25 Russian individuals on Friday, Foreign Minister Kaja Mirren said. " +
        "Tokyo is considering further sanctions against Moscow, and Mirren said a decision would come soon. ";

    [Fact]
    public void Random_bytes_read_without_an_exception()
    {
        var random = new Random(1);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(1, 20_000)];
            random.NextBytes(bytes);
            _ = Read.Text(Encoding.UTF8.GetString(bytes));
            _ = Read.Html(Encoding.Latin1.GetString(bytes));
        }
    }

    [Fact]
    public void Broken_surrogates_read_without_an_exception()
    {
        var text = "Japan \uD800 imposed \uDC00 sanctions on \uD83D Russia.\uDFFF" + new string('\uD800', 1000);
        var f = Read.Text(text);
        Assert.Contains("Japan", Read.ActorNames(f));
    }

    [Fact]
    public void A_ten_megabyte_article_and_a_hundred_thousand_character_sentence_are_read()
    {
        var huge = new StringBuilder();
        while (huge.Length < 10_000_000)
        {
            huge.Append(Paragraph).Append('\n');
        }
        Assert.NotEmpty(Read.Text(huge.ToString()).Measures);

        var sentence = "Japan imposed sanctions on Russia " + string.Concat(Enumerable.Repeat("and on more Russian firms ", 4_000)) + ".";
        Assert.True(sentence.Length > 100_000);
        Assert.Contains(Read.Text(sentence).Measures, m => m.Target == "Russia");
    }

    [Fact]
    public void Deeply_nested_html_is_read()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 10_000)) + "<p>" + Paragraph + "</p>" + string.Concat(Enumerable.Repeat("</div>", 10_000));
        var f = Read.Html(html);
        Assert.Contains("Japan", Read.ActorNames(f));
    }

    [Fact]
    public void Time_grows_linearly_with_size()
    {
        string Article(int paragraphs) => string.Concat(Enumerable.Range(0, paragraphs).Select(i => Paragraph.Replace("25", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) + "\n"));
        var small = Article(15); // about 3 KB
        var medium = Article(150);
        var large = Article(1500);
        for (var i = 0; i < 20; i++)
        {
            _ = Read.Text(small);
        }
        var one = Time(() => Read.Text(small), 20);
        var ten = Time(() => Read.Text(medium), 3);
        var hundred = Time(() => Read.Text(large), 1);
        // Generous: a hundred times the text may take up to five hundred times as long, plus slack for a busy machine.
        Assert.True(ten < one * 10 * 5 + 1.0, $"10x took {ten:F3} s against {one:F4} s");
        Assert.True(hundred < one * 100 * 5 + 2.0, $"100x took {hundred:F3} s against {one:F4} s");
    }

    private static double Time(Action read, int times)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < times; i++)
        {
            read();
        }
        return clock.Elapsed.TotalSeconds / times;
    }

    [Fact]
    public void A_sentence_of_nothing_but_cue_words_reads_in_linear_time()
    {
        static string Run(int length)
        {
            var sb = new StringBuilder("Japan ");
            while (sb.Length < length)
            {
                sb.Append("sanctions and export bans and asset freezes and ");
            }
            return sb.Append('.').ToString();
        }
        var small = Run(10_000);
        var large = Run(100_000);
        _ = Read.Text(small);
        var one = Time(() => Read.Text(small), 5);
        var ten = Time(() => Read.Text(large), 1);
        Assert.True(ten < one * 10 * 5 + 1.0, $"100,000 characters took {ten:F3} s against {one:F4} s for 10,000");
    }

    [Fact]
    public void An_overlong_run_is_cut_into_sentences_at_commas_and_nothing_is_lost()
    {
        var run = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"item {i}, "));
        var sentences = Monitoring.Extraction.Cleaning.Sentences.Split(run);
        Assert.True(sentences.Count > 1);
        Assert.All(sentences, s => Assert.True(s.Text.Length <= Monitoring.Extraction.Cleaning.Sentences.MaxLength));
        Assert.All(sentences, s => Assert.EndsWith(",", s.Text, StringComparison.Ordinal));
        Assert.All(sentences, s => Assert.Equal(s.Text, run.Substring(s.Start, s.Text.Length)));
        Assert.Equal(run.TrimEnd(), string.Join(" ", sentences.Select(s => s.Text)));
    }
}
