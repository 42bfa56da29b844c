using Monitoring.Extraction.Fingerprints;

namespace Monitoring.Extraction.Tests;

public sealed class FingerprintTests
{
    private const string Text =
        "Japan froze the assets of 25 Russian individuals on Friday and banned exports to 81 Russian organizations, " +
        "stepping up pressure on Moscow. The move follows a statement by the prime minister that Japan would keep its " +
        "sanctions in place despite Russia abandoning peace treaty talks. Officials said further steps were being reviewed " +
        "with partners in the Group of Seven, and that the measures would take effect next week.";

    [Fact]
    public void A_copy_with_a_word_changed_is_near_and_another_text_is_far()
    {
        var copy = Text.Replace("Friday", "Saturday", StringComparison.Ordinal);
        var other = "Canada banned imports of Belarusian potash and froze the accounts of three banks, the finance minister said on Tuesday, " +
            "adding that more could follow if the government in Minsk continued to support the war.";
        Assert.True(SimHash.Distance(SimHash.Of(Text), SimHash.Of(copy)) <= 6);
        Assert.True(SimHash.Distance(SimHash.Of(Text), SimHash.Of(other)) >= 12);
        Assert.Equal(SimHash.Of(Text), SimHash.Of(Text.ToUpperInvariant()));
    }

    [Fact]
    public void The_reader_fingerprints_the_cleaned_text() =>
        Assert.Equal(SimHash.Of(Read.Text(Text).Text), Read.Text("Share\n" + Text + "\nYou may also like").Fingerprint);

    [Fact]
    public void Fingerprints_do_not_change_between_versions()
    {
        // Stored fingerprints are compared with new ones, so a faster implementation must keep these values.
        var longText = string.Join(" ", Enumerable.Range(0, 20).Select(i => $"Paragraph {i}: {Text}"));
        Assert.Equal(0xC2BAE2140FE8AA16UL, SimHash.Of(Text));
        Assert.Equal(0xC2BAE2140FE8AA17UL, SimHash.Of(longText));
        Assert.Equal(0x7FEE0E7F9399F095UL, SimHash.Of("Sanctions"));
        Assert.Equal(0UL, SimHash.Of(""));
    }
}
